import type {Artifact} from '../artifact/artifact-store.js'
import {embedRouterQueries, stackEmbeddings} from '../embed-router-queries.js'
import type {PlattCalibration} from '../mf/math/platt-calibration.js'
import {calibrateScores} from '../mf/math/platt-calibration.js'
import type {RouterRuntime} from '../router-definition.js'
import {decideFromScores} from '../scoring/pick-by-utility.js'
import type {ScoredBatch} from '../scoring/scoring-router.js'
import {
  createScoringRouter,
  learnedRouterCapabilities,
  decideByTopScore,
  predictCostTable,
} from '../scoring/scoring-router.js'
import type {CandidateScore, RouterQuery, RouterV1} from '../spec/index.js'
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

  const score = async (queries: readonly RouterQuery[]): Promise<ScoredBatch> => {
    const vectors = await embedRouterQueries('routerdc', queries, runtime.embedder, dimension)
    const raw = similarityScores(weights, stackEmbeddings(vectors, dimension), queries.length)
    const cost = predictCostTable(manifest.costModel, queries, candidates.length)
    return {table: {candidates, performance: calibrateScores(calibration, raw), cost}, raw}
  }

  return createScoringRouter({
    id: 'routerdc',
    description: descriptions[hparam.decision],
    capabilities: routerDCCapabilities(hparam),
    candidates,
    score,
    decide: (batch, row, lambda) =>
      hparam.decision === 'utility'
        ? decideFromScores(batch.table, row, lambda, explainPrediction)
        : decideByTopScore(batch, row, explainTopSimilarity),
  })
}

/**
 * What routerdc can do under given hyper-parameters.
 * @param hparam - Validated hyper-parameters.
 * @returns Its capabilities; it scores only with `decision: utility`.
 */
export function routerDCCapabilities(
  hparam: Pick<RouterDCHparam, 'decision'>,
): RouterV1['capabilities'] {
  return learnedRouterCapabilities({scores: hparam.decision === 'utility'})
}

function explainPrediction(chosen: CandidateScore): string {
  const percent = (chosen.performance * 100).toFixed(0)
  return `Dual contrastive similarity predicts ${percent}% for ${chosen.model} at $${chosen.cost.toPrecision(2)}.`
}

function explainTopSimilarity(chosen: CandidateScore): string {
  return `${chosen.model} has the highest similarity to the query (${chosen.utility.toFixed(3)}).`
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
