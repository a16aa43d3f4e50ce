import type {Artifact} from '../artifact/artifact-store.js'
import {embedRouterQueries, stackEmbeddings} from '../embed-router-queries.js'
import {scoreEmbeddings} from '../mlp/mlp-batch-forward.js'
import type {RouterRuntime} from '../router-definition.js'
import {pickByUtility} from '../scoring/pick-by-utility.js'
import type {ScoredBatch} from '../scoring/scoring-router.js'
import {
  createScoringRouter,
  learnedRouterCapabilities,
  predictCostTable,
} from '../scoring/scoring-router.js'
import type {CandidateScore, Decision, RouterQuery, RouterV1, ScoreTable} from '../spec/index.js'
import type {HybridLLMHparam} from './hybrid-llm-config.js'
import {hybridLLMHparamSchema} from './hybrid-llm-config.js'
import type {DenseNetwork} from '../mlp/math/dense-network.js'
import type {GapCalibration} from './math/gap-calibration.js'
import {expectedGap} from './math/gap-calibration.js'
import {invalidArtifact, readRegressorNetwork} from './regressor-network.js'

const descriptions: Record<HybridLLMHparam['decision'], string> = {
  utility: 'Predicts the quality gap of a small/large pair and trades it against their costs.',
  threshold: 'Sends a query to the small model when its score reaches the threshold, ignoring λ.',
}

/** The pair and the figures a route reads from the artifact state. */
interface PairState {
  readonly small: number
  readonly large: number
  readonly largeMean: number
  readonly threshold: number
}

/**
 * Builds hybrid_llm from its artifact. The regressor scores how likely the small model is good
 * enough for a query; the calibration turns that score s into an expected gap g(s) = E[q_S − q_L],
 * so the large model is predicted its training mean q̂_L and the small one q̂_S = q̂_L + g(s),
 * both clipped to [0, 1]. With `anchor_to_threshold` (the default) g is shifted to cross 0 at the
 * threshold, so at λ = 0 the pick is the Python rule's and λ > 0 trades from there. The other
 * candidates get no prediction (NaN) and are never picked.
 * With `decision: utility` it picks the better q̂ − λ·ĉ of the two, the cheaper on ties, so one
 * artifact serves every λ; with `decision: threshold` it sends the query to the small model when
 * s reaches the (possibly calibrated) threshold, like the Python router, whatever λ.
 * @param artifact - What `trainHybridLLMRouter` stored.
 * @param runtime - The embedder for queries that arrive without an embedding.
 * @returns The router.
 */
export function createHybridLLMRouter(artifact: Artifact, runtime: RouterRuntime): RouterV1 {
  const {manifest} = artifact
  const hparam = hybridLLMHparamSchema.parse(manifest.hparam)
  const networks = readRegressorNetworks(artifact, hparam)
  const calibration = readCalibration(artifact)
  const candidates = manifest.candidates
  const pair = readPairState(manifest.state, candidates)
  const dimension = networks[0]?.layers[0]?.inputs ?? 0
  const predictGap = createGapPredictor(calibration, pair.threshold, hparam.anchor_to_threshold)

  const score = async (queries: readonly RouterQuery[]): Promise<ScoredBatch<Float32Array>> => {
    const vectors = await embedRouterQueries('hybrid_llm', queries, runtime.embedder, dimension)
    const scores = await averageScore(networks, stackEmbeddings(vectors, dimension), queries.length)
    const modelCount = candidates.length
    const performance = new Float32Array(queries.length * modelCount).fill(Number.NaN)
    const cost = predictCostTable(manifest.costModel, queries, modelCount)
    queries.forEach((_, row) => {
      const offset = row * modelCount
      const gap = predictGap(scores[row] ?? 0)
      performance[offset + pair.large] = clip(pair.largeMean)
      performance[offset + pair.small] = clip(pair.largeMean + gap)
    })
    return {table: {candidates, performance, cost}, raw: scores}
  }

  const decideRow = (batch: ScoredBatch<Float32Array>, row: number, lambda: number): Decision => {
    const score = batch.raw[row] ?? 0
    if (hparam.decision === 'threshold') {
      const chosen = score >= pair.threshold ? pair.small : pair.large
      return decide(batch.table, row, lambda, chosen, thresholdReason(score, pair.threshold))
    }
    const chosen = pickByUtility(batch.table, row, lambda)
    return decide(batch.table, row, lambda, chosen, utilityReason(score))
  }

  const decide = (
    table: ScoreTable,
    row: number,
    lambda: number,
    chosen: number,
    explain: (small: CandidateScore, large: CandidateScore, chosen: CandidateScore) => string,
  ): Decision => {
    const modelCount = candidates.length
    const scoreOf = (index: number): CandidateScore => {
      const performance = table.performance[row * modelCount + index] ?? 0
      const cost = table.cost[row * modelCount + index] ?? 0
      return {
        model: candidates[index] ?? '',
        performance,
        cost,
        utility: performance - lambda * cost,
      }
    }
    const small = scoreOf(pair.small)
    const large = scoreOf(pair.large)
    const [first, second] = chosen === pair.small ? [small, large] : [large, small]
    return {
      model: candidates[chosen] ?? '',
      scores: [first, second],
      reason: explain(small, large, first),
    }
  }

  return createScoringRouter({
    id: 'hybrid_llm',
    description: descriptions[hparam.decision],
    capabilities: hybridLLMCapabilities(hparam),
    candidates,
    score,
    decide: decideRow,
  })
}

