import type {ModelCostParameters} from '../../data/cost-model.js'
import type {ModelCard} from '../../data/types.js'
import {UserError} from '../../errors/index.js'
import type {EmbeddingProvider} from '../../embeddings/types.js'
import type {Artifact, ArtifactArray} from '../artifact/artifact-store.js'
import {invalidGraphArtifact} from './graph-artifact.js'
import {graphHparamSchema} from './graph-config.js'
import {modelNodeText} from './graph-nodes.js'
import type {ModelSideWeights} from './math/new-model-node.js'
import {newModelNodeRows} from './math/new-model-node.js'

/**
 * Adds a candidate the router was never trained on: its model node starts from the embedding
 * of its description (or of a text built from name, size and prices) and passes through the
 * trained layers without edges, and new queries then connect to it like to any other model.
 * Its price goes into the cost model with the default output length.
 * Limitation: training never hides a whole model, so the network has not learnt to predict a
 * model from its description alone; treat the added model's q̂ as a prior until it has outcomes
 * and the router is retrained.
 * @param artifact - A graphrouter artifact.
 * @param card - The new model's card; its name must be new.
 * @param embedder - The embedder the artifact was trained with.
 * @returns A new artifact with the model appended to the candidates.
 */
export async function addGraphModel(
  artifact: Artifact,
  card: ModelCard,
  embedder: EmbeddingProvider,
): Promise<Artifact> {
  const {manifest} = artifact
  if (manifest.candidates.includes(card.name)) {
    throw new UserError(`"${card.name}" is already a candidate of this graphrouter artifact.`, {
      code: 'CONFIG_INVALID',
      suggestions: ['Give the new model a name the artifact does not list yet.'],
    })
  }
  if (manifest.embedding && manifest.embedding.id !== embedder.id) {
    throw new UserError(
      `The artifact's nodes were embedded with "${manifest.embedding.id}", not "${embedder.id}".`,
      {code: 'ARTIFACT_MISMATCH', suggestions: ['Embed the description with the same model.']},
    )
  }
  const hparam = graphHparamSchema.parse(manifest.hparam)
  const weights = readModelSide(artifact.arrays, hparam.hidden_dim, hparam.num_layers)
  const [features] = await embedder.embed([modelNodeText(card).text])
  if (!features || features.length * hparam.hidden_dim !== weights.input.length) {
    throw invalidGraphArtifact('the description embedding does not fit its model input layer')
  }
  const rows = newModelNodeRows(weights, features)
  const arrays: Record<string, ArtifactArray> = {...artifact.arrays}
  const append = (name: string, row: ArrayLike<number>): void => {
    const current = arrays[name]
    if (!(current instanceof Float32Array)) throw invalidGraphArtifact(`it has no array "${name}"`)
    const grown = new Float32Array(current.length + row.length)
    grown.set(current)
    grown.set(row, current.length)
    arrays[name] = grown
  }
  rows.messages.forEach((message, index) => {
    append(`layer${index + 1}.modelMessages`, message.base)
    append(`layer${index + 1}.modelCostMessages`, message.cost)
  })
  append('decoder.modelStates', rows.finalState)
  append('decoder.modelBias', [rows.decoderBias])
  const cost: ModelCostParameters = {
    name: card.name,
    inputPrice: card.inputPrice,
    outputPrice: card.outputPrice,
    meanOutputTokens: manifest.costModel.defaultOutputTokens,
    outputTokensSource: 'default',
    recorded: null,
  }
  const previous = manifest.state.addedModels
  const added = Array.isArray(previous) ? previous.filter((name) => typeof name === 'string') : []
  return {
    manifest: {
      ...manifest,
      candidates: [...manifest.candidates, card.name],
      costModel: {...manifest.costModel, models: [...manifest.costModel.models, cost]},
      state: {...manifest.state, addedModels: [...added, card.name]},
    },
    arrays,
  }
}

function readModelSide(
  arrays: Readonly<Record<string, ArtifactArray>>,
  hidden: number,
  layers: number,
): ModelSideWeights {
  const array = (name: string): Float32Array => {
    const values = arrays[name]
    if (!(values instanceof Float32Array)) throw invalidGraphArtifact(`it has no array "${name}"`)
    return values
  }
  return {
    hiddenDim: hidden,
    input: array('model.input'),
    inputBias: array('model.inputBias'),
    layers: Array.from({length: layers}, (_, index) => ({
      self: array(`layer${index + 1}.modelSelf`),
      bias: array(`layer${index + 1}.modelBias`),
      toQuery: array(`layer${index + 1}.modelToQuery`),
      toQueryCost: array(`layer${index + 1}.modelToQueryCost`),
    })),
    decoderModel: array('decoder.model'),
    outputBias: array('decoder.outputBias')[0] ?? 0,
  }
}
