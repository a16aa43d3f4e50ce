import type {Artifact} from '../artifact/artifact-store.js'
import type {RouterRuntime} from '../router-definition.js'
import type {ScoredBatch} from '../scoring/scoring-router.js'
import {
  createScoringRouter,
  learnedRouterCapabilities,
  predictCostTable,
} from '../scoring/scoring-router.js'
import {decideFromScores} from '../scoring/pick-by-utility.js'
import type {RouterQuery, RouterV1} from '../spec/index.js'
import {readEloState, readTrainingOutcomes} from './elo-artifact.js'
import {openTrainingIndex, searchTrainingIndex} from '../training-index.js'
import {embedRouterQueries} from '../embed-router-queries.js'
import type {EloHparam} from './elo-config.js'
import {eloHparamSchema} from './elo-config.js'
import {eloScaleOf, toleranceInStrength} from './elo-trainer.js'
import {ratingsToStrengths} from './math/bradley-terry.js'
import {createLocalRatingEstimator, predictFromStrengths} from './math/rating-estimates.js'

const description =
  'Rates the models by Elo from battles on the most similar training queries, traded against cost.'

/**
 * Builds elorouter from its artifact. In `similarity` mode it refits Elo ratings per query from
 * the battles of its nearest training queries, predicts each model's performance from its
 * expected score against the field, and picks the best q̂ − λ·ĉ, the cheapest on ties. In
 * `global` mode it picks the top-rated model for every query, ties to the first, and ignores λ.
 * @param artifact - What `trainEloRouter` stored.
 * @param runtime - The embedder for queries that arrive without an embedding.
 * @returns The router.
 */
export function createEloRouter(artifact: Artifact, runtime: RouterRuntime): RouterV1 {
  const {manifest} = artifact
  const hparam = eloHparamSchema.parse(manifest.hparam)
  const state = readEloState(artifact)
  const candidates = manifest.candidates
  const modelCount = candidates.length
  const globalTheta = ratingsToStrengths(state.ratings, eloScaleOf(hparam))
  const common = {id: 'elorouter', description, capabilities: eloCapabilities(hparam), candidates}

  const globalPerformance = new Float32Array(modelCount)
  predictFromStrengths(
    globalTheta,
    state.calibration,
    state.calibration.level,
    globalPerformance,
    0,
  )

  if (hparam.mode === 'global') {
    let top = 0
    for (let model = 1; model < modelCount; model++) {
      if ((state.ratings[model] ?? -Infinity) > (state.ratings[top] ?? -Infinity)) top = model
    }
    const reason = `${candidates[top] ?? ''} has the highest Elo rating (${Math.round(state.ratings[top] ?? 0)}) over all training battles.`
    // Every query gets the same predictions; only the costs depend on the query.
    const scoreGlobally = (queries: readonly RouterQuery[]): Promise<ScoredBatch<null>> => {
      const performance = new Float32Array(queries.length * modelCount)
      queries.forEach((_, row) => performance.set(globalPerformance, row * modelCount))
      const cost = predictCostTable(manifest.costModel, queries, modelCount)
      return Promise.resolve({table: {candidates, performance, cost}, raw: null})
    }
    return createScoringRouter({
      ...common,
      score: scoreGlobally,
      decide: (batch, row, lambda) => ({
        ...decideFromScores(batch.table, row, lambda, () => reason),
        model: candidates[top] ?? '',
      }),
    })
  }

  const index = openTrainingIndex(artifact)
  const k = Math.min(hparam.n_neighbors, index.size)
  const estimate = createLocalRatingEstimator(
    {
      performance: readTrainingOutcomes(artifact),
      modelCount,
      globalTheta,
      calibration: state.calibration,
      fieldMean: state.fieldMean,
      rules: hparam,
    },
    {
      temperature: hparam.temperature,
      priorStrength: hparam.similarity_prior_strength,
      maxIterations: hparam.max_iterations,
      tolerance: toleranceInStrength(hparam),
    },
  )

  const scoreByNeighbours = async (queries: readonly RouterQuery[]): Promise<ScoredBatch<null>> => {
    const vectors = await embedRouterQueries(
      'elorouter',
      queries,
      runtime.embedder,
      index.dimension,
    )
    const neighbours = searchTrainingIndex(index, vectors, k)
    const performance = new Float32Array(queries.length * modelCount)
    neighbours.forEach(({rows, distances}, row) => {
      estimate(rows, distances, performance, row * modelCount)
    })
    const cost = predictCostTable(manifest.costModel, queries, modelCount)
    return {table: {candidates, performance, cost}, raw: null}
  }

  return createScoringRouter({
    ...common,
    score: scoreByNeighbours,
    decide: (batch, row, lambda) => decideFromScores(batch.table, row, lambda, explain),
  })

  function explain(chosen: {model: string; performance: number; cost: number}): string {
    const percent = (chosen.performance * 100).toFixed(0)
    return `Elo ratings from the ${k} nearest training queries predict ${percent}% for ${chosen.model} at $${chosen.cost.toPrecision(2)}.`
  }
}

/**
 * What elorouter can do under given hyper-parameters.
 * @param hparam - Validated hyper-parameters.
 * @returns Its capabilities; only similarity mode scores and needs embeddings.
 */
export function eloCapabilities(hparam: Pick<EloHparam, 'mode'>): RouterV1['capabilities'] {
  const similarity = hparam.mode === 'similarity'
  return learnedRouterCapabilities({scores: similarity, needsEmbeddings: similarity})
}
