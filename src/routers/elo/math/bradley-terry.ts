/**
 * Settings of one maximum-a-posteriori Bradley–Terry fit. Strengths θ are natural log-odds:
 * P(i beats j) = 1 / (1 + e^(θj − θi)).
 */
export interface BradleyTerryOptions {
  /** Strength of the Gaussian (L2) prior around `priorCenter`: (precision / 2)·Σ(θ − θ₀)². */
  readonly priorPrecision: number
  /** Newton steps at most. */
  readonly maxIterations: number
  /** Stops once no strength moves by more than this in a step. */
  readonly tolerance: number
}

/** How a fit ended. */
export interface BradleyTerryReport {
  readonly iterations: number
  readonly converged: boolean
}

/** Fits strengths from a win table; reuses its buffers, so one solver serves many fits. */
export interface BradleyTerrySolver {
  /**
   * Maximises Σ wins·log P(win) − (precision / 2)·Σ(θ − θ₀)² by damped Newton steps.
   * @param wins - `modelCount²` weighted wins, `wins[i * modelCount + j]` of i over j.
   * @param priorCenter - θ₀, one per model.
   * @param theta - The starting strengths; overwritten with the fit.
   * @param options - Prior and stopping rule.
   * @returns How many steps it took and whether it met the tolerance.
   */
  fit(
    wins: Float64Array,
    priorCenter: Float64Array,
    theta: Float64Array,
    options: BradleyTerryOptions,
  ): BradleyTerryReport
}

/**
 * Creates a Newton solver for Bradley–Terry strengths over `modelCount` models. The prior makes
 * the objective strictly concave, so the fit is unique and an unbeaten model stays finite; with
 * every prior centre equal, the mean strength stays at that centre.
 * @param modelCount - How many models play.
 * @returns The solver.
 */
export function createBradleyTerrySolver(modelCount: number): BradleyTerrySolver {
  // Steps up to this long (in log-odds) are taken whole.
  const shortStep = 0.25
  const size = modelCount
  const gradient = new Float64Array(size)
  const curvature = new Float64Array(size * size)
  const step = new Float64Array(size)
  const trial = new Float64Array(size)

  const objective = (
    wins: Float64Array,
    center: Float64Array,
    strengths: Float64Array,
    precision: number,
  ): number => {
    let total = 0
    for (let i = 0; i < size; i++) {
      const offset = strengths[i]! - center[i]!
      total -= (precision / 2) * offset * offset
      for (let j = i + 1; j < size; j++) {
        const forward = wins[i * size + j]!
        const backward = wins[j * size + i]!
        if (forward === 0 && backward === 0) continue
        const difference = strengths[i]! - strengths[j]!
        total += forward * logSigmoid(difference) + backward * logSigmoid(-difference)
      }
    }
    return total
  }

  const assemble = (
    wins: Float64Array,
    center: Float64Array,
    strengths: Float64Array,
    precision: number,
  ): void => {
    curvature.fill(0)
    for (let i = 0; i < size; i++) {
      gradient[i] = -precision * (strengths[i]! - center[i]!)
      curvature[i * size + i] = precision
    }
    for (let i = 0; i < size; i++) {
      for (let j = i + 1; j < size; j++) {
        const forward = wins[i * size + j]!
        const backward = wins[j * size + i]!
        const games = forward + backward
        if (games === 0) continue
        const chance = sigmoid(strengths[i]! - strengths[j]!)
        const surplus = forward - games * chance
        gradient[i]! += surplus
        gradient[j]! -= surplus
        const weight = games * chance * (1 - chance)
        curvature[i * size + i]! += weight
        curvature[j * size + j]! += weight
        curvature[i * size + j]! -= weight
        curvature[j * size + i]! -= weight
      }
    }
  }

  const climb = (
    wins: Float64Array,
    center: Float64Array,
    theta: Float64Array,
    precision: number,
    longest: number,
  ): void => {
    const start = objective(wins, center, theta, precision)
    let fraction = 1
    for (let halvings = 0; halvings < 30; halvings++) {
      for (let model = 0; model < size; model++) {
        trial[model] = theta[model]! + fraction * step[model]!
      }
      if (fraction * longest <= shortStep) return
      if (objective(wins, center, trial, precision) >= start) return
      fraction /= 2
    }
  }

  return {
    fit(wins, priorCenter, theta, options) {
      const precision = options.priorPrecision
      for (let iteration = 1; iteration <= options.maxIterations; iteration++) {
        assemble(wins, priorCenter, theta, precision)
        if (!solveCholesky(curvature, gradient, step, size)) {
          return {iterations: iteration, converged: false}
        }
        let longest = 0
        for (let model = 0; model < size; model++) {
          longest = Math.max(longest, Math.abs(step[model]!))
        }
        // A long Newton step can overshoot, so it halves until it climbs; a short one is inside
        // the quadratic region, where comparing objectives would only compare rounding noise.
        if (longest > shortStep) climb(wins, priorCenter, theta, precision, longest)
        else for (let model = 0; model < size; model++) trial[model] = theta[model]! + step[model]!
        let largestMove = 0
        for (let model = 0; model < size; model++) {
          largestMove = Math.max(largestMove, Math.abs(trial[model]! - theta[model]!))
          theta[model] = trial[model]!
        }
        if (largestMove <= options.tolerance) return {iterations: iteration, converged: true}
      }
      return {iterations: options.maxIterations, converged: false}
    },
  }
}

