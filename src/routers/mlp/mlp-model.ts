import type {Tensor, Variable} from '@tensorflow/tfjs-core'

import type {TensorFlow} from '../../embeddings/tensorflow-runtime.js'
import {createParameter, deriveSeed} from '../../ml/index.js'
import type {WeightInitialiser} from '../../ml/index.js'
import type {MLPHparam} from './mlp-config.js'

/** The trainable multilayer perceptron behind mlprouter, in TensorFlow.js. */
export interface MLPModel {
  /** The variables by artifact name: `layer0.weights`, `layer0.bias`, … */
  readonly parameters: Readonly<Record<string, Variable>>
  /**
   * Computes the output logits of a batch.
   * @param inputs - One embedding per row.
   * @param dropoutSeed - Seed of this step's dropout masks; without it, no dropout (inference).
   * @returns One logit per model and row.
   */
  readonly logits: (inputs: Tensor, dropoutSeed?: number) => Tensor
  /**
   * The objective's loss of a batch, averaged over the cells that count.
   * @param logits - What `logits` returned.
   * @param targets - Performance per model (regress) or the best model one-hot (classify).
   * @param mask - 1 where a target counts.
   * @returns A scalar.
   */
  readonly loss: (logits: Tensor, targets: Tensor, mask: Tensor) => Tensor
  readonly dispose: () => void
}

/** Options of `createMLPModel`. */
export interface CreateMLPModelOptions {
  readonly hparam: MLPHparam
  readonly inputDimension: number
  readonly modelCount: number
  /** Starting value of each output's bias, e.g. the logit of each model's mean performance. */
  readonly outputBias: Float32Array
  readonly seed: number
}

/**
 * Creates the network with seeded initial weights: He-uniform before ReLU, Glorot-uniform
 * elsewhere, zero hidden biases.
 * @param tf - TensorFlow.js, initialised for training.
 * @param options - Hyper-parameters, sizes, output bias and seed.
 * @returns The model; the caller disposes it.
 */
export function createMLPModel(tf: TensorFlow, options: CreateMLPModelOptions): MLPModel {
  const {hparam} = options
  const widths = [options.inputDimension, ...hparam.hidden_layer_sizes, options.modelCount]
  const layerCount = widths.length - 1
  const parameters: Record<string, Variable> = {}
  for (let layer = 0; layer < layerCount; layer++) {
    const isOutput = layer === layerCount - 1
    const initialiser: WeightInitialiser =
      hparam.activation === 'relu' && !isOutput ? {kind: 'he-uniform'} : {kind: 'glorot-uniform'}
    parameters[`layer${layer}.weights`] = createParameter(tf, {
      shape: [widths[layer] ?? 0, widths[layer + 1] ?? 0],
      initialiser,
      seed: deriveSeed(options.seed, layer),
    })
    const bias = createParameter(tf, {
      shape: [widths[layer + 1] ?? 0],
      initialiser: {kind: 'constant', value: 0},
      seed: 0,
    })
    if (isOutput) tf.tidy(() => bias.assign(tf.tensor1d(options.outputBias)))
    parameters[`layer${layer}.bias`] = bias
  }

  const logits = (inputs: Tensor, dropoutSeed?: number): Tensor => {
    let values = inputs
    for (let layer = 0; layer < layerCount; layer++) {
      const weights = parameters[`layer${layer}.weights`] as Variable
      const bias = parameters[`layer${layer}.bias`] as Variable
      values = tf.add(tf.matMul(values, weights), bias)
      if (layer === layerCount - 1) break
      values = applyHiddenActivation(tf, values, hparam.activation)
      if (dropoutSeed !== undefined && hparam.dropout > 0) {
        values = tf.dropout(values, hparam.dropout, undefined, deriveSeed(dropoutSeed, layer))
      }
    }
    return values
  }

  const loss = (output: Tensor, targets: Tensor, mask: Tensor): Tensor => {
    if (hparam.objective === 'classify') {
      const logProbabilities = tf.logSoftmax(output)
      return tf.neg(tf.div(tf.sum(tf.mul(targets, logProbabilities)), output.shape[0] ?? 1))
    }
    const perCell =
      hparam.regression_loss === 'mse'
        ? tf.square(tf.sub(tf.sigmoid(output), targets))
        : sigmoidCrossEntropy(tf, output, targets)
    return tf.div(tf.sum(tf.mul(perCell, mask)), tf.maximum(tf.sum(mask), 1))
  }

  return {parameters, logits, loss, dispose: () => tf.dispose(Object.values(parameters))}
}

/**
 * Applies a hidden layer's activation, named as in the Python config.
 * @param tf - TensorFlow.js.
 * @param values - The layer's pre-activation values.
 * @param activation - Which nonlinearity.
 * @returns The activated values.
 */
export function applyHiddenActivation(
  tf: TensorFlow,
  values: Tensor,
  activation: MLPHparam['activation'],
): Tensor {
  switch (activation) {
    case 'relu':
      return tf.relu(values)
    case 'tanh':
      return tf.tanh(values)
    case 'logistic':
      return tf.sigmoid(values)
    case 'identity':
      return values
  }
}

/** max(z, 0) − z·y + log(1 + e^(−|z|)): cross-entropy on logits, stable for any z. */
function sigmoidCrossEntropy(tf: TensorFlow, logits: Tensor, targets: Tensor): Tensor {
  const positive = tf.relu(logits)
  const softTail = tf.log1p(tf.exp(tf.neg(tf.abs(logits))))
  return tf.add(tf.sub(positive, tf.mul(logits, targets)), softTail)
}
