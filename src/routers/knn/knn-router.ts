import {UserError} from '../../errors/index.js'
import type {Neighbours} from '../../index/types.js'
import type {Artifact} from '../artifact/artifact-store.js'
import {embedRouterQueries} from '../embed-router-queries.js'
import type {RouterRuntime} from '../router-definition.js'
import type {ScoredBatch} from '../scoring/scoring-router.js'
import {
  createScoringRouter,
  learnedRouterCapabilities,
  predictCostTable,
} from '../scoring/scoring-router.js'
import {decideFromScores} from '../scoring/pick-by-utility.js'
import type {Decision, RouterQuery, RouterV1} from '../spec/index.js'
import type {KNNHparam} from './knn-config.js'
import {knnHparamSchema} from './knn-config.js'
import {openTrainingIndex, searchTrainingIndex} from '../training-index.js'
import type {NeighbourTable} from './math/neighbour-estimates.js'
import {estimatePerformance, voteForModel} from './math/neighbour-estimates.js'

const noNeighbours: Neighbours = {rows: new Int32Array(0), distances: new Float32Array(0)}

const description =
  'Predicts each model from the k most similar training queries and trades it against cost.'

/**
 * Builds knnrouter from its artifact. In `score` mode it predicts every candidate's performance
 * from the nearest training queries and picks the best q̂ − λ·ĉ, the cheapest on ties; in
 * `argmax` mode it votes like the Python project and ignores λ.
 * @param artifact - What `trainKNNRouter` stored.
 * @param runtime - The embedder for queries that arrive without an embedding.
 * @returns The router.
 */
export function createKNNRouter(artifact: Artifact, runtime: RouterRuntime): RouterV1 {
  const {manifest} = artifact
  const hparam = knnHparamSchema.parse(manifest.hparam)
  const table = readNeighbourTable(artifact)
  const index = openTrainingIndex(artifact)
  const k = Math.min(hparam.n_neighbors, index.size)
  const candidates = manifest.candidates

  const score = async (queries: readonly RouterQuery[]): Promise<ScoredBatch<Neighbours[]>> => {
    const vectors = await embedRouterQueries(
      'knnrouter',
      queries,
      runtime.embedder,
      index.dimension,
    )
    const neighbours = searchTrainingIndex(index, vectors, k)
    const modelCount = candidates.length
    const performance = new Float32Array(queries.length * modelCount)
    const options = {weights: hparam.weights, priorStrength: hparam.prior_strength}
    neighbours.forEach(({rows, distances}, row) => {
      estimatePerformance(table, rows, distances, options, performance, row * modelCount)
    })
    const cost = predictCostTable(manifest.costModel, queries, modelCount)
    return {table: {candidates, performance, cost}, raw: neighbours}
  }

  const decideByVote = (batch: ScoredBatch<Neighbours[]>, row: number): Decision => {
    const decision = decideFromScores(batch.table, row, 0, explainScore)
    const {rows, distances} = batch.raw[row] ?? noNeighbours
    const vote = voteForModel(table, rows, distances, hparam.weights)
    const share = Math.round((vote.shares[vote.model] ?? 0) * 100)
    const reason = `${share}% of the ${k} nearest queries were best on it.`
    return {...decision, model: candidates[vote.model] ?? '', reason}
  }

  return createScoringRouter({
    id: 'knnrouter',
    description,
    capabilities: knnCapabilities(hparam),
    candidates,
    score,
    decide: (batch, row, lambda) =>
      hparam.label_mode === 'score'
        ? decideFromScores(batch.table, row, lambda, explainScore)
        : decideByVote(batch, row),
  })

  function explainScore(chosen: {model: string; performance: number; cost: number}): string {
    const percent = (chosen.performance * 100).toFixed(0)
    return `${k} nearest training queries predict ${percent}% for ${chosen.model} at $${chosen.cost.toPrecision(2)}.`
  }
}

/**
 * What knnrouter can do under given hyper-parameters.
 * @param hparam - Validated hyper-parameters.
 * @returns Its capabilities; it scores only in `score` mode.
 */
export function knnCapabilities(hparam: Pick<KNNHparam, 'label_mode'>): RouterV1['capabilities'] {
  return learnedRouterCapabilities({scores: hparam.label_mode === 'score'})
}

function readNeighbourTable(artifact: Artifact): NeighbourTable {
  const {performance, labels} = artifact.arrays
  const means = artifact.manifest.state.modelMeans
  if (!(performance instanceof Float32Array) || !(labels instanceof Int32Array)) {
    throw new UserError('The knnrouter artifact lacks its performance or label table.', {
      code: 'ARTIFACT_INVALID',
      suggestions: ['Train it again with `llmrouter train --router knnrouter`.'],
    })
  }
  const modelMeans = Float32Array.from(Array.isArray(means) ? means.map(Number) : [])
  return {performance, labels, modelMeans, modelCount: artifact.manifest.candidates.length}
}
