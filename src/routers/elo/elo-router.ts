import {predictQueryCosts} from '../../data/cost-model.js'
import {BugError} from '../../errors/index.js'
import type {Artifact} from '../artifact/artifact-store.js'
import type {RouterRuntime} from '../router-definition.js'
import {learnedRouterCapabilities} from '../scoring/scoring-router.js'
import {decideFromScores} from '../scoring/pick-by-utility.js'
import type {Decision, RouterQuery, RouterV1, ScoreTable} from '../spec/index.js'
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
  const common = {
    specificationVersion: 'v1',
    id: 'elorouter',
    description,
    family: 'single-round',
    capabilities: eloCapabilities(hparam),
    candidates,
  } as const

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
    const decideGlobally = (query: RouterQuery, lambda: number): Decision => {
      const table: ScoreTable = {
        candidates,
        performance: globalPerformance,
        cost: Float64Array.from(predictQueryCosts(manifest.costModel, query.text)),
      }
      return {...decideFromScores(table, 0, lambda, () => reason), model: candidates[top] ?? ''}
    }
    return {
      ...common,
      route: (query, context) => Promise.resolve(decideGlobally(query, context.lambda)),
      routeBatch: (queries, context) =>
        Promise.resolve(queries.map((query) => decideGlobally(query, context.lambda))),
    }
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

  const scoreBatch = async (queries: readonly RouterQuery[]): Promise<ScoreTable> => {
    const vectors = await embedRouterQueries(
      'elorouter',
      queries,
      runtime.embedder,
      index.dimension,
    )
    const neighbours = searchTrainingIndex(index, vectors, k)
    const performance = new Float32Array(queries.length * modelCount)
    const cost = new Float64Array(queries.length * modelCount)
    queries.forEach((query, row) => {
      const found = neighbours[row]
      if (!found) throw new BugError('elorouter lost the neighbours of a query.')
      estimate(found.rows, found.distances, performance, row * modelCount)
      cost.set(predictQueryCosts(manifest.costModel, query.text), row * modelCount)
    })
    return {candidates, performance, cost}
  }

  const routeBatch = async (
    queries: readonly RouterQuery[],
    context: {lambda: number},
  ): Promise<Decision[]> => {
    const scores = await scoreBatch(queries)
    return queries.map((_, row) => decideFromScores(scores, row, context.lambda, explain))
  }

  return {
    ...common,
    route: async (query, context) => {
      const [decision] = await routeBatch([query], context)
      if (!decision) throw new BugError('elorouter returned no decision for one query.')
      return decision
    },
    routeBatch,
    scoreBatch,
  }

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
