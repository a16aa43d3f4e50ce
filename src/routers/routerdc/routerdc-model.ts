import type {Tensor, Variable} from '@tensorflow/tfjs-core'

import type {TensorFlow} from '../../embeddings/tensorflow-runtime.js'
import {createParameter, deriveSeed} from '../../ml/index.js'
import {normEpsilon} from './math/similarity-scores.js'
import type {RouterDCHparam} from './routerdc-config.js'

/** What stands in for −∞ in a masked log-sum-exp; exp of it underflows to exactly 0. */
const maskedOut = 1e9

/** The trainable parts of routerdc in TensorFlow.js: projection and model embeddings. */
export interface RouterDCModel {
  /**
   * The variables by artifact name: `projection.weights`, `projection.bias`, `modelEmbeddings`,
   * and `hidden.weights`, `hidden.bias` with `projection: mlp`.
   */
  readonly parameters: Readonly<Record<string, Variable>>
  /**
   * Projects frozen query embeddings to h(q).
   * @param inputs - One embedding per row.
   * @returns One h(q) per row.
   */
  readonly project: (inputs: Tensor) => Tensor
  /**
   * sim(h, k_m) / τ for every row and model.
   * @param states - What `project` returned.
   * @returns `[rows, models]`.
   */
  readonly scores: (states: Tensor) => Tensor
  /**
   * The sample-LLM loss: for each positive p of a query, −log(e^s_p / (e^s_p + Σ_neg e^s_n)),
   * summed over positives and averaged over the batch's rows, as RouterDC does.
   * @param scores - What `scores` returned.
   * @param positives - 0/1 `[rows, models]`.
   * @param negatives - 0/1 `[rows, models]`.
   * @returns A scalar.
   */
  readonly sampleLLMLoss: (scores: Tensor, positives: Tensor, negatives: Tensor) => Tensor
  /**
   * The cluster loss: for each anchor, −log(e^s⁺ / (e^s⁺ + Σ e^s⁻)) over sim(h_i, h_j) / τ, with
   * one same-cluster positive and H other-cluster negatives; averaged over anchors. It divides
   * by τ as the RouterDC paper does (the Python code passes τ but leaves it unused).
   * @param states - What `project` returned, `[rows, width]`.
   * @param positives - 0/1 `[rows, rows]`, one 1 per anchor row.
   * @param negatives - 0/1 `[rows, rows]`.
   * @param anchors - 0/1 `[rows]`.
   * @returns A scalar.
   */
  readonly clusterLoss: (
    states: Tensor,
    positives: Tensor,
    negatives: Tensor,
    anchors: Tensor,
  ) => Tensor
  readonly dispose: () => void
}

/** Options of `createRouterDCModel`. */
export interface CreateRouterDCModelOptions {
  readonly hparam: RouterDCHparam
  readonly inputDimension: number
  readonly modelCount: number
  readonly seed: number
}

/**
 * Creates the model with seeded weights: Glorot-uniform layers, zero biases, and model
 * embeddings drawn from N(0, 0.78²) as the Python RouterDC initialises them.
 * @param tf - TensorFlow.js, initialised for training.
 * @param options - Hyper-parameters, sizes and seed.
 * @returns The model; the caller disposes it.
 */
export function createRouterDCModel(
  tf: TensorFlow,
  options: CreateRouterDCModelOptions,
): RouterDCModel {
  const {hparam, inputDimension, modelCount} = options
  const width = hparam.hidden_state_dim
  const parameters: Record<string, Variable> = {}
  const dense = (name: string, inputs: number, outputs: number, index: number) => {
    const weights = createParameter(tf, {
      shape: [inputs, outputs],
      initialiser: {kind: 'glorot-uniform'},
      seed: deriveSeed(options.seed, index),
    })
    const bias = createParameter(tf, {
      shape: [outputs],
      initialiser: {kind: 'constant', value: 0},
      seed: 0,
    })
    parameters[`${name}.weights`] = weights
    parameters[`${name}.bias`] = bias
    return (values: Tensor): Tensor => tf.add(tf.matMul(values, weights), bias)
  }
  const hidden =
    hparam.projection === 'mlp' ? dense('hidden', inputDimension, hparam.hidden_dim, 0) : null
  const projection = dense('projection', hidden ? hparam.hidden_dim : inputDimension, width, 1)
  const modelEmbeddings = createParameter(tf, {
    shape: [modelCount, width],
    initialiser: {kind: 'normal', standardDeviation: 0.78},
    seed: deriveSeed(options.seed, 2),
  })
  parameters.modelEmbeddings = modelEmbeddings

  const project = (inputs: Tensor): Tensor => projection(hidden ? tf.tanh(hidden(inputs)) : inputs)

  const similarity = (left: Tensor, right: Tensor): Tensor => {
    if (hparam.similarity_function === 'inner') return tf.matMul(left, right, false, true)
    return tf.matMul(normalise(tf, left), normalise(tf, right), false, true)
  }

  const scores = (states: Tensor): Tensor =>
    tf.div(similarity(states, modelEmbeddings), hparam.temperature)

  const sampleLLMLoss = (output: Tensor, positives: Tensor, negatives: Tensor): Tensor => {
    const negativeSum = maskedLogSumExp(tf, output, negatives)
    const perPositive = softplus(tf, tf.sub(negativeSum, output))
    return tf.div(tf.sum(tf.mul(perPositive, positives)), output.shape[0] ?? 1)
  }

  const clusterLoss = (
    states: Tensor,
    positives: Tensor,
    negatives: Tensor,
    anchors: Tensor,
  ): Tensor => {
    const pairScores = tf.div(similarity(states, states), hparam.temperature)
    const positive = tf.sum(tf.mul(pairScores, positives), 1, true)
    const negativeSum = maskedLogSumExp(tf, pairScores, negatives)
    const perAnchor = tf.reshape(softplus(tf, tf.sub(negativeSum, positive)), [-1])
    return tf.div(tf.sum(tf.mul(perAnchor, anchors)), tf.maximum(tf.sum(anchors), 1))
  }

  return {
    parameters,
    project,
    scores,
    sampleLLMLoss,
    clusterLoss,
    dispose: () => tf.dispose(Object.values(parameters)),
  }
}

/** Rows scaled to unit length; the epsilon keeps the gradient finite at zero. */
function normalise(tf: TensorFlow, values: Tensor): Tensor {
  return tf.div(values, tf.sqrt(tf.add(tf.sum(tf.square(values), 1, true), normEpsilon)))
}

/**
 * log Σ e^x over the cells a 0/1 mask keeps, per row, `[rows, 1]`; a row the mask empties
 * gives about −1e9, so softplus(that − s) and its gradient are 0.
 */
function maskedLogSumExp(tf: TensorFlow, values: Tensor, mask: Tensor): Tensor {
  const shifted = tf.add(values, tf.mul(tf.sub(mask, 1), maskedOut))
  return tf.logSumExp(shifted, 1, true)
}

/** log(1 + e^x), written out because it's stable for any x on every backend. */
function softplus(tf: TensorFlow, values: Tensor): Tensor {
  return tf.add(tf.relu(values), tf.log1p(tf.exp(tf.neg(tf.abs(values)))))
}
