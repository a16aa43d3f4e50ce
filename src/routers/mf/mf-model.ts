import type {Tensor, Variable} from '@tensorflow/tfjs-core'

import type {TensorFlow} from '../../embeddings/tensorflow-runtime.js'
import {createParameter, deriveSeed} from '../../ml/index.js'

/** The trainable bilinear model behind mfrouter, in TensorFlow.js. */
export interface MFModel {
  /** The variables by artifact name: `projection`, `modelEmbeddings`, `bias`. */
  readonly parameters: Readonly<Record<string, Variable>>
  /**
   * Scores a batch: s(q, m) = ⟨P_m, Wᵀe_q⟩ + bias_m.
   * @param inputs - One embedding per row.
   * @param noiseSeed - Seed of this step's input noise; without it, no noise (inference).
   * @returns One score per row and model.
   */
  readonly scores: (inputs: Tensor, noiseSeed?: number) => Tensor
  /**
   * The winner/loser loss, −log σ(s_win − s_lose), averaged over the pairs that count.
   * @param scores - What `scores` returned, `[rows, models]`.
   * @param pairs - `[rows, models²]`; cell (i, j) is 1 when model i beat model j.
   * @returns A scalar.
   */
  readonly loss: (scores: Tensor, pairs: Tensor) => Tensor
  readonly dispose: () => void
}

/** Options of `createMFModel`. */
export interface CreateMFModelOptions {
  readonly inputDimension: number
  readonly latentDim: number
  readonly modelCount: number
  /** Standard deviation of the training noise on query embeddings. */
  readonly noiseAlpha: number
  readonly seed: number
}

/**
 * Creates the model with seeded Glorot-uniform factors and zero biases.
 * @param tf - TensorFlow.js, initialised for training.
 * @param options - Sizes, noise and seed.
 * @returns The model; the caller disposes it.
 */
export function createMFModel(tf: TensorFlow, options: CreateMFModelOptions): MFModel {
  const {inputDimension, latentDim, modelCount} = options
  const projection = createParameter(tf, {
    shape: [inputDimension, latentDim],
    initialiser: {kind: 'glorot-uniform'},
    seed: deriveSeed(options.seed, 0),
  })
  const modelEmbeddings = createParameter(tf, {
    shape: [modelCount, latentDim],
    initialiser: {kind: 'glorot-uniform'},
    seed: deriveSeed(options.seed, 1),
  })
  const bias = createParameter(tf, {
    shape: [modelCount],
    initialiser: {kind: 'constant', value: 0},
    seed: 0,
  })
  const parameters = {projection, modelEmbeddings, bias}

  const scores = (inputs: Tensor, noiseSeed?: number): Tensor => {
    let queries = inputs
    if (noiseSeed !== undefined && options.noiseAlpha > 0) {
      const noise = tf.randomNormal(inputs.shape, 0, options.noiseAlpha, 'float32', noiseSeed)
      queries = tf.add(inputs, noise)
    }
    const latent = tf.matMul(queries, projection)
    return tf.add(tf.matMul(latent, modelEmbeddings, false, true), bias)
  }

  const loss = (output: Tensor, pairs: Tensor): Tensor => {
    const rows = output.shape[0] ?? 0
    const margins = tf.sub(tf.expandDims(output, 2), tf.expandDims(output, 1))
    // −log σ(x) = max(−x, 0) + log(1 + e^(−|x|)), stable for any margin x.
    const perPair = tf.add(tf.relu(tf.neg(margins)), tf.log1p(tf.exp(tf.neg(tf.abs(margins)))))
    const weights = tf.reshape(pairs, [rows, modelCount, modelCount])
    return tf.div(tf.sum(tf.mul(perPair, weights)), tf.maximum(tf.sum(weights), 1))
  }

  return {parameters, scores, loss, dispose: () => tf.dispose(Object.values(parameters))}
}
