import type {BattleRules} from './battles.js'
import {addBinaryBattles, addQueryBattles, markBinaryQueries} from './battles.js'
import {createBradleyTerrySolver, expectedScores} from './bradley-terry.js'

/**
 * The monotone line from an expected score against the field to a predicted performance:
 * `q̂ = level + slope · (score − ½)`, clamped to [0, 1].
 */
export interface ScoreCalibration {
  readonly level: number
  readonly slope: number
}

/**
 * Fits the calibration line by least squares through each model's (global expected score, mean
 * training performance). When the fit is flat or falls, it uses the slope 2(M − 1)/M instead:
 * with 0/1 outcomes and ties as half wins, a model's empirical score against the field is
 * exactly ½ + M/(2(M − 1)) · (its mean − the field's mean), so that slope inverts it.
 * @param expected - Each model's expected score under the global ratings.
 * @param means - Each model's mean training performance.
 * @param hasOutcomes - Whether a model has any training outcome; the others are left out.
 * @returns The line.
 */
export function fitScoreCalibration(
  expected: Float64Array,
  means: readonly number[],
  hasOutcomes: readonly boolean[],
): ScoreCalibration {
  const modelCount = expected.length
  const fallbackSlope = modelCount > 1 ? (2 * (modelCount - 1)) / modelCount : 1
  let count = 0
  let sumX = 0
  let sumY = 0
  for (let model = 0; model < modelCount; model++) {
    if (!hasOutcomes[model]) continue
    count++
    sumX += expected[model]! - 0.5
    sumY += means[model]!
  }
  if (count === 0) return {level: 0, slope: fallbackSlope}
  const meanX = sumX / count
  const meanY = sumY / count
  let covariance = 0
  let variance = 0
  for (let model = 0; model < modelCount; model++) {
    if (!hasOutcomes[model]) continue
    const x = expected[model]! - 0.5 - meanX
    covariance += x * (means[model]! - meanY)
    variance += x * x
  }
  const fitted = variance > 1e-12 ? covariance / variance : 0
  const slope = fitted > 0 ? fitted : fallbackSlope
  return {level: meanY - slope * meanX, slope}
}

/**
 * Writes calibrated performance predictions from strengths.
 * @param theta - Strengths in natural log-odds.
 * @param calibration - The score-to-performance line.
 * @param level - The line's level for this query (`calibration.level`, or a local one).
 * @param into - Output, one value per model from `offset`.
 * @param offset - Where this query's values start.
 * @param scores - Scratch space for the expected scores, one per model.
 */
export function predictFromStrengths(
  theta: Float64Array,
  calibration: ScoreCalibration,
  level: number,
  into: Float32Array,
  offset: number,
  scores: Float64Array = new Float64Array(theta.length),
): void {
  expectedScores(theta, scores)
  for (let model = 0; model < theta.length; model++) {
    const predicted = level + calibration.slope * (scores[model]! - 0.5)
    into[offset + model] = Math.min(1, Math.max(0, predicted))
  }
}

/** What a query-dependent fit reads: training outcomes and the global fit it starts from. */
export interface LocalRatingTable {
  /** Training outcomes, row-major by query; NaN = missing. */
  readonly performance: Float32Array
  readonly modelCount: number
  /** Global strengths: the warm start and the centre of the prior. */
  readonly globalTheta: Float64Array
  readonly calibration: ScoreCalibration
  /** Mean over training queries of each query's mean outcome. */
  readonly fieldMean: number
  readonly rules: BattleRules
}

/** How neighbours are weighed and how hard the local fit leans on the global ratings. */
export interface LocalRatingOptions {
  /** A neighbour at cosine similarity s weighs e^((s − s_nearest) / temperature). */
  readonly temperature: number
  /** Pseudo-queries at the global ratings and the global field mean. */
  readonly priorStrength: number
  /** Newton steps at most. */
  readonly maxIterations: number
  /** Stops once no strength moves by more than this, in natural log-odds. */
  readonly tolerance: number
}

