import {UserError} from '../../errors/index.js'
import type {Artifact} from '../artifact/artifact-store.js'
import {embedRouterQueries, stackEmbeddings} from '../embed-router-queries.js'
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
import type {MFHparam} from './mf-config.js'
import {mfHparamSchema} from './mf-config.js'
import type {BilinearFactors} from './math/bilinear-scores.js'
import {bilinearScores} from './math/bilinear-scores.js'
import type {PlattCalibration} from './math/platt-calibration.js'
import {calibrateScores} from './math/platt-calibration.js'

const descriptions: Record<MFHparam['decision'], string> = {
  utility:
    'Scores each model by matrix factorisation, calibrated to its performance, against cost.',
  argmax: 'Picks the model with the highest matrix-factorisation score, ignoring cost.',
}

/**
 * Builds mfrouter from its artifact. Each model's bilinear score s = ⟨P_m, Wᵀe_q⟩ + bias_m is
 * mapped to predicted performance q̂ = σ(a_m·s + b_m) by the Platt scaling fitted at training
 * time (one a, b for all models by default, or per model with `calibration: per_model`;
 * a_m ≥ 0, so q̂ rises with s). With `decision: utility` it picks the best
 * q̂ − λ·ĉ, the cheapest on ties; with `decision: argmax` it picks the highest raw score like the
 * Python router (the first on ties) and ignores λ. Scoring runs in plain TypeScript.
 * @param artifact - What `trainMFRouter` stored.
 * @param runtime - The embedder for queries that arrive without an embedding.
 * @returns The router.
 */
export function createMFRouter(artifact: Artifact, runtime: RouterRuntime): RouterV1 {
  const {manifest} = artifact
  const hparam = mfHparamSchema.parse(manifest.hparam)
  const {factors, calibration} = readFactors(artifact, hparam)
  const candidates = manifest.candidates

  const score = async (queries: readonly RouterQuery[]): Promise<ScoredBatch> => {
    const vectors = await embedRouterQueries(
      'mfrouter',
      queries,
      runtime.embedder,
      factors.dimension,
    )
    const inputs = stackEmbeddings(vectors, factors.dimension)
    const raw = bilinearScores(factors, inputs, queries.length)
    const cost = predictCostTable(manifest.costModel, queries, candidates.length)
    return {table: {candidates, performance: calibrateScores(calibration, raw), cost}, raw}
  }

  return createScoringRouter({
    id: 'mfrouter',
    description: descriptions[hparam.decision],
    capabilities: mfCapabilities(hparam),
    candidates,
    score,
    decide: (batch, row, lambda) =>
      hparam.decision === 'utility'
        ? decideFromScores(batch.table, row, lambda, explainPrediction)
        : decideByTopScore(batch, row, explainTopScore),
  })
}

/**
 * What mfrouter can do under given hyper-parameters.
 * @param hparam - Validated hyper-parameters.
 * @returns Its capabilities; it scores only with `decision: utility`.
 */
export function mfCapabilities(hparam: Pick<MFHparam, 'decision'>): RouterV1['capabilities'] {
  return learnedRouterCapabilities({scores: hparam.decision === 'utility'})
}

function explainPrediction(chosen: CandidateScore): string {
  const percent = (chosen.performance * 100).toFixed(0)
  return `Matrix factorisation predicts ${percent}% for ${chosen.model} at $${chosen.cost.toPrecision(2)}.`
}

function explainTopScore(chosen: CandidateScore): string {
  return `${chosen.model} has the highest matrix-factorisation score (${chosen.utility.toFixed(3)}).`
}

function readFactors(
  artifact: Artifact,
  hparam: MFHparam,
): {factors: BilinearFactors; calibration: PlattCalibration} {
  const {arrays, manifest} = artifact
  const modelCount = manifest.candidates.length
  const latentDim = hparam.latent_dim
  const {projection, modelEmbeddings, bias} = arrays
  const scale = arrays['calibration.scale']
  const offset = arrays['calibration.offset']
  if (
    !(projection instanceof Float32Array) ||
    !(modelEmbeddings instanceof Float32Array) ||
    !(bias instanceof Float32Array) ||
    !(scale instanceof Float32Array) ||
    !(offset instanceof Float32Array)
  ) {
    throw invalidArtifact('its factors or calibration are missing')
  }
  const dimension = projection.length / latentDim
  if (
    !Number.isInteger(dimension) ||
    modelEmbeddings.length !== modelCount * latentDim ||
    bias.length !== modelCount ||
    scale.length !== modelCount ||
    offset.length !== modelCount
  ) {
    throw invalidArtifact('its factors do not match latent_dim and the candidates')
  }
  return {
    factors: {projection, modelEmbeddings, bias, dimension, latentDim, modelCount},
    calibration: {scale, offset},
  }
}

function invalidArtifact(reason: string): UserError {
  return new UserError(`The mfrouter artifact is unusable: ${reason}.`, {
    code: 'ARTIFACT_INVALID',
    suggestions: ['Train it again with `llmrouter train --router mfrouter`.'],
  })
}
