import {predictQueryCosts} from '../../data/cost-model.js'
import {BugError, UserError} from '../../errors/index.js'
import type {Artifact} from '../artifact/artifact-store.js'
import {embedRouterQueries, stackEmbeddings} from '../embed-router-queries.js'
import type {RouterRuntime} from '../router-definition.js'
import {decideFromScores} from '../scoring/pick-by-utility.js'
import type {CandidateScore, Decision, RouterQuery, RouterV1, ScoreTable} from '../spec/index.js'
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

  const rawScores = async (queries: readonly RouterQuery[]) => {
    const vectors = await embedRouterQueries(
      'mfrouter',
      queries,
      runtime.embedder,
      factors.dimension,
    )
    const inputs = stackEmbeddings(vectors, factors.dimension)
    return bilinearScores(factors, inputs, queries.length)
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
        : decideByScore(table, scores, row),
    )
  }

  return {
    specificationVersion: 'v1',
    id: 'mfrouter',
    description: descriptions[hparam.decision],
    family: 'single-round',
    capabilities: mfCapabilities(hparam),
    candidates,
    route: async (query, context) => {
      const [decision] = await routeBatch([query], context)
      if (!decision) throw new BugError('mfrouter returned no decision for one query.')
      return decision
    },
    routeBatch,
    ...(hparam.decision === 'utility' ? {scoreBatch: scoreQueries} : {}),
  }
}

/**
 * What mfrouter can do under given hyper-parameters.
 * @param hparam - Validated hyper-parameters.
 * @returns Its capabilities; it scores only with `decision: utility`.
 */
export function mfCapabilities(hparam: Pick<MFHparam, 'decision'>): RouterV1['capabilities'] {
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
  return `Matrix factorisation predicts ${percent}% for ${chosen.model} at $${chosen.cost.toPrecision(2)}.`
}

/** The Python rule: the highest raw score, the first on ties, whatever λ. */
function decideByScore(table: ScoreTable, scores: Float64Array, row: number): Decision {
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
    reason: `${chosen?.model} has the highest matrix-factorisation score (${chosen?.utility.toFixed(3)}).`,
  }
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
