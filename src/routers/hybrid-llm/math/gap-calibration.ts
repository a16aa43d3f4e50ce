/**
 * A non-decreasing map from the router's score to the expected quality gap q_S − q_L: knots
 * joined by straight lines, flat beyond the first and last knot.
 */
export interface GapCalibration {
  /** Knot positions on the score axis, strictly increasing. */
  readonly scores: Float32Array
  /** Expected gap at each knot, non-decreasing. */
  readonly gaps: Float32Array
}

/** Queries pooled into one step of the fitted curve. */
interface Block {
  scoreSum: number
  gapSum: number
  weight: number
}

/**
 * Fits the expected gap as a non-decreasing function of the score by isotonic regression (pool
 * adjacent violators): each pooled block becomes a knot at its mean score. A higher score means
 * the small model is more likely good enough, so the gap may only rise. Each block's mean gap is
 * then shrunk toward the mean gap of all queries as if `priorWeight` more queries at that mean
 * had joined it, and pooled again where that broke the order: a small block whose few queries
 * happen to favour the small model doesn't get to promise that it is as good as the large one.
 * @param scores - The router's score per held-out query.
 * @param gaps - The same queries' q_S − q_L.
 * @param priorWeight - Pseudo-queries at the overall mean gap added to each block; 0 for none.
 * @returns The calibration; one knot at gap 0 when there are no queries.
 */
export function fitGapCalibration(
  scores: Float32Array,
  gaps: Float32Array,
  priorWeight = 0,
): GapCalibration {
  if (scores.length === 0) return {scores: Float32Array.of(0.5), gaps: Float32Array.of(0)}
  const order = Array.from(scores, (_, index) => index).sort(
    (a, b) => scores[a]! - scores[b]! || a - b,
  )
  const blocks = poolAdjacentViolators(
    order.map((index) => ({scoreSum: scores[index]!, gapSum: gaps[index]!, weight: 1})),
  )
  let total = 0
  for (const gap of gaps) total += gap
  const overallMean = total / gaps.length
  const shrunk = blocks.map(({scoreSum, gapSum, weight}) => {
    const shrunkGap = (gapSum + priorWeight * overallMean) / (weight + priorWeight)
    const pooledWeight = weight + priorWeight
    return {
      scoreSum: (scoreSum / weight) * pooledWeight,
      gapSum: shrunkGap * pooledWeight,
      weight: pooledWeight,
    }
  })
  return knotsOf(poolAdjacentViolators(shrunk))
}

/** Pools neighbouring blocks, in score order, until their mean gaps strictly rise. */
function poolAdjacentViolators(items: readonly Block[]): Block[] {
  const blocks: Block[] = []
  for (const item of items) {
    blocks.push({...item})
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!
      const previous = blocks[blocks.length - 2]!
      if (previous.gapSum / previous.weight < last.gapSum / last.weight) break
      previous.scoreSum += last.scoreSum
      previous.gapSum += last.gapSum
      previous.weight += last.weight
      blocks.pop()
    }
  }
  return blocks
}

/** Turns pooled blocks into knots, merging blocks whose mean scores coincide. */
function knotsOf(blocks: readonly Block[]): GapCalibration {
  const knotScores: number[] = []
  const knotGaps: number[] = []
  const knotWeights: number[] = []
  for (const block of blocks) {
    const score = block.scoreSum / block.weight
    const last = knotScores.length - 1
    if (last >= 0 && Math.fround(score) <= Math.fround(knotScores[last]!)) {
      const weight = knotWeights[last]! + block.weight
      knotGaps[last] = (knotGaps[last]! * knotWeights[last]! + block.gapSum) / weight
      knotWeights[last] = weight
      continue
    }
    knotScores.push(score)
    knotGaps.push(block.gapSum / block.weight)
    knotWeights.push(block.weight)
  }
  return {scores: Float32Array.from(knotScores), gaps: Float32Array.from(knotGaps)}
}

/**
 * Reads the expected gap at a score: linear between knots, flat outside them.
 * @param calibration - The fitted knots.
 * @param score - The router's score.
 * @returns The expected q_S − q_L.
 */
export function expectedGap(calibration: GapCalibration, score: number): number {
  const {scores, gaps} = calibration
  const last = scores.length - 1
  if (score <= scores[0]!) return gaps[0]!
  if (score >= scores[last]!) return gaps[last]!
  let low = 0
  let high = last
  while (high - low > 1) {
    const middle = (low + high) >> 1
    if (scores[middle]! <= score) low = middle
    else high = middle
  }
  const span = scores[high]! - scores[low]!
  const weight = span > 0 ? (score - scores[low]!) / span : 0
  return gaps[low]! + weight * (gaps[high]! - gaps[low]!)
}

/**
 * The threshold that sends a given share of queries to the large model: the score below which
 * that share of the held-out scores falls (small when score ≥ threshold).
 * @param scores - The router's held-out scores.
 * @param largeShare - Wanted share of queries going to the large model, 0..1.
 * @returns The threshold; above every score when the share rounds to all, 0 when to none.
 */
export function thresholdForLargeShare(scores: Float32Array, largeShare: number): number {
  if (scores.length === 0 || largeShare <= 0) return 0
  const sorted = Float32Array.from(scores).sort()
  const count = Math.round(largeShare * sorted.length)
  if (count >= sorted.length) return sorted[sorted.length - 1]! + 1
  if (count === 0) return 0
  // Halfway between the last score sent to the large model and the first one kept small.
  return (sorted[count - 1]! + sorted[count]!) / 2
}
