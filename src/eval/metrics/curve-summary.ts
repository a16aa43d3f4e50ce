import type {CurveSummary, HullVertex} from '../types.js'
import {
  averagePerformanceOverCost,
  costAtPerformance,
  performanceAtCost,
  upperHullIndices,
} from './hull.js'
import type {CostQualityPoint} from './hull.js'

/**
 * Reads the curve figures: the hull of the points, the hull of the points with every single
 * model (AIQ's hull), AIQ over the single models' cost range, and the comparison with the best
 * single model read off the points' own hull.
 * @param points - The curve's points, labelled with where they come from.
 * @param singleModels - One vertex per single model.
 * @param bestSingle - The best single model's test cost and performance.
 * @returns The summary.
 */
export function summariseCurve(
  points: readonly HullVertex[],
  singleModels: readonly HullVertex[],
  bestSingle: CostQualityPoint,
): CurveSummary {
  const hull = upperHullIndices(points).map((index) => points[index]!)
  const withSingles = [...points, ...singleModels]
  const aiqHull = upperHullIndices(withSingles).map((index) => withSingles[index]!)
  const singleCosts = singleModels.map((vertex) => vertex.cost)
  const aiq = averagePerformanceOverCost(
    aiqHull,
    Math.min(...singleCosts),
    Math.max(...singleCosts),
  )
  const performanceThere = performanceAtCost(hull, bestSingle.cost)
  const costThere = costAtPerformance(hull, bestSingle.performance)
  return {
    hull,
    aiqHull,
    aiq,
    gainAtBestSingleCost:
      performanceThere === null ? null : performanceThere - bestSingle.performance,
    costSavedAtBestSingleQuality:
      costThere === null || bestSingle.cost <= 0 ? null : 1 - costThere / bestSingle.cost,
  }
}
