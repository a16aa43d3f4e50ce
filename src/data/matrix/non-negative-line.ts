/** A fitted line y ≈ intercept + slope × x. */
export interface FittedLine {
  readonly intercept: number
  readonly slope: number
}

/**
 * Least-squares line through (x, y) points with both coefficients kept at or above zero. Tries
 * the unconstrained fit, then the two boundary fits (through the origin, flat at the mean) and
 * keeps the feasible one with the smallest squared error. With fewer than two distinct x values
 * the line is flat at the mean of y.
 * @param xs - Inputs (non-negative).
 * @param ys - Targets (non-negative).
 * @returns The line; zero for no points.
 */
export function fitNonNegativeLine(xs: ArrayLike<number>, ys: ArrayLike<number>): FittedLine {
  const count = xs.length
  if (count === 0) return {intercept: 0, slope: 0}
  let sumX = 0
  let sumY = 0
  for (let index = 0; index < count; index++) {
    sumX += xs[index]!
    sumY += ys[index]!
  }
  const meanX = sumX / count
  const meanY = sumY / count
  let covariance = 0
  let varianceX = 0
  let sumXY = 0
  let sumXX = 0
  for (let index = 0; index < count; index++) {
    const x = xs[index]!
    const y = ys[index]!
    covariance += (x - meanX) * (y - meanY)
    varianceX += (x - meanX) * (x - meanX)
    sumXY += x * y
    sumXX += x * x
  }
  const flat: FittedLine = {intercept: Math.max(0, meanY), slope: 0}
  if (varianceX <= 0) return flat
  const slope = covariance / varianceX
  const intercept = meanY - slope * meanX
  if (slope >= 0 && intercept >= 0) return {intercept, slope}
  const throughOrigin: FittedLine = {intercept: 0, slope: Math.max(0, sumXY / sumXX)}
  const error = (line: FittedLine): number => {
    let total = 0
    for (let index = 0; index < count; index++) {
      const residual = ys[index]! - line.intercept - line.slope * xs[index]!
      total += residual * residual
    }
    return total
  }
  return error(throughOrigin) < error(flat) ? throughOrigin : flat
}
