/**
 * Seeded random unit vectors for index tests (mulberry32).
 * @param count - How many vectors.
 * @param dimension - Their length.
 * @param seed - The seed.
 * @returns The vectors.
 */
export function randomUnitVectors(count: number, dimension: number, seed: number): Float32Array[] {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
  return Array.from({length: count}, () => {
    const vector = Float32Array.from({length: dimension}, () => next() * 2 - 1)
    const norm = Math.hypot(...vector)
    return vector.map((value) => value / norm)
  })
}
