import type {Tensor} from '@tensorflow/tfjs-core'

import {initialiseTensorFlow} from '../../ml/index.js'
import type {DenseNetwork} from './math/dense-network.js'
import {runDenseNetwork} from './math/dense-network.js'
import {applyHiddenActivation} from './mlp-model.js'

/** From this many queries on, one TensorFlow.js pass beats the TypeScript loop. */
const tensorFlowBatchRows = 32

/**
 * Scores a batch of embeddings with the network: in plain TypeScript for a few queries, in one
 * TensorFlow.js pass (XNNPACK matrix products, about 20× faster per query) for larger batches.
 * Limitation: the two paths round differently (by about 1e-7), so a query whose two best
 * models are that close may be routed differently alone and inside a large batch.
 * @param network - The trained network.
 * @param inputs - `rowCount` embeddings, row-major.
 * @param rowCount - How many queries.
 * @returns `rowCount` rows of scores, one per candidate.
 */
export async function scoreEmbeddings(
  network: DenseNetwork,
  inputs: Float32Array,
  rowCount: number,
): Promise<Float32Array> {
  if (rowCount < tensorFlowBatchRows) return runDenseNetwork(network, inputs, rowCount)
  const {tf} = await initialiseTensorFlow()
  const scores = tf.tidy(() => {
    const last = network.layers.length - 1
    let values: Tensor = tf.tensor2d(inputs, [rowCount, network.layers[0]?.inputs ?? 0])
    network.layers.forEach((layer, index) => {
      const weights = tf.tensor2d(layer.weights, [layer.inputs, layer.outputs])
      values = tf.add(tf.matMul(values, weights), tf.tensor1d(layer.bias))
      if (index < last) values = applyHiddenActivation(tf, values, network.activation)
    })
    return network.output === 'sigmoid' ? tf.sigmoid(values) : tf.softmax(values)
  })
  try {
    return Float32Array.from(await scores.data())
  } finally {
    scores.dispose()
  }
}
