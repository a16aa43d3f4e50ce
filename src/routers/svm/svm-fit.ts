import {createSeededRandom, deriveSeed, randomPermutation} from '../../ml/math/seeded-random.js'
import type {PlattCalibration} from '../mf/math/platt-calibration.js'
import {fitPlattCalibration} from '../mf/math/platt-calibration.js'
import type {LinearProblem, LinearSolution, LinearSolverOptions} from './math/linear-svm.js'
import {solveLinearSVC, solveLinearSVR} from './math/linear-svm.js'
import type {ClassPair} from './math/one-vs-one.js'
import type {FeatureMatrix} from './math/svm-problems.js'
import {
  linearDecisionValues,
  pairProblem,
  regressionProblem,
  successProblem,
} from './math/svm-problems.js'
import type {SVMHparam} from './svm-config.js'

/** Linear weights per output (bias last) and how the solves went. */
export interface FittedOutputs {
  readonly weights: Float64Array[]
  /** Passes of the slowest solve. */
  readonly iterations: number
  /** Solves that hit `max_iter` before meeting `tol`. */
  readonly unconverged: number
}

/** What `fitScoringOutputs` learns: one linear SVM per model and its Platt scaling. */
export interface FittedScoring extends FittedOutputs {
  readonly calibration: PlattCalibration
}

/** The outcomes and settings one training run fits. */
export interface ScoringData {
  readonly matrix: FeatureMatrix
  /** Outcomes, row-major by query; NaN = missing. */
  readonly performance: Float32Array
  readonly modelCount: number
  readonly hparam: SVMHparam
  readonly seed: number
}

/**
 * Fits one SVM per model (a success classifier or a performance regression, by `estimator`)
 * and maps its decision values to probabilities by Platt scaling fitted on out-of-fold values:
 * the queries are split into `calibration_folds` seeded folds, each fold scored by SVMs fitted
 * on the others, as scikit-learn's `probability=True` does; the SVMs kept are then fitted on
 * every query.
 * @param data - Features, outcomes and settings.
 * @returns Weights per model and the calibration.
 */
export function fitScoringOutputs(data: ScoringData): FittedScoring {
  const {matrix, performance, modelCount, hparam} = data
  const queryCount = Math.floor(matrix.features.length / matrix.width)
  const problemOf = (model: number, queries: Int32Array): LinearProblem =>
    (hparam.estimator === 'svc' ? successProblem : regressionProblem)(
      matrix,
      performance,
      modelCount,
      model,
      queries,
    )
  const solve = hparam.estimator === 'svc' ? solveLinearSVC : solveLinearSVR
  const folds = assignFolds(queryCount, hparam.calibration_folds, deriveSeed(data.seed, 1))
  const outOfFold = new Float64Array(queryCount * modelCount)
  const tally = createTally()
  folds.forEach((held, fold) => {
    const kept = complementOf(held, queryCount)
    for (let model = 0; model < modelCount; model++) {
      const solution = solve(problemOf(model, kept), solverOptions(hparam, data.seed, fold, model))
      tally.add(solution)
      const values = linearDecisionValues(matrix, solution.weights, held)
      held.forEach((query, index) => {
        outOfFold[query * modelCount + model] = values[index] ?? 0
      })
    }
  })
  const everyQuery = Int32Array.from({length: queryCount}, (_, query) => query)
  const weights: Float64Array[] = []
  for (let model = 0; model < modelCount; model++) {
    const options = solverOptions(hparam, data.seed, folds.length, model)
    weights.push(tally.add(solve(problemOf(model, everyQuery), options)).weights)
  }
  const calibration = fitPlattCalibration(outOfFold, performance, modelCount)
  return {weights, calibration, ...tally.summary()}
}

/**
 * Fits scikit-learn's multi-class scheme on each query's best model: one SVC per pair of
 * classes, on the queries whose best model is one of the two.
 * @param data - Features and settings (the outcomes are not read).
 * @param labels - Each query's best model, -1 when it has none.
 * @param pairs - The pairs of classes.
 * @returns Weights per pair.
 */
export function fitPairOutputs(
  data: Omit<ScoringData, 'performance'>,
  labels: Int32Array,
  pairs: readonly ClassPair[],
): FittedOutputs {
  const tally = createTally()
  const weights = pairs.map(
    ([first, second], index) =>
      tally.add(
        solveLinearSVC(
          pairProblem(data.matrix, labels, first, second),
          solverOptions(data.hparam, data.seed, 0, index),
        ),
      ).weights,
  )
  return {weights, ...tally.summary()}
}

function solverOptions(
  hparam: SVMHparam,
  seed: number,
  fold: number,
  output: number,
): LinearSolverOptions {
  return {
    C: hparam.C,
    loss: hparam.loss,
    tol: hparam.tol,
    maxIterations: hparam.max_iter,
    epsilon: hparam.epsilon,
    seed: deriveSeed(seed, 2, fold, output),
  }
}

/** Splits the queries into `count` seeded folds of near-equal size, each sorted. */
function assignFolds(queryCount: number, count: number, seed: number): Int32Array[] {
  const order = randomPermutation(queryCount, createSeededRandom(seed))
  const folds = Math.min(count, queryCount)
  return Array.from({length: folds}, (_, fold) =>
    order.filter((_, position) => position % folds === fold).sort(),
  )
}

function complementOf(held: Int32Array, queryCount: number): Int32Array {
  const isHeld = new Uint8Array(queryCount)
  for (const query of held) isHeld[query] = 1
  const kept = new Int32Array(queryCount - held.length)
  let next = 0
  for (let query = 0; query < queryCount; query++) if (!isHeld[query]) kept[next++] = query
  return kept
}

function createTally(): {
  add: (solution: LinearSolution) => LinearSolution
  summary: () => {iterations: number; unconverged: number}
} {
  let iterations = 0
  let unconverged = 0
  return {
    add(solution) {
      iterations = Math.max(iterations, solution.iterations)
      if (!solution.converged) unconverged++
      return solution
    },
    summary: () => ({iterations, unconverged}),
  }
}
