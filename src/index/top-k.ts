import type {Neighbours} from './types.js'

/**
 * Picks the k highest scores, best first, without sorting everything.
 * @param scores - One cosine similarity per stored row.
 * @param k - How many to keep.
 * @returns Rows and cosine distances (1 − similarity), closest first.
 */
export function selectTopK(scores: Float32Array, k: number): Neighbours {
  const count = Math.min(k, scores.length)
  const rows = new Int32Array(count)
  const best = new Float32Array(count)
  let filled = 0
  for (let row = 0; row < scores.length; row++) {
    const score = scores[row]!
    if (filled === count && score <= best[count - 1]!) continue
    let position = filled < count ? filled++ : count - 1
    while (position > 0 && best[position - 1]! < score) {
      best[position] = best[position - 1]!
      rows[position] = rows[position - 1]!
      position--
    }
    best[position] = score
    rows[position] = row
  }
  const distances = best.map((score) => 1 - score)
  return {rows, distances}
}

/**
 * Copies a vector and scales it to unit length.
 * @param vector - The vector.
 * @returns A fresh unit vector (zeros stay zeros), starting at offset 0 of its own buffer.
 */
export function normalizedCopy(vector: Float32Array): Float32Array {
  const copy = new Float32Array(vector)
  let sum = 0
  for (let index = 0; index < copy.length; index++) sum += copy[index]! * copy[index]!
  if (sum > 0) {
    const scale = 1 / Math.sqrt(sum)
    for (let index = 0; index < copy.length; index++) copy[index] = copy[index]! * scale
  }
  return copy
}
