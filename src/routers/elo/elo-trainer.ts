import {requireTrainingEmbeddings, stackEmbeddings} from '../embed-router-queries.js'
import {meanPerformanceByModel} from '../fixed/fixed-choice-router.js'
import {buildHNSWBytes, chooseTrainingIndex} from '../training-index.js'
import type {RouterTrainingInput, RouterTrainingResult} from '../router-definition.js'
import type {EloHparam} from './elo-config.js'
import {eloHparamSchema} from './elo-config.js'
import {countBattles} from './math/battles.js'
import {createBradleyTerrySolver, expectedScores, strengthsToRatings} from './math/bradley-terry.js'
import {fitScoreCalibration, meanPerRow, priorPrecisionFor} from './math/rating-estimates.js'

/**
 * Trains elorouter. Every training query stages battles between the models (by default every
 * pair with different outcomes, the better one winning, ties as half a win each), and the
 * global Elo ratings are their Bradley–Terry maximum-likelihood fit under a small L2 prior
 * around `init_rating`. A least-squares line from each model's expected score against the
 * field to its mean training performance turns ratings into predicted performance. Similarity
 * mode also stores the training embeddings and outcomes, to refit per query.
 * @param input - Training split, embeddings and hyper-parameters.
 * @returns State and arrays for the artifact.
 */
export function trainEloRouter(input: RouterTrainingInput): Promise<RouterTrainingResult> {
  // The executor turns a thrown problem into a rejection.
  return new Promise((resolve) => resolve(fitEloRouter(input)))
}

function fitEloRouter(input: RouterTrainingInput): RouterTrainingResult {
  const hparam = eloHparamSchema.parse(input.hparam)
  const {matrix, embeddings} = input
  const modelCount = matrix.models.length
  const wins = countBattles(matrix.performance, modelCount, hparam)
  const theta = new Float64Array(modelCount)
  const fit = createBradleyTerrySolver(modelCount).fit(wins, new Float64Array(modelCount), theta, {
    priorPrecision: priorPrecisionFor(hparam.prior_strength, modelCount),
    maxIterations: hparam.max_iterations,
    tolerance: toleranceInStrength(hparam),
  })
  const scores = new Float64Array(modelCount)
  expectedScores(theta, scores)
  const modelMeans = meanPerformanceByModel(matrix)
  const calibration = fitScoreCalibration(scores, modelMeans, modelsWithOutcomes(matrix))
  const state = {
    ratings: strengthsToRatings(theta, eloScaleOf(hparam)),
    calibration,
    fieldMean: fieldMeanOf(matrix.performance, modelCount),
    modelMeans,
    hparam,
  }
  const metrics = {
    trainingQueries: matrix.queries.length,
    battles: wins.reduce((total, count) => total + count, 0),
    globalIterations: fit.iterations,
    globalConverged: fit.converged ? 1 : 0,
  }
  if (hparam.mode === 'global') return {state, arrays: {}, metrics}
  const checked = requireTrainingEmbeddings('elorouter', embeddings, matrix.queries.length)
  const {dimension} = checked
  const stacked = stackEmbeddings(checked.embeddings, dimension)
  const indexKind = chooseTrainingIndex(hparam.index, matrix.queries.length)
  return {
    state: {...state, index: indexKind},
    arrays: {
      embeddings: stacked,
      performance: matrix.performance,
      ...(indexKind === 'usearch' ? {hnsw: buildHNSWBytes(stacked, dimension)} : {}),
    },
    metrics,
  }
}

/**
 * The Elo constants of a config, as the rating conversions take them.
 * @param hparam - Validated hyper-parameters.
 * @returns Scale, base and initial rating.
 */
export function eloScaleOf(hparam: EloHparam): {scale: number; base: number; initial: number} {
  return {scale: hparam.scale, base: hparam.base, initial: hparam.init_rating}
}

/**
 * The stopping tolerance, given in Elo points, in the solver's natural log-odds.
 * @param hparam - Validated hyper-parameters.
 * @returns The tolerance on strengths.
 */
export function toleranceInStrength(hparam: EloHparam): number {
  return (hparam.tolerance * Math.log(hparam.base)) / hparam.scale
}

function modelsWithOutcomes(matrix: RouterTrainingInput['matrix']): boolean[] {
  const modelCount = matrix.models.length
  const seen = Array.from({length: modelCount}, () => false)
  matrix.performance.forEach((value, cell) => {
    if (!Number.isNaN(value)) seen[cell % modelCount] = true
  })
  return seen
}

function fieldMeanOf(performance: Float32Array, modelCount: number): number {
  let sum = 0
  let count = 0
  for (const mean of meanPerRow(performance, modelCount)) {
    if (Number.isNaN(mean)) continue
    sum += mean
    count++
  }
  return count > 0 ? sum / count : 0
}
