/** Every stream derives from this seed, so changing it regenerates every file. */
const SEED = 20240723

/** A source of uniform numbers in [0, 1). */
export type Random = () => number

/** Mulberry32: a tiny seeded PRNG, enough for reproducible sampling. */
function createRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/** One independent stream per label, so editing one task's templates leaves the others alone. */
export function randomFor(label: string): Random {
  let hash = 0x811c9dc5
  for (const character of `${SEED}:${label}`) {
    hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193) >>> 0
  }
  return createRandom(hash)
}

/** A uniform integer from `min` to `max`, both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}

/** One item of a non-empty list, chosen uniformly. */
export function pickOne<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!
}

/** A Fisher-Yates shuffled copy of `items`. */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    ;[copy[index], copy[other]] = [copy[other]!, copy[index]!]
  }
  return copy
}

/** `count` items at distinct positions of `items`, in random order. */
export function pickDistinct<T>(random: Random, items: readonly T[], count: number): T[] {
  return shuffled(random, items).slice(0, count)
}

/** Standard normal draw (Box-Muller). */
export function normal(random: Random): number {
  const radius = Math.sqrt(-2 * Math.log(1 - random()))
  return radius * Math.cos(2 * Math.PI * random())
}

/** Rounds to `digits` decimals, which keeps the numbers written to the files short. */
export const round = (value: number, digits: number): number => Number(value.toFixed(digits))
