import {UserError} from '../../errors/index.js'
import type {Artifact} from '../artifact/artifact-store.js'
import {embedRouterQueries, stackEmbeddings} from '../embed-router-queries.js'
import type {RouterRuntime} from '../router-definition.js'
import type {ScoredBatch} from '../scoring/scoring-router.js'
import {
  createScoringRouter,
  decideByTopScore,
  learnedRouterCapabilities,
  predictCostTable,
} from '../scoring/scoring-router.js'
import {decideFromScores} from '../scoring/pick-by-utility.js'
import type {CandidateScore, RouterQuery, RouterV1} from '../spec/index.js'
import type {MLPHparam} from './mlp-config.js'
import {mlpHparamSchema} from './mlp-config.js'
import type {DenseLayer, DenseNetwork} from './math/dense-network.js'
import {createDenseNetwork} from './math/dense-network.js'
import {scoreEmbeddings} from './mlp-batch-forward.js'

const descriptions: Record<MLPHparam['objective'], string> = {
  regress:
    'Predicts each model’s performance with a multilayer perceptron and trades it against cost.',
  classify: 'Classifies each query’s best model with a multilayer perceptron, ignoring cost.',
}

/**
 * Builds mlprouter from its artifact. With `objective: regress` it predicts every candidate's
 * performance and picks the best q̂ − λ·ĉ, the cheapest on ties; with `objective: classify` it
 * picks the most probable best model like the Python router (the first on ties) and ignores λ.
 * A few queries run through the network in plain TypeScript; larger batches in TensorFlow.js.
 * @param artifact - What `trainMLPRouter` stored.
 * @param runtime - The embedder for queries that arrive without an embedding.
 * @returns The router.
 */
export function createMLPRouter(artifact: Artifact, runtime: RouterRuntime): RouterV1 {
  const {manifest} = artifact
  const hparam = mlpHparamSchema.parse(manifest.hparam)
  const network = readNetwork(artifact, hparam)
  const dimension = network.layers[0]?.inputs ?? 0
  const candidates = manifest.candidates

  /** Scores in the table: predicted performance (regress) or class probability (classify). */
  const score = async (queries: readonly RouterQuery[]): Promise<ScoredBatch<Float32Array>> => {
    const vectors = await embedRouterQueries('mlprouter', queries, runtime.embedder, dimension)
    const inputs = stackEmbeddings(vectors, dimension)
    const performance = await scoreEmbeddings(network, inputs, queries.length)
    const cost = predictCostTable(manifest.costModel, queries, candidates.length)
    return {table: {candidates, performance, cost}, raw: performance}
  }

  return createScoringRouter({
    id: 'mlprouter',
    description: descriptions[hparam.objective],
    capabilities: mlpCapabilities(hparam),
    candidates,
    score,
    decide: (batch, row, lambda) =>
      hparam.objective === 'regress'
        ? decideFromScores(batch.table, row, lambda, explainPrediction)
        : decideByTopScore(batch, row, explainClass),
  })
}

/**
 * What mlprouter can do under given hyper-parameters.
 * @param hparam - Validated hyper-parameters.
 * @returns Its capabilities; it scores only with `objective: regress`.
 */
export function mlpCapabilities(hparam: Pick<MLPHparam, 'objective'>): RouterV1['capabilities'] {
  return learnedRouterCapabilities({scores: hparam.objective === 'regress'})
}

function explainPrediction(chosen: CandidateScore): string {
  const percent = (chosen.performance * 100).toFixed(0)
  return `The network predicts ${percent}% for ${chosen.model} at $${chosen.cost.toPrecision(2)}.`
}

/**
 * The classifier's pick: the most probable best model, the first on ties, whatever λ. Each
 * score's utility is its probability, the quantity this rule maximises.
 */
function explainClass(chosen: CandidateScore): string {
  const percent = (chosen.performance * 100).toFixed(0)
  return `The classifier gives ${chosen.model} a ${percent}% chance of being the best model.`
}

function readNetwork(artifact: Artifact, hparam: MLPHparam): DenseNetwork {
  const shapes = artifact.manifest.state.shapes
  const layerCount = hparam.hidden_layer_sizes.length + 1
  const layers: DenseLayer[] = []
  for (let layer = 0; layer < layerCount; layer++) {
    const weights = artifact.arrays[`layer${layer}.weights`]
    const bias = artifact.arrays[`layer${layer}.bias`]
    const shape = readShape(shapes, `layer${layer}.weights`)
    const [inputs = 0, outputs = 0] = shape
    const previous = layers.at(-1)
    if (
      !(weights instanceof Float32Array) ||
      !(bias instanceof Float32Array) ||
      shape.length !== 2 ||
      weights.length !== inputs * outputs ||
      bias.length !== outputs ||
      (previous && previous.outputs !== inputs)
    ) {
      throw invalidArtifact(`its layer ${layer} is missing or has the wrong shape`)
    }
    layers.push({weights, bias, inputs, outputs})
  }
  if (layers.at(-1)?.outputs !== artifact.manifest.candidates.length) {
    throw invalidArtifact('its output layer does not have one unit per candidate')
  }
  const output = hparam.objective === 'regress' ? 'sigmoid' : 'softmax'
  return createDenseNetwork(layers, hparam.activation, output)
}

function readShape(shapes: unknown, name: string): number[] {
  if (typeof shapes !== 'object' || shapes === null) return []
  const shape: unknown = (shapes as Record<string, unknown>)[name]
  return Array.isArray(shape) ? shape.map(Number) : []
}

function invalidArtifact(reason: string): UserError {
  return new UserError(`The mlprouter artifact is unusable: ${reason}.`, {
    code: 'ARTIFACT_INVALID',
    suggestions: ['Train it again with `llmrouter train --router mlprouter`.'],
  })
}
