import {UserError} from '../../errors/index.js'
import type {ArtifactArray} from '../artifact/artifact-store.js'
import type {DenseLayer, DenseNetwork} from '../mlp/math/dense-network.js'
import {createDenseNetwork} from '../mlp/math/dense-network.js'
import type {MLPHparam} from '../mlp/mlp-config.js'
import type {HybridLLMHparam} from './hybrid-llm-config.js'

/**
 * The mlprouter settings that build hybrid_llm's regressor: one sigmoid output scoring how
 * likely the small model is good enough, trained like mlprouter's `regress` objective.
 * @param hparam - hybrid_llm's hyper-parameters, with scikit-learn's names.
 * @returns The same settings under mlprouter's names.
 */
export function regressorSettings(hparam: HybridLLMHparam): MLPHparam {
  return {
    hidden_layer_sizes: hparam.hidden_layer_sizes,
    activation: hparam.activation,
    lr: hparam.learning_rate_init,
    epochs: hparam.max_iter,
    batch_size: hparam.batch_size,
    alpha: hparam.alpha,
    objective: 'regress',
    regression_loss: hparam.regression_loss,
    dropout: 0,
    validation_fraction: hparam.validation_fraction,
    patience: hparam.n_iter_no_change,
  }
}

/**
 * Rebuilds a regressor from stored weights (`fold0.layer0.weights`, …), checking
 * every shape against the hidden layer sizes and the single output.
 * @param arrays - The artifact's arrays.
 * @param shapes - The weight shapes recorded in the artifact state.
 * @param hparam - The hyper-parameters it was trained with.
 * @param prefix - What the names of this regressor's arrays start with (`fold0.`).
 * @returns The network, ready for the TypeScript or TensorFlow.js forward pass.
 */
export function readRegressorNetwork(
  arrays: Readonly<Record<string, ArtifactArray>>,
  shapes: unknown,
  hparam: HybridLLMHparam,
  prefix: string,
): DenseNetwork {
  const layerCount = hparam.hidden_layer_sizes.length + 1
  const layers: DenseLayer[] = []
  for (let layer = 0; layer < layerCount; layer++) {
    const weights = arrays[`${prefix}layer${layer}.weights`]
    const bias = arrays[`${prefix}layer${layer}.bias`]
    const [inputs = 0, outputs = 0] = readShape(shapes, `${prefix}layer${layer}.weights`)
    const previous = layers.at(-1)
    if (
      !(weights instanceof Float32Array) ||
      !(bias instanceof Float32Array) ||
      weights.length !== inputs * outputs ||
      bias.length !== outputs ||
      (previous && previous.outputs !== inputs)
    ) {
      throw invalidArtifact(`its layer ${prefix}${layer} is missing or has the wrong shape`)
    }
    layers.push({weights, bias, inputs, outputs})
  }
  if (layers.at(-1)?.outputs !== 1) throw invalidArtifact('its regressor has more than one output')
  return createDenseNetwork(layers, hparam.activation, 'sigmoid')
}

function readShape(shapes: unknown, name: string): number[] {
  if (typeof shapes !== 'object' || shapes === null) return []
  const shape: unknown = (shapes as Record<string, unknown>)[name]
  return Array.isArray(shape) && shape.length === 2 ? shape.map(Number) : []
}

/**
 * The error for an artifact hybrid_llm can't route with.
 * @param reason - What's wrong, as a clause.
 * @returns The error, telling the user to train again.
 */
export function invalidArtifact(reason: string): UserError {
  return new UserError(`The hybrid_llm artifact is unusable: ${reason}.`, {
    code: 'ARTIFACT_INVALID',
    suggestions: ['Train it again with `llmrouter train --router hybrid_llm`.'],
  })
}
