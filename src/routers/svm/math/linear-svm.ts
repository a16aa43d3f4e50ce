import {createSeededRandom} from '../../../ml/math/seeded-random.js'

/**
 * A linear SVM problem over rows of a shared feature matrix.
 * Limitation: the bias is the weight of a constant feature, so it is regularised with the rest
 * (LIBLINEAR's way) where libsvm leaves it free; with few or unbalanced examples the boundary
 * sits slightly closer to the larger class than scikit-learn's SVC would put it.
 */
export interface LinearProblem {
  /** Row-major features; the last column is the constant bias feature. */
  readonly features: Float32Array
  /** Columns per feature row. */
  readonly width: number
  /** The feature rows taking part, one per example; a row may appear twice (soft labels). */
  readonly rows: Int32Array
  /** Per example: the class, ±1, for classification; the target value for regression. */
  readonly targets: Float64Array
  /** Per example: a multiplier of C, so an example can count for part of one. */
  readonly weights: Float64Array
}

/** Settings shared by the two solvers. */
export interface LinearSolverOptions {
  /** Penalty of the loss against the L2 norm of the weights, as scikit-learn's C. */
  readonly C: number
  /** `hinge` (SVC's own, L1-loss) or `squared_hinge` (L2-loss, smoother, converges sooner). */
  readonly loss: 'hinge' | 'squared_hinge'
  /** Stop once the largest violation of the optimality conditions falls below this. */
  readonly tol: number
  /** Most passes over the examples. */
  readonly maxIterations: number
  /** Seed of the visiting order. */
  readonly seed: number
  /** Half-width of the tube inside which regression errors cost nothing. */
  readonly epsilon?: number
}

/** Weights of a fitted linear SVM (bias last) and how the solver ended. */
export interface LinearSolution {
  readonly weights: Float64Array
  readonly iterations: number
  readonly converged: boolean
}

/**
 * Fits an L2-regularised linear support-vector classifier by dual coordinate descent (Hsieh et
 * al., 2008, the LIBLINEAR solver): each step solves exactly for one example's dual variable,
 * α_i ∈ [0, C·weight_i] for the hinge loss, or α_i ≥ 0 with a 1 / (2C·weight_i) diagonal for
 * the squared hinge, and keeps w = Σ α_i y_i x_i up to date.
 * @param problem - Examples and their classes (±1).
 * @param options - C, loss, stopping rule and seed.
 * @returns The weights.
 */
export function solveLinearSVC(
  problem: LinearProblem,
  options: LinearSolverOptions,
): LinearSolution {
  const {features, width, rows, targets} = problem
  const count = rows.length
  const {upper, diagonal} = dualBounds(problem, options)
  const curvature = rowCurvature(problem, diagonal)
  const alpha = new Float64Array(count)
  const weights = new Float64Array(width)
  const active = createActiveSet(count, options.seed)
  // Shrinking, as LIBLINEAR does: a variable stuck at a bound whose gradient pushes it further
  // out than any violation seen in the last pass leaves the active set until the end.
  let previousLargest = Number.POSITIVE_INFINITY
  let previousSmallest = Number.NEGATIVE_INFINITY
  for (let iteration = 1; iteration <= options.maxIterations; iteration++) {
    let largest = Number.NEGATIVE_INFINITY
    let smallest = Number.POSITIVE_INFINITY
    active.shuffle()
    for (let position = 0; position < active.size; position++) {
      const example = active.order[position]!
      const offset = rows[example]! * width
      const label = targets[example]!
      const current = alpha[example]!
      const bound = upper[example]!
      const gradient =
        label * dot(weights, features, offset, width) - 1 + diagonal[example]! * current
      let projected = gradient
      if (current === 0) {
        if (gradient > previousLargest) {
          active.remove(position--)
          continue
        }
        projected = Math.min(gradient, 0)
      } else if (current >= bound) {
        if (gradient < previousSmallest) {
          active.remove(position--)
          continue
        }
        projected = Math.max(gradient, 0)
      }
      largest = Math.max(largest, projected)
      smallest = Math.min(smallest, projected)
      if (Math.abs(projected) < 1e-12) continue
      const next = Math.min(Math.max(current - gradient / curvature[example]!, 0), bound)
      addScaled(weights, features, offset, width, (next - current) * label)
      alpha[example] = next
    }
    if (active.size === 0 || largest - smallest <= options.tol) {
      if (active.size === count) return {weights, iterations: iteration, converged: true}
      // Converged on the shrunk set: check every variable once more before stopping.
      active.restore()
      previousLargest = Number.POSITIVE_INFINITY
      previousSmallest = Number.NEGATIVE_INFINITY
      continue
    }
    previousLargest = largest > 0 ? largest : Number.POSITIVE_INFINITY
    previousSmallest = smallest < 0 ? smallest : Number.NEGATIVE_INFINITY
  }
  return {weights, iterations: options.maxIterations, converged: false}
}

/**
 * Fits an L2-regularised linear ε-insensitive support-vector regression by dual coordinate
 * descent (Ho and Lin, 2012, as in LIBLINEAR): one β_i per example with w = Σ β_i x_i,
 * |β_i| ≤ C·weight_i for the ε-insensitive loss, or unbounded with a 1 / (2C·weight_i) ridge
 * for its square.
 * @param problem - Examples and their target values.
 * @param options - C, ε, loss, stopping rule and seed.
 * @returns The weights.
 */
