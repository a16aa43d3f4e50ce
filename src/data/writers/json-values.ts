/**
 * Turns a value read back from a `Float32Array` into the shortest number that reads back as the
 * same float32, so `0.732832` is written as `0.732832`, not `0.7328320145606995`.
 * @param value - A float32 value.
 * @returns The shortest equivalent number, or null for NaN.
 */
export function shortestFloat32(value: number): number | null {
  if (Number.isNaN(value)) return null
  if (Number.isInteger(value)) return value
  for (let digits = 1; digits < 10; digits++) {
    const candidate = Number(value.toPrecision(digits))
    if (Math.fround(candidate) === value) return candidate
  }
  return value
}

/**
 * Writes NaN as null and keeps every other float64 as it is.
 * @param value - The number.
 * @returns The number, or null for NaN.
 */
export function numberOrNull(value: number | undefined): number | null {
  return value === undefined || Number.isNaN(value) ? null : value
}