/**
 * What hybrid_llm can do under given hyper-parameters.
 * @param hparam - Validated hyper-parameters.
 * @returns Its capabilities; it scores only with `decision: utility`.
 */
export function hybridLLMCapabilities(
  hparam: Pick<HybridLLMHparam, 'decision'>,
): RouterV1['capabilities'] {
  return learnedRouterCapabilities({scores: hparam.decision === 'utility'})
}

function utilityReason(score: number) {
  return (small: CandidateScore, large: CandidateScore, chosen: CandidateScore): string => {
    const percent = (value: number): string => `${(value * 100).toFixed(0)}%`
    return (
      `Score ${score.toFixed(2)} predicts ${percent(small.performance)} for ${small.model} ` +
      `($${small.cost.toPrecision(2)}) and ${percent(large.performance)} for ${large.model} ` +
      `($${large.cost.toPrecision(2)}): ${chosen.model} has the better utility.`
    )
  }
}

function thresholdReason(score: number, threshold: number) {
  return (small: CandidateScore, large: CandidateScore): string =>
    score >= threshold
      ? `Score ${score.toFixed(2)} reaches the threshold ${threshold.toFixed(2)}: ${small.model}.`
      : `Score ${score.toFixed(2)} is below the threshold ${threshold.toFixed(2)}: ${large.model}.`
}

/**
 * The regressors' mean score per query: the cross-fitted ensemble's score. Limitation: the gap
 * calibration was fitted on single regressors' held-out scores, and a mean of several is a
 * little less extreme, so the predicted gap of a query far from the middle is slightly muted.
 */
async function averageScore(
  networks: readonly DenseNetwork[],
  inputs: Float32Array,
  rowCount: number,
): Promise<Float32Array> {
  const total = new Float32Array(rowCount)
  for (const network of networks) {
    const scores = await scoreEmbeddings(network, inputs, rowCount)
    scores.forEach((score, row) => {
      total[row] = (total[row] ?? 0) + score / networks.length
    })
  }
  return total
}

function readRegressorNetworks(artifact: Artifact, hparam: HybridLLMHparam): DenseNetwork[] {
  const count = Number(artifact.manifest.state.networkCount)
  if (!Number.isInteger(count) || count < 1) throw invalidArtifact('its regressor count is missing')
  return Array.from({length: count}, (_, fold) =>
    readRegressorNetwork(artifact.arrays, artifact.manifest.state.shapes, hparam, `fold${fold}.`),
  )
}

/** Slope added to the anchored gap so it rises strictly, even where the calibration is flat. */
const anchorSlope = 1e-4

/**
 * Maps a score to the predicted gap q̂_S − q̂_L. Anchored, it is g(s) − g(t) + 1e-4·(s − t) for
 * the threshold t: non-decreasing like g, and ≥ 0 exactly when s ≥ t, so λ = 0 picks as the
 * threshold rule does; unanchored, it is the calibration g(s) itself.
 */
function createGapPredictor(
  calibration: GapCalibration,
  threshold: number,
  anchored: boolean,
): (score: number) => number {
  if (!anchored) return (score) => expectedGap(calibration, score)
  const atThreshold = expectedGap(calibration, threshold)
  return (score) =>
    expectedGap(calibration, score) - atThreshold + anchorSlope * (score - threshold)
}

function clip(value: number): number {
  return Math.min(Math.max(value, 0), 1)
}

function readCalibration(artifact: Artifact): GapCalibration {
  const scores = artifact.arrays['calibration.scores']
  const gaps = artifact.arrays['calibration.gaps']
  if (
    !(scores instanceof Float32Array) ||
    !(gaps instanceof Float32Array) ||
    scores.length === 0 ||
    scores.length !== gaps.length
  ) {
    throw invalidArtifact('its gap calibration is missing or has the wrong shape')
  }
  return {scores, gaps}
}

function readPairState(
  state: Readonly<Record<string, unknown>>,
  candidates: readonly string[],
): PairState {
  const pair = state.pair as {small?: unknown; large?: unknown} | undefined
  const small = candidates.indexOf(String(pair?.small))
  const large = candidates.indexOf(String(pair?.large))
  const largeMean = Number(state.largeMeanPerformance)
  const threshold = Number(state.threshold)
  if (small < 0 || large < 0 || small === large) {
    throw invalidArtifact('its small/large pair is missing or not among its candidates')
  }
  if (!Number.isFinite(largeMean) || !Number.isFinite(threshold)) {
    throw invalidArtifact('its large model mean or threshold is missing')
  }
  return {small, large, largeMean, threshold}
}
