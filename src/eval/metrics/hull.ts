/** A point of a cost–quality plane: mean USD per query and mean performance. */
export interface CostQualityPoint {
  readonly cost: number
  readonly performance: number
}

function compareCheapestThenBest(points: readonly CostQualityPoint[], left: number, right: number) {
  const a = points[left]!
  const b = points[right]!
  return a.cost - b.cost || b.performance - a.performance || left - right
}

/**
 * Finds the points no other point dominates (at most the cost and at least the performance, and
 * strictly better in one of the two); identical points are all kept.
 * @param points - The points, in any order.
 * @returns Their indices, cheapest first (best first on equal cost, then by index).
 */
export function paretoFrontIndices(points: readonly CostQualityPoint[]): number[] {
  const order = points.map((_, index) => index)
  order.sort((left, right) => compareCheapestThenBest(points, left, right))
  const front: number[] = []
  let bestCheaper = -Infinity
  let start = 0
  while (start < order.length) {
    const groupCost = points[order[start]!]!.cost
    const groupBest = points[order[start]!]!.performance
    let end = start
    while (end < order.length && points[order[end]!]!.cost === groupCost) {
      const index = order[end]!
      if (groupBest > bestCheaper && points[index]!.performance === groupBest) front.push(index)
      end += 1
    }
    bestCheaper = Math.max(bestCheaper, groupBest)
    start = end
  }
  return front
}

/**
 * Computes the upper-left convex hull: the Pareto front with every vertex that lies on or under
 * the chord of its neighbours removed, so performance rises and slopes fall from left to right.
 * @param points - The points, in any order.
 * @returns Indices of the hull vertices, cheapest first.
 */
export function upperHullIndices(points: readonly CostQualityPoint[]): number[] {
  const hull: number[] = []
  let previous: CostQualityPoint | undefined
  for (const index of paretoFrontIndices(points)) {
    const point = points[index]!
    if (previous && previous.cost === point.cost && previous.performance === point.performance) {
      continue
    }
    previous = point
    while (hull.length >= 2) {
      const a = points[hull[hull.length - 2]!]!
      const b = points[hull[hull.length - 1]!]!
      const rise = (b.cost - a.cost) * (point.performance - a.performance)
      const run = (b.performance - a.performance) * (point.cost - a.cost)
      // Relative tolerance, so points collinear up to rounding count as on the chord.
      if (rise - run < -1e-12 * (Math.abs(rise) + Math.abs(run))) break
      hull.pop()
    }
    hull.push(index)
  }
  return hull
}

/**
 * Reads the performance a hull reaches at a budget: linear between vertices, flat after the last
 * (spending more is never required), undefined below the cheapest vertex.
 * @param hull - Hull vertices, cheapest first, as `upperHullIndices` orders them.
 * @param cost - The budget, mean USD per query.
 * @returns The performance, or null when the budget is below the hull's cheapest vertex.
 */
export function performanceAtCost(hull: readonly CostQualityPoint[], cost: number): number | null {
  if (hull.length === 0 || cost < hull[0]!.cost) return null
  for (let index = 1; index < hull.length; index += 1) {
    const right = hull[index]!
    if (cost <= right.cost) {
      const left = hull[index - 1]!
      const fraction = (cost - left.cost) / (right.cost - left.cost)
      return left.performance + fraction * (right.performance - left.performance)
    }
  }
  return hull[hull.length - 1]!.performance
}

/**
 * Reads the cheapest cost at which a hull reaches a performance, linear between vertices.
 * @param hull - Hull vertices, cheapest first, as `upperHullIndices` orders them.
 * @param performance - The performance to reach.
 * @returns Mean USD per query, or null when no vertex reaches the performance.
 */
export function costAtPerformance(
  hull: readonly CostQualityPoint[],
  performance: number,
): number | null {
  if (hull.length === 0 || performance > hull[hull.length - 1]!.performance) return null
  if (performance <= hull[0]!.performance) return hull[0]!.cost
  for (let index = 1; index < hull.length; index += 1) {
    const right = hull[index]!
    if (performance <= right.performance) {
      const left = hull[index - 1]!
      const fraction = (performance - left.performance) / (right.performance - left.performance)
      return left.cost + fraction * (right.cost - left.cost)
    }
  }
  return null
}

/**
 * Averages a hull's performance over a cost range: the area under the piecewise-linear,
 * non-decreasing hull curve between `low` and `high`, divided by `high − low`. When the range is
 * empty the value at `low` is returned, the limit of that average.
 * @param hull - Hull vertices, cheapest first; the first must cost at most `low`.
 * @param low - Start of the cost range.
 * @param high - End of the cost range, ≥ `low`.
 * @returns The average performance over the range.
 */
export function averagePerformanceOverCost(
  hull: readonly CostQualityPoint[],
  low: number,
  high: number,
): number {
  const atLow = performanceAtCost(hull, low) ?? 0
  if (high <= low) return atLow
  let area = 0
  let cursorCost = low
  let cursorPerformance = atLow
  for (const vertex of hull) {
    if (vertex.cost <= cursorCost) continue
    const nextCost = Math.min(vertex.cost, high)
    const nextPerformance = performanceAtCost(hull, nextCost) ?? cursorPerformance
    area += ((cursorPerformance + nextPerformance) / 2) * (nextCost - cursorCost)
    cursorCost = nextCost
    cursorPerformance = nextPerformance
    if (cursorCost >= high) break
  }
  // Past the last vertex the curve stays flat at the hull's best performance.
  if (cursorCost < high) area += cursorPerformance * (high - cursorCost)
  return area / (high - low)
}
