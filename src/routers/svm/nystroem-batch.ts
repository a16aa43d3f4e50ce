import {initialiseTensorFlow} from '../../ml/index.js'
import type {NystroemMap} from './math/nystroem-map.js'
import {inverseFactorTransposed} from './math/nystroem-map.js'

/**
 * Maps a whole training set to Nyström features with two TensorFlow.js matrix products (the
 * input–landmark dot products, then the triangular map), about 20× faster than the TypeScript
 * loop of `nystroemFeatures`, followed by the constant bias column.
 * Limitation: the products run in single precision, so these features differ from the
 * TypeScript ones by about 1e-5; training is seeded and repeatable, but not bit-identical
 * across TensorFlow.js backends.
 * @param map - The feature map.
 * @param inputs - Row-major inputs.
 * @returns Row-major features, `rows × (m + 1)`.
 */
export async function nystroemFeaturesInBatch(
  map: NystroemMap,
  inputs: Float32Array,
): Promise<Float32Array> {
  const {count, dimension, gamma} = map.landmarks
  const rowCount = Math.floor(inputs.length / dimension)
  const {tf} = await initialiseTensorFlow()
  const mapped = tf.tidy(() => {
    const rows = tf.tensor2d(inputs, [rowCount, dimension])
    const landmarks = tf.tensor2d(map.landmarks.values, [count, dimension])
    const rowNorms = tf.sum(tf.square(rows), 1, true)
    const landmarkNorms = tf.reshape(tf.tensor1d(Float32Array.from(map.landmarks.norms)), [
      1,
      count,
    ])
    const dots = tf.matMul(rows, landmarks, false, true)
    const distances = tf.relu(tf.sub(tf.add(rowNorms, landmarkNorms), tf.mul(dots, 2)))
    const kernel = tf.exp(tf.mul(distances, -gamma))
    const features = tf.matMul(kernel, tf.tensor2d(inverseFactorTransposed(map), [count, count]))
    return tf.concat([features, tf.ones([rowCount, 1])], 1)
  })
  try {
    return Float32Array.from(await mapped.data())
  } finally {
    mapped.dispose()
  }
}
