import {predictQueryCosts} from '../../data/cost-model.js'
import type {OutcomeMatrix} from '../../data/types.js'
import type {Artifact} from '../artifact/artifact-store.js'
import type {RouterDefinition} from '../router-definition.js'
import type {CandidateScore, Decision, RouterQuery, RouterV1} from '../spec/index.js'

/** Picks one candidate for a query, with the sentence that explains the pick. */
export type ChooseCandidate = (query: RouterQuery) => {index: number; reason: string}

/**
 * Builds a choosing router (one that ignores λ) around a pick function. Every decision still
 * reports each candidate's predicted cost and, as its predicted quality, the candidate's mean
 * on the training split (`state.modelMeans`), so a user sees what the pick gives up.
 * @param definition - The registry row, for id, family and capabilities.
 * @param artifact - The trained artifact, for candidates and the cost model.
 * @param choose - Picks a candidate for one query.
 * @returns The router.
 */
export function createFixedChoiceRouter(
  definition: RouterDefinition,
  artifact: Artifact,
  choose: ChooseCandidate,
): RouterV1 {
  const {candidates, costModel, state} = artifact.manifest
  const means = readModelMeans(state, candidates.length)
  const decide = (query: RouterQuery, lambda: number): Decision => {
    const {index, reason} = choose(query)
    const costs = predictQueryCosts(costModel, query.text)
    const scores: CandidateScore[] = candidates.map((model, position) => {
      const cost = costs[position] ?? 0
      const performance = means[position] ?? 0
      return {model, performance, cost, utility: performance - lambda * cost}
    })
    return {model: candidates[index] ?? '', scores, reason}
  }
  return {
    specificationVersion: 'v1',
    id: definition.id,
    description: definition.description,
    family: definition.family,
    capabilities: definition.capabilities,
    candidates,
    route: (query, context) => Promise.resolve(decide(query, context.lambda)),
    routeBatch: (queries, context) =>
      Promise.resolve(queries.map((query) => decide(query, context.lambda))),
  }
}

/**
 * Mean training performance per candidate, NaN cells skipped; 0 for a model with no outcome.
 * @param matrix - The training split.
 * @returns One mean per model, in candidate order.
 */
export function meanPerformanceByModel(matrix: OutcomeMatrix): number[] {
  const modelCount = matrix.models.length
  const sums = new Float64Array(modelCount)
  const counts = new Float64Array(modelCount)
  matrix.performance.forEach((value, cell) => {
    if (Number.isNaN(value)) return
    const model = cell % modelCount
    sums[model] = (sums[model] ?? 0) + value
    counts[model] = (counts[model] ?? 0) + 1
  })
  return Array.from(sums, (sum, model) => (counts[model] ? sum / (counts[model] ?? 1) : 0))
}

function readModelMeans(state: Readonly<Record<string, unknown>>, modelCount: number): number[] {
  const means = state.modelMeans
  if (Array.isArray(means) && means.length === modelCount) return means.map(Number)
  return Array.from({length: modelCount}, () => 0)
}

/** Capabilities shared by the baselines that need no embeddings and call no LLM. */
export const baselineCapabilities = {
  trainable: false,
  scores: false,
  needsEmbeddings: false,
  callsLLM: false,
  routeOnly: true,
} as const
