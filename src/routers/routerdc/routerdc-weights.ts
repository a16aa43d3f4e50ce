import {UserError} from '../../errors/index.js'
import type {ArtifactArray} from '../artifact/artifact-store.js'
import type {DenseLayer, RouterDCWeights} from './math/similarity-scores.js'
import type {RouterDCHparam} from './routerdc-config.js'

/**
 * Reads routerdc's weights from artifact arrays and checks their sizes against the
 * hyper-parameters and the number of candidates.
 * @param arrays - The artifact's arrays (or the trainer's exported tensors).
 * @param hparam - Validated hyper-parameters.
 * @param modelCount - Candidates.
 * @returns The weights, ready for `similarityScores`.
 */
export function readRouterDCWeights(
  arrays: Readonly<Record<string, ArtifactArray>>,
  hparam: RouterDCHparam,
  modelCount: number,
): RouterDCWeights {
  const width = hparam.hidden_state_dim
  const usesHidden = hparam.projection === 'mlp'
  const hidden = usesHidden ? readDense(arrays, 'hidden', hparam.hidden_dim) : undefined
  const projection = readDense(arrays, 'projection', width)
  const {modelEmbeddings} = arrays
  if (!(modelEmbeddings instanceof Float32Array)) {
    throw invalidArtifact('its model embeddings are missing')
  }
  if (modelEmbeddings.length !== modelCount * width) {
    throw invalidArtifact('its model embeddings do not match hidden_state_dim and the candidates')
  }
  if (hidden && hidden.outputs !== projection.inputs) {
    throw invalidArtifact('its hidden layer does not feed its projection')
  }
  return {
    ...(hidden ? {hidden} : {}),
    projection,
    modelEmbeddings,
    modelCount,
    similarity: hparam.similarity_function,
    temperature: hparam.temperature,
  }
}

/**
 * The error for an artifact routerdc can't use.
 * @param reason - What's wrong, as a clause.
 * @returns The error, telling how to fix it.
 */
export function invalidArtifact(reason: string): UserError {
  return new UserError(`The routerdc artifact is unusable: ${reason}.`, {
    code: 'ARTIFACT_INVALID',
    suggestions: ['Train it again with `llmrouter train --router routerdc`.'],
  })
}

function readDense(
  arrays: Readonly<Record<string, ArtifactArray>>,
  name: string,
  outputs: number,
): DenseLayer {
  const weights = arrays[`${name}.weights`]
  const bias = arrays[`${name}.bias`]
  if (!(weights instanceof Float32Array) || !(bias instanceof Float32Array)) {
    throw invalidArtifact(`its ${name} layer is missing`)
  }
  const inputs = weights.length / outputs
  if (!Number.isInteger(inputs) || inputs < 1 || bias.length !== outputs) {
    throw invalidArtifact(`its ${name} layer does not match the hyper-parameters`)
  }
  return {weights, bias, inputs, outputs}
}