/**
 * Each model's expected score against the rest of the field: the mean over the other models of
 * its chance to beat them. The scores of a field always average ½.
 * @param theta - Strengths in natural log-odds.
 * @param into - One score per model.
 */
export function expectedScores(theta: Float64Array, into: Float64Array): void {
  const size = theta.length
  if (size === 1) {
    into[0] = 0.5
    return
  }
  into.fill(0)
  for (let i = 0; i < size; i++) {
    for (let j = i + 1; j < size; j++) {
      const chance = sigmoid(theta[i]! - theta[j]!)
      into[i]! += chance
      into[j]! += 1 - chance
    }
  }
  for (let i = 0; i < size; i++) into[i]! /= size - 1
}

/** How Elo points map to strengths: `rating = initial + scale · log_base(e^θ)`. */
export interface EloScale {
  readonly scale: number
  readonly base: number
  readonly initial: number
}

/**
 * Converts natural log-odds strengths to Elo ratings.
 * @param theta - Strengths.
 * @param elo - Scale, base and initial rating.
 * @returns One rating per model.
 */
export function strengthsToRatings(theta: Float64Array, elo: EloScale): number[] {
  const pointsPerNat = elo.scale / Math.log(elo.base)
  return Array.from(theta, (strength) => elo.initial + pointsPerNat * strength)
}

/**
 * Converts Elo ratings back to natural log-odds strengths.
 * @param ratings - One rating per model.
 * @param elo - Scale, base and initial rating.
 * @returns The strengths.
 */
export function ratingsToStrengths(ratings: readonly number[], elo: EloScale): Float64Array {
  const natsPerPoint = Math.log(elo.base) / elo.scale
  return Float64Array.from(ratings, (rating) => (rating - elo.initial) * natsPerPoint)
}

function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x))
}

function logSigmoid(x: number): number {
  return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x))
}

/** Solves A·x = b for a symmetric positive-definite A, factorising A in place. */
function solveCholesky(
  matrix: Float64Array,
  right: Float64Array,
  into: Float64Array,
  size: number,
): boolean {
  for (let column = 0; column < size; column++) {
    let diagonal = matrix[column * size + column]!
    for (let k = 0; k < column; k++) diagonal -= matrix[column * size + k]! ** 2
    if (!(diagonal > 0)) return false
    const root = Math.sqrt(diagonal)
    matrix[column * size + column] = root
    for (let row = column + 1; row < size; row++) {
      let value = matrix[row * size + column]!
      for (let k = 0; k < column; k++) value -= matrix[row * size + k]! * matrix[column * size + k]!
      matrix[row * size + column] = value / root
    }
  }
  for (let row = 0; row < size; row++) {
    let value = right[row]!
    for (let k = 0; k < row; k++) value -= matrix[row * size + k]! * into[k]!
    into[row] = value / matrix[row * size + row]!
  }
  for (let row = size - 1; row >= 0; row--) {
    let value = into[row]!
    for (let k = row + 1; k < size; k++) value -= matrix[k * size + row]! * into[k]!
    into[row] = value / matrix[row * size + row]!
  }
  return true
}
