/**
 * Scales a vector in place to unit length; a zero vector stays zero.
 * @param vector - The vector to scale.
 * @returns The same vector, for chaining.
 */
export function l2Normalize(vector: Float32Array): Float32Array {
  let sum = 0
  for (const value of vector) sum += value * value
  if (sum === 0) return vector
  const scale = 1 / Math.sqrt(sum)
  for (let index = 0; index < vector.length; index++) {
    vector[index] = (vector[index] as number) * scale
  }
  return vector
}
