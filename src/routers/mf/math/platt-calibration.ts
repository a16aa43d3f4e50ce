/** Per-model Platt scaling: q̂ = σ(scale_m · s + offset_m), with scale_m ≥ 0. */
export interface PlattCalibration {
  readonly scale: Float32Array
  readonly offset: Float32Array
}

const ridge = 1e-3
const iterations = 50

/**
 * Fits one Platt scaling per model by Newton's method on the cross-entropy between σ(a·s + b)
 * and the recorded (0/1 or fractional) outcomes, with a small ridge on a and b so separable
 * data stays finite. A negative slope is replaced by a = 0 with b the logit of the model's mean
 * outcome, so q̂ never decreases as the score grows. A model with no recorded outcome gets
 * a = 0, b = 0 (q̂ = 0.5).
 * @param scores - Scores row-major by query, `modelCount` per row.
 * @param outcomes - The same queries' outcomes in the same layout; NaN = missing.
 * @param modelCount - Models per row.
 * @returns The fitted scale and offset per model.
 */
export function fitPlattCalibration(
  scores: Float64Array,
  outcomes: Float32Array,
  modelCount: number,
): PlattCalibration {
  const scale = new Float32Array(modelCount)
  const offset = new Float32Array(modelCount)
  const rows = Math.floor(scores.length / modelCount)
  for (let model = 0; model < modelCount; model++) {
    const xs: number[] = []
    const ys: number[] = []
    for (let row = 0; row < rows; row++) {
      const y = outcomes[row * modelCount + model]!
      if (Number.isNaN(y)) continue
      xs.push(scores[row * modelCount + model]!)
      ys.push(y)
    }
    if (xs.length === 0) continue
    const [a, b] = newtonPlatt(xs, ys)
    if (a >= 0) {
      scale[model] = a
      offset[model] = b
    } else {
      const mean = ys.reduce((sum, y) => sum + y, 0) / ys.length
      const clipped = Math.min(Math.max(mean, 1e-3), 1 - 1e-3)
      offset[model] = Math.log(clipped / (1 - clipped))
    }
  }
  return {scale, offset}
}

/**
 * Applies the calibration to raw scores.
 * @param calibration - Fitted scale and offset per model.
 * @param scores - Scores row-major by query.
 * @returns q̂ in the same layout.
 */
export function calibrateScores(calibration: PlattCalibration, scores: Float64Array): Float32Array {
  const modelCount = calibration.scale.length
  return Float32Array.from(scores, (score, cell) => {
    const model = cell % modelCount
    return sigmoid(calibration.scale[model]! * score + calibration.offset[model]!)
  })
}

function newtonPlatt(xs: readonly number[], ys: readonly number[]): [number, number] {
  let a = 1
  let b = 0
  let current = plattObjective(xs, ys, a, b)
  for (let step = 0; step < iterations; step++) {
    let gradientA = ridge * a
    let gradientB = ridge * b
    let hAA = ridge
    let hAB = 0
    let hBB = ridge
    for (let index = 0; index < xs.length; index++) {
      const x = xs[index]!
      const p = sigmoid(a * x + b)
      const error = p - ys[index]!
      const weight = Math.max(p * (1 - p), 1e-9)
      gradientA += error * x
      gradientB += error
      hAA += weight * x * x
      hAB += weight * x
      hBB += weight
    }
    const determinant = hAA * hBB - hAB * hAB
    if (!(determinant > 0)) break
    const deltaA = (hBB * gradientA - hAB * gradientB) / determinant
    const deltaB = (hAA * gradientB - hAB * gradientA) / determinant
    // Halve the Newton step until the objective falls: a full step can overshoot when σ saturates.
    let fraction = 1
    let next = plattObjective(xs, ys, a - deltaA, b - deltaB)
    while (next > current && fraction > 1e-6) {
      fraction /= 2
      next = plattObjective(xs, ys, a - fraction * deltaA, b - fraction * deltaB)
    }
    if (next > current) break
    a -= fraction * deltaA
    b -= fraction * deltaB
    const improvement = current - next
    current = next
    if (improvement < 1e-12) break
  }
  return [a, b]
}

/** Cross-entropy of σ(a·x + b) against y, plus the ridge; log(1 + e^z) is computed stably. */
function plattObjective(
  xs: readonly number[],
  ys: readonly number[],
  a: number,
  b: number,
): number {
  let total = (ridge * (a * a + b * b)) / 2
  for (let index = 0; index < xs.length; index++) {
    const z = a * xs[index]! + b
    total += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - ys[index]! * z
  }
  return total
}

function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value))
}

/**
 * Fits one Platt scaling to every model's cells pooled, so all models share a and b and q̂
 * ranks the models exactly as the raw scores do.
 * @param scores - Scores row-major by query, `modelCount` per row.
 * @param outcomes - The same queries' outcomes in the same layout; NaN = missing.
 * @param modelCount - Models per row.
 * @returns The same scale and offset for every model.
 */
export function fitGlobalCalibration(
  scores: Float64Array,
  outcomes: Float32Array,
  modelCount: number,
): PlattCalibration {
  const pooled = fitPlattCalibration(scores, outcomes, 1)
  return {
    scale: new Float32Array(modelCount).fill(pooled.scale[0]!),
    offset: new Float32Array(modelCount).fill(pooled.offset[0]!),
  }
}

/**
 * Fits the calibration of scores on some training queries: their recorded outcomes are read
 * from the training matrix, and `global` fits one (a, b) for every model while `per_model` fits
 * one per model.
 * @param kind - `global` or `per_model`.
 * @param scores - The queries' scores, row-major, `modelCount` per row.
 * @param performance - The whole training matrix's outcomes, row-major; NaN = missing.
 * @param rows - Which training queries the scores belong to, in order.
 * @param modelCount - Models per query.
 * @returns The calibration.
 */
export function fitCalibrationOnRows(
  kind: 'global' | 'per_model',
  scores: Float64Array,
  performance: Float32Array,
  rows: Int32Array,
  modelCount: number,
): PlattCalibration {
  const outcomes = new Float32Array(rows.length * modelCount)
  rows.forEach((query, row) => {
    outcomes.set(
      performance.subarray(query * modelCount, (query + 1) * modelCount),
      row * modelCount,
    )
  })
  const fit = kind === 'global' ? fitGlobalCalibration : fitPlattCalibration
  return fit(scores, outcomes, modelCount)
}
