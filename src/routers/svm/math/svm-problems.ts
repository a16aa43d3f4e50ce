import type {LinearProblem} from './linear-svm.js'

/** The feature matrix every problem of one training run shares. */
export interface FeatureMatrix {
  /** Row-major, one row per training query; the last column is the bias feature. */
  readonly features: Float32Array
  readonly width: number
}

/**
 * One model's classification problem: did it do well on each query? A 0/1 outcome is one
 * example; a fractional outcome p is two, a success weighing p and a failure weighing 1 − p, so
 * the expected hinge loss is what is minimised. Missing outcomes are left out.
 * @param matrix - Shared features.
 * @param performance - Outcomes, row-major by query; NaN = missing.
 * @param modelCount - Models per row.
 * @param model - The model.
 * @param queries - The queries to learn from.
 * @returns The problem.
 */
export function successProblem(
  matrix: FeatureMatrix,
  performance: Float32Array,
  modelCount: number,
  model: number,
  queries: Int32Array,
): LinearProblem {
  const rows: number[] = []
  const targets: number[] = []
  const weights: number[] = []
  const add = (query: number, target: number, weight: number): void => {
    if (weight <= 0) return
    rows.push(query)
    targets.push(target)
    weights.push(weight)
  }
  for (const query of queries) {
    const outcome = performance[query * modelCount + model]!
    if (Number.isNaN(outcome)) continue
    const success = Math.min(Math.max(outcome, 0), 1)
    add(query, 1, success)
    add(query, -1, 1 - success)
  }
  return toProblem(matrix, rows, targets, weights)
}

/**
 * One model's regression problem: its performance on each query, missing outcomes left out.
 * @param matrix - Shared features.
 * @param performance - Outcomes, row-major by query; NaN = missing.
 * @param modelCount - Models per row.
 * @param model - The model.
 * @param queries - The queries to learn from.
 * @returns The problem.
 */
export function regressionProblem(
  matrix: FeatureMatrix,
  performance: Float32Array,
  modelCount: number,
  model: number,
  queries: Int32Array,
): LinearProblem {
  const rows: number[] = []
  const targets: number[] = []
  for (const query of queries) {
    const outcome = performance[query * modelCount + model]!
    if (Number.isNaN(outcome)) continue
    rows.push(query)
    targets.push(outcome)
  }
  return toProblem(matrix, rows, targets, new Array<number>(rows.length).fill(1))
}

/**
 * The one-vs-one problem of two classes: queries whose best model is `first` are +1, those
 * whose best model is `second` are −1, as each of scikit-learn's pairwise SVCs sees them.
 * @param matrix - Shared features.
 * @param labels - Each query's best model, -1 when it has none.
 * @param first - The positive class.
 * @param second - The negative class.
 * @returns The problem.
 */
export function pairProblem(
  matrix: FeatureMatrix,
  labels: Int32Array,
  first: number,
  second: number,
): LinearProblem {
  const rows: number[] = []
  const targets: number[] = []
  labels.forEach((label, query) => {
    if (label !== first && label !== second) return
    rows.push(query)
    targets.push(label === first ? 1 : -1)
  })
  return toProblem(matrix, rows, targets, new Array<number>(rows.length).fill(1))
}

function toProblem(
  matrix: FeatureMatrix,
  rows: readonly number[],
  targets: readonly number[],
  weights: readonly number[],
): LinearProblem {
  return {
    features: matrix.features,
    width: matrix.width,
    rows: Int32Array.from(rows),
    targets: Float64Array.from(targets),
    weights: Float64Array.from(weights),
  }
}

/**
 * The linear decision value w·x of each given query.
 * @param matrix - Shared features.
 * @param weights - Weights, bias last.
 * @param queries - The queries.
 * @returns One value per query, in order.
 */
export function linearDecisionValues(
  matrix: FeatureMatrix,
  weights: Float64Array,
  queries: Int32Array,
): Float64Array {
  const {features, width} = matrix
  return Float64Array.from(queries, (query) => {
    const offset = query * width
    let total = 0
    for (let index = 0; index < width; index++) total += weights[index]! * features[offset + index]!
    return total
  })
}
