import {UserError} from '../errors/index.js'
import type {EvaluationReport, RouterEvaluation} from './types.js'

/** Anything with a mean cost and a mean performance: router points, baselines, single models. */
export interface MeasuredPoint {
  readonly meanPerformance: number
  readonly meanCost: number
}

/** What a gate asks of a point; a point matches when it meets every bound given. */
export interface PointCriteria {
  /** Lowest acceptable mean performance (inclusive). */
  readonly minPerformance?: number
  /** Highest acceptable mean USD per query (inclusive). */
  readonly maxCost?: number
  /**
   * Which match wins: the cheapest (ties: better, then earlier) or the best performing (ties:
   * cheaper, then earlier). Defaults to `cheapest` when `minPerformance` is given, else
   * `best-performance`.
   */
  readonly prefer?: 'cheapest' | 'best-performance'
}

/**
 * Finds the index of the point of a curve that meets the criteria, as `findPoint` does.
 * @param curve - Points in any order (a router's `points`, sorted by λ).
 * @param criteria - Bounds and preference.
 * @returns The index of the winning point, or -1 when no point matches.
 */
export function findPointIndex(curve: readonly MeasuredPoint[], criteria: PointCriteria): number {
  const {minPerformance = -Infinity, maxCost = Infinity} = criteria
  const prefer =
    criteria.prefer ?? (criteria.minPerformance === undefined ? 'best-performance' : 'cheapest')
  let winner = -1
  let winnerPoint: MeasuredPoint | undefined
  curve.forEach((point, index) => {
    if (point.meanPerformance < minPerformance || point.meanCost > maxCost) return
    const better =
      winnerPoint === undefined ||
      (prefer === 'cheapest'
        ? point.meanCost < winnerPoint.meanCost ||
          (point.meanCost === winnerPoint.meanCost &&
            point.meanPerformance > winnerPoint.meanPerformance)
        : point.meanPerformance > winnerPoint.meanPerformance ||
          (point.meanPerformance === winnerPoint.meanPerformance &&
            point.meanCost < winnerPoint.meanCost))
    if (better) {
      winner = index
      winnerPoint = point
    }
  })
  return winner
}

/**
 * Finds the point of a curve a gate looks for, such as "the cheapest point performing at least
 * as well as the best single model" (`{minPerformance: bestSingle.meanPerformance}`) or "the
 * best point costing at most $0.001 per query" (`{maxCost: 0.001}`).
 * @param curve - Points in any order (a router's `points`, sorted by λ).
 * @param criteria - Bounds and preference.
 * @returns The winning point, or null when no point matches.
 */
export function findPoint<TPoint extends MeasuredPoint>(
  curve: readonly TPoint[],
  criteria: PointCriteria,
): TPoint | null {
  return curve[findPointIndex(curve, criteria)] ?? null
}

/**
 * Looks a router up in a report, by exact name or case-insensitively.
 * @param report - The report.
 * @param router - The router's name.
 * @returns The router's evaluation.
 * @throws {UserError} When the report has no such router; the message lists those it has.
 */
export function findRouterEvaluation(report: EvaluationReport, router: string): RouterEvaluation {
  const found =
    report.routers.find((evaluation) => evaluation.router === router) ??
    report.routers.find((evaluation) => evaluation.router.toLowerCase() === router.toLowerCase())
  if (found) return found
  const known = report.routers.map((evaluation) => evaluation.router).join(', ') || 'none'
  throw new UserError(`Router "${router}" isn't in this evaluation. Evaluated routers: ${known}.`, {
    code: 'ROUTER_UNKNOWN',
  })
}
