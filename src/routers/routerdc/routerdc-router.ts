import {predictQueryCosts} from '../../data/cost-model.js'
import {BugError} from '../../errors/index.js'
import type {Artifact} from '../artifact/artifact-store.js'
import {embedRouterQueries, stackEmbeddings} from '../embed-router-queries.js'
import type {PlattCalibration} from '../mf/math/platt-calibration.js'
import {calibrateScores} from '../mf/math/platt-calibration.js'
import type {RouterRuntime} from '../router-definition.js'
import {decideFromScores} from '../scoring/pick-by-utility.js'
import type {CandidateScore, Decision, RouterQuery, RouterV1, ScoreTable} from '../spec/index.js'
import {similarityScores} from './math/similarity-scores.js'
import type {RouterDCHparam} from './routerdc-config.js'
import {routerDCHparamSchema} from './routerdc-config.js'
import {invalidArtifact, readRouterDCWeights} from './routerdc-weights.js'

const descriptions: Record<RouterDCHparam['decision'], string> = {
  utility:
    'Scores each model by its contrastive similarity to the query, calibrated to its ' +
    'performance, against cost.',
  argmax: 'Picks the model whose learned embedding is most similar to the query, ignoring cost.',
}

/**
 * Builds routerdc from its artifact. Each model's similarity s = sim(h(q), k_m) / τ is mapped
 * to predicted performance q̂ = σ(a_m·s + b_m) by the Platt scaling fitted on the validation
 * split at training time (a_m ≥ 0, so q̂ rises with s). With `decision: utility` it picks the
 * best q̂ − λ·ĉ, the cheapest on ties; with `decision: argmax` it picks the highest similarity
 * like the Python router (the first on ties) and ignores λ. Scoring runs in plain TypeScript:
 * one projection and one dot product per model.
 * @param artifact - What `trainRouterDC` stored.
 * @param runtime - The embedder for queries that arrive without an embedding.
 * @returns The router.
 */
export function createRouterDC(artifact: Artifact, runtime: RouterRuntime): RouterV1 {
  const {manifest} = artifact
  const hparam = routerDCHparamSchema.parse(manifest.hparam)
  const candidates = manifest.candidates
  const weights = readRouterDCWeights(artifact.arrays, hparam, candidates.length)
  const calibration = readCalibration(artifact, candidates.length)
  const dimension = (weights.hidden ?? weights.projection).inputs

  const rawScores = async (queries: readonly RouterQuery[]) => {
    const vectors = await embedRouterQueries('routerdc', queries, runtime.embedder, dimension)
    return similarityScores(weights, stackEmbeddings(vectors, dimension), queries.length)
  }

  const tableOf = (queries: readonly RouterQuery[], scores: Float64Array): ScoreTable => {
    const modelCount = candidates.length
    const cost = new Float64Array(queries.length * modelCount)
    queries.forEach((query, row) => {
      cost.set(predictQueryCosts(manifest.costModel, query.text), row * modelCount)
    })
    return {candidates, performance: calibrateScores(calibration, scores), cost}
  }

  const scoreQueries = async (queries: readonly RouterQuery[]): Promise<ScoreTable> =>
    tableOf(queries, await rawScores(queries))

  const routeBatch = async (
    queries: readonly RouterQuery[],
    context: {lambda: number},
  ): Promise<Decision[]> => {
    const scores = await rawScores(queries)
    const table = tableOf(queries, scores)
    return queries.map((_, row) =>
      hparam.decision === 'utility'
        ? decideFromScores(table, row, context.lambda, explainPrediction)
        : decideBySimilarity(table, scores, row),
    )
  }

  return {
    specificationVersion: 'v1',
    id: 'routerdc',
    description: descriptions[hparam.decision],
    family: 'single-round',
    capabilities: routerDCCapabilities(hparam),
    candidates,
    route: async (query, context) => {
      const [decision] = await routeBatch([query], context)
      if (!decision) throw new BugError('routerdc returned no decision for one query.')
      return decision
    },
    routeBatch,
    ...(hparam.decision === 'utility' ? {scoreBatch: scoreQueries} : {}),
  }
}

/**
 * What routerdc can do under given hyper-parameters.
 * @param hparam - Validated hyper-parameters.
 * @returns Its capabilities; it scores only with `decision: utility`.
 */
export function routerDCCapabilities(
  hparam: Pick<RouterDCHparam, 'decision'>,
): RouterV1['capabilities'] {
  return {
    trainable: true,
    scores: hparam.decision === 'utility',
    needsEmbeddings: true,
    callsLLM: false,
    routeOnly: true,
  }
}

function explainPrediction(chosen: CandidateScore): string {
  const percent = (chosen.performance * 100).toFixed(0)
  return `Dual contrastive similarity predicts ${percent}% for ${chosen.model} at $${chosen.cost.toPrecision(2)}.`
}

/** The Python rule: the highest similarity, the first on ties, whatever λ. */
function decideBySimilarity(table: ScoreTable, scores: Float64Array, row: number): Decision {
  const modelCount = table.candidates.length
  const ranked: CandidateScore[] = table.candidates.map((model, index) => ({
    model,
    performance: table.performance[row * modelCount + index] ?? 0,
    cost: table.cost[row * modelCount + index] ?? 0,
    utility: scores[row * modelCount + index] ?? Number.NEGATIVE_INFINITY,
  }))
  // A stable sort keeps candidate order among equal scores: ties go to the first.
  const ordered = [...ranked].sort((a, b) => b.utility - a.utility)
  const chosen = ordered[0]
  return {
    model: chosen?.model ?? '',
    scores: ordered,
    reason: `${chosen?.model} has the highest similarity to the query (${chosen?.utility.toFixed(3)}).`,
  }
}

function readCalibration(artifact: Artifact, modelCount: number): PlattCalibration {
  const scale = artifact.arrays['calibration.scale']
  const offset = artifact.arrays['calibration.offset']
  if (!(scale instanceof Float32Array) || !(offset instanceof Float32Array)) {
    throw invalidArtifact('its calibration is missing')
  }
  if (scale.length !== modelCount || offset.length !== modelCount) {
    throw invalidArtifact('its calibration does not match the candidates')
  }
  return {scale, offset}
}