export function solveLinearSVR(
  problem: LinearProblem,
  options: LinearSolverOptions,
): LinearSolution {
  const {features, width, rows, targets} = problem
  const count = rows.length
  const epsilon = options.epsilon ?? 0.1
  const {upper, diagonal} = dualBounds(problem, options)
  const curvature = rowCurvature(problem, diagonal)
  const beta = new Float64Array(count)
  const weights = new Float64Array(width)
  const active = createActiveSet(count, options.seed)
  let previousLargest = Number.POSITIVE_INFINITY
  for (let iteration = 1; iteration <= options.maxIterations; iteration++) {
    let largestViolation = 0
    active.shuffle()
    for (let position = 0; position < active.size; position++) {
      const example = active.order[position]!
      const offset = rows[example]! * width
      const current = beta[example]!
      const gradient =
        dot(weights, features, offset, width) - targets[example]! + diagonal[example]! * current
      const bound = upper[example]!
      if (isSettled(current, gradient, epsilon, bound, previousLargest)) {
        active.remove(position--)
        continue
      }
      largestViolation = Math.max(
        largestViolation,
        regressionViolation(current, gradient, epsilon, bound),
      )
      const hessian = curvature[example]!
      const above = gradient + epsilon
      const below = gradient - epsilon
      // The one-variable problem ½h·d² + g·d + ε|β + d| is solved in closed form.
      let step = -current
      if (above < hessian * current) step = -above / hessian
      else if (below > hessian * current) step = -below / hessian
      const next = Math.min(Math.max(current + step, -bound), bound)
      if (Math.abs(next - current) < 1e-12) continue
      addScaled(weights, features, offset, width, next - current)
      beta[example] = next
    }
    if (largestViolation <= options.tol) {
      if (active.size === count) return {weights, iterations: iteration, converged: true}
      active.restore()
      previousLargest = Number.POSITIVE_INFINITY
      continue
    }
    previousLargest = largestViolation
  }
  return {weights, iterations: options.maxIterations, converged: false}
}

/** Whether a regression variable sits at a bound (or zero) with room to spare: LIBLINEAR's
 * shrinking test. */
function isSettled(
  current: number,
  gradient: number,
  epsilon: number,
  bound: number,
  previousLargest: number,
): boolean {
  const above = gradient + epsilon
  const below = gradient - epsilon
  if (current === 0) return above > previousLargest && below < -previousLargest
  if (current >= bound) return above < -previousLargest
  if (current <= -bound) return below > previousLargest
  return false
}

/** The examples still being optimised, visited in a fresh seeded order each pass. */
interface ActiveSet {
  readonly order: Int32Array
  readonly size: number
  shuffle(): void
  /** Drops the example at this position (it swaps with the last active one). */
  remove(position: number): void
  restore(): void
}

function createActiveSet(count: number, seed: number): ActiveSet {
  const order = Int32Array.from({length: count}, (_, index) => index)
  const random = createSeededRandom(seed)
  let size = count
  return {
    order,
    get size() {
      return size
    },
    shuffle() {
      for (let index = size - 1; index > 0; index--) {
        const other = random.nextInteger(index + 1)
        const held = order[index]!
        order[index] = order[other]!
        order[other] = held
      }
    },
    remove(position) {
      size--
      const held = order[position]!
      order[position] = order[size]!
      order[size] = held
    },
    restore() {
      size = count
    },
  }
}

function regressionViolation(
  current: number,
  gradient: number,
  epsilon: number,
  bound: number,
): number {
  const above = gradient + epsilon
  const below = gradient - epsilon
  if (current === 0) return above < 0 ? -above : below > 0 ? below : 0
  if (current >= bound) return above > 0 ? above : 0
  if (current <= -bound) return below < 0 ? -below : 0
  return current > 0 ? Math.abs(above) : Math.abs(below)
}

/** The box of each dual variable and the diagonal the squared losses add. */
function dualBounds(
  problem: LinearProblem,
  options: LinearSolverOptions,
): {upper: Float64Array; diagonal: Float64Array} {
  const count = problem.rows.length
  const upper = new Float64Array(count)
  const diagonal = new Float64Array(count)
  for (let example = 0; example < count; example++) {
    const penalty = options.C * problem.weights[example]!
    if (options.loss === 'hinge') {
      upper[example] = penalty
    } else {
      upper[example] = Number.POSITIVE_INFINITY
      diagonal[example] = 1 / (2 * penalty)
    }
  }
  return {upper, diagonal}
}

/** ‖x_i‖² plus the loss's diagonal: the second derivative along each dual variable. */
function rowCurvature(problem: LinearProblem, diagonal: Float64Array): Float64Array {
  const {features, width, rows} = problem
  return Float64Array.from(rows, (row, example) => {
    const offset = row * width
    let total = diagonal[example]!
    for (let index = 0; index < width; index++) total += features[offset + index]! ** 2
    return total
  })
}

function dot(weights: Float64Array, features: Float32Array, offset: number, width: number): number {
  let total = 0
  for (let index = 0; index < width; index++) total += weights[index]! * features[offset + index]!
  return total
}

function addScaled(
  weights: Float64Array,
  features: Float32Array,
  offset: number,
  width: number,
  scale: number,
): void {
  for (let index = 0; index < width; index++) weights[index]! += scale * features[offset + index]!
}
