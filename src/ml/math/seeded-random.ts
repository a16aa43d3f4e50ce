/** A seeded stream of pseudo-random numbers; the same seed always gives the same stream. */
export interface SeededRandom {
  /** The next number, uniform in [0, 1). */
  readonly nextUniform: () => number
  /** The next number from the standard normal distribution (mean 0, variance 1). */
  readonly nextNormal: () => number
  /** The next integer, uniform in [0, `limit`). */
  readonly nextInteger: (limit: number) => number
}

/**
 * Creates a seeded pseudo-random stream (mulberry32: 32 bits of state, fast, and good enough
 * for shuffling and weight initialisation; not for anything secret).
 * @param seed - Any number; it's folded into 32 bits.
 * @returns The stream.
 */
export function createSeededRandom(seed: number): SeededRandom {
  let state = foldSeed(seed)
  const nextUniform = (): number => {
    state = (state + 0x6d2b79f5) | 0
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state)
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
  let spareNormal: number | undefined
  const nextNormal = (): number => {
    if (spareNormal !== undefined) {
      const value = spareNormal
      spareNormal = undefined
      return value
    }
    // Box–Muller; 1 - u keeps the logarithm away from zero.
    const radius = Math.sqrt(-2 * Math.log(1 - nextUniform()))
    const angle = 2 * Math.PI * nextUniform()
    spareNormal = radius * Math.sin(angle)
    return radius * Math.cos(angle)
  }
  const nextInteger = (limit: number): number => Math.floor(nextUniform() * limit)
  return {nextUniform, nextNormal, nextInteger}
}

/**
 * Derives a new 32-bit seed from a seed and a list of integers (epoch, step, layer…), so
 * independent streams can be made without sharing state.
 * @param seed - The base seed.
 * @param parts - The integers to mix in.
 * @returns A non-negative 32-bit integer.
 */
export function deriveSeed(seed: number, ...parts: readonly number[]): number {
  let hash = foldSeed(seed)
  for (const part of parts) {
    hash = Math.imul(hash ^ foldSeed(part), 0x9e3779b1)
    hash ^= hash >>> 16
    hash = Math.imul(hash, 0x85ebca6b)
    hash ^= hash >>> 13
  }
  return hash >>> 0
}

/**
 * A uniformly random permutation of 0 … `length` − 1 (Fisher–Yates).
 * @param length - How many indices.
 * @param random - The stream to draw from.
 * @returns The shuffled indices.
 */
export function randomPermutation(length: number, random: SeededRandom): Int32Array {
  const indices = new Int32Array(length)
  for (let index = 0; index < length; index++) indices[index] = index
  for (let index = length - 1; index > 0; index--) {
    const other = random.nextInteger(index + 1)
    const held = indices[index]!
    indices[index] = indices[other]!
    indices[other] = held
  }
  return indices
}

function foldSeed(seed: number): number {
  if (Number.isInteger(seed) && Math.abs(seed) <= 0xffffffff) return seed >>> 0
  // Non-integers and huge values: hash their decimal text so nearby seeds still differ.
  let hash = 2166136261
  for (const character of String(seed)) {
    hash = Math.imul(hash ^ character.charCodeAt(0), 16777619)
  }
  return hash >>> 0
}
