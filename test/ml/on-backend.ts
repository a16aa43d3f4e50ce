import type {TensorFlow} from '../../src/embeddings/tensorflow-runtime.js'

/**
 * Runs `work` on another TensorFlow.js backend, then switches back to the one before.
 * @param tf - TensorFlow.js.
 * @param backend - The backend to run on.
 * @param work - What to run.
 * @returns What `work` returns.
 */
export async function onBackend<TResult>(
  tf: TensorFlow,
  backend: string,
  work: () => TResult | Promise<TResult>,
): Promise<TResult> {
  const previous = tf.getBackend()
  if (!(await tf.setBackend(backend))) throw new Error(`The ${backend} backend didn't start.`)
  try {
    return await work()
  } finally {
    await tf.setBackend(previous)
  }
}

/**
 * The largest absolute difference between two equally long arrays.
 * @param left - One array.
 * @param right - The other.
 * @returns The difference, or Infinity when the lengths differ.
 */
export function largestDifference(left: ArrayLike<number>, right: ArrayLike<number>): number {
  if (left.length !== right.length) return Number.POSITIVE_INFINITY
  let largest = 0
  for (let index = 0; index < left.length; index++) {
    largest = Math.max(largest, Math.abs((left[index] ?? 0) - (right[index] ?? 0)))
  }
  return largest
}