/**
 * The L2 precision worth `priorStrength` queries: a query of even battles against the other
 * M − 1 models curves each strength's log-likelihood by (M − 1)/4.
 * @param priorStrength - Pseudo-queries.
 * @param modelCount - How many models play.
 * @returns The precision on natural log-odds strengths.
 */
export function priorPrecisionFor(priorStrength: number, modelCount: number): number {
  return (priorStrength * Math.max(1, modelCount - 1)) / 4
}

/** Fits ratings to one query's neighbours and predicts each model's performance. */
export type LocalRatingEstimator = (
  rows: Int32Array,
  distances: Float32Array,
  into: Float32Array,
  offset: number,
) => void

/**
 * Creates the estimator of query-dependent ratings: battles of the nearest training queries,
 * weighted by similarity, fitted by a few Newton steps from the global ratings with an L2 prior
 * centred on them; then the calibrated expected score of each model against the field, shifted
 * by how far the neighbours' mean outcome sits from the training mean.
 * @param table - Training outcomes and the global fit.
 * @param options - Weighting, prior and stopping rule.
 * @returns The estimator; it reuses its buffers, so calls must not overlap.
 */
export function createLocalRatingEstimator(
  table: LocalRatingTable,
  options: LocalRatingOptions,
): LocalRatingEstimator {
  const {performance, modelCount, globalTheta, rules} = table
  const rowMeans = meanPerRow(performance, modelCount)
  const binary = markBinaryQueries(performance, modelCount)
  const summable = rules.battles === 'all_pairs' && rules.ties === 'half'
  const outcomeSums = new Float64Array(modelCount)
  const solver = createBradleyTerrySolver(modelCount)
  const wins = new Float64Array(modelCount * modelCount)
  const theta = new Float64Array(modelCount)
  const scores = new Float64Array(modelCount)
  const solverOptions = {
    priorPrecision: priorPrecisionFor(options.priorStrength, modelCount),
    maxIterations: options.maxIterations,
    tolerance: options.tolerance,
  }
  return (rows, distances, into, offset) => {
    wins.fill(0)
    outcomeSums.fill(0)
    let binaryWeight = 0
    let levelSum = options.priorStrength * table.fieldMean
    let weightSum = options.priorStrength
    const nearest = distances.length > 0 ? distances[0]! : 0
    for (let index = 0; index < rows.length; index++) {
      const weight = Math.exp((nearest - distances[index]!) / options.temperature)
      const row = rows[index]!
      if (summable && binary[row] === 1) {
        for (let model = 0; model < modelCount; model++) {
          outcomeSums[model]! += weight * performance[row * modelCount + model]!
        }
        binaryWeight += weight
      } else {
        addQueryBattles(performance, row, modelCount, weight, rules, wins)
      }
      const rowMean = rowMeans[row]!
      if (Number.isNaN(rowMean)) continue
      levelSum += weight * rowMean
      weightSum += weight
    }
    addBinaryBattles(outcomeSums, binaryWeight, wins)
    theta.set(globalTheta)
    solver.fit(wins, globalTheta, theta, solverOptions)
    const localField = weightSum > 0 ? levelSum / weightSum : table.fieldMean
    const level = table.calibration.level + localField - table.fieldMean
    predictFromStrengths(theta, table.calibration, level, into, offset, scores)
  }
}

/**
 * The mean outcome of each training query over the models that have one; NaN for none.
 * @param performance - Outcomes, row-major by query.
 * @param modelCount - Models per row.
 * @returns One mean per query.
 */
export function meanPerRow(performance: Float32Array, modelCount: number): Float64Array {
  const queryCount = modelCount > 0 ? performance.length / modelCount : 0
  const means = new Float64Array(queryCount)
  for (let row = 0; row < queryCount; row++) {
    let sum = 0
    let count = 0
    for (let model = 0; model < modelCount; model++) {
      const value = performance[row * modelCount + model]!
      if (Number.isNaN(value)) continue
      sum += value
      count++
    }
    means[row] = count > 0 ? sum / count : Number.NaN
  }
  return means
}
