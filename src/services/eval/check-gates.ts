import type {EvaluationReport, RouterEvaluation, RouterPoint} from '../../eval/types.js'

/** Thresholds a CI job sets on `llmrouter eval`; every one given must hold at one λ. */
export interface EvaluationGates {
  /** Lowest acceptable mean performance. */
  readonly minPerformance?: number
  /** Highest acceptable mean cost per query, in USD. */
  readonly maxCost?: number
  /** Lowest acceptable mean performance as a share of the best single model's. */
  readonly minPerformanceVsBest?: number
  /** Highest acceptable mean cost as a share of the best single model's. */
  readonly maxCostVsBest?: number
}

/** One router that no λ got through the gates. */
export interface GateFailure {
  readonly router: string
  /** One line: what was asked, and the closest the router came. */
  readonly reason: string
}

/**
 * Checks every evaluated router against the gates: a router passes when at least one of its λ
 * points meets all of them together, since a deployment runs at one λ.
 * @param report - The evaluation report.
 * @param gates - The thresholds; absent ones don't constrain.
 * @returns The routers that failed, empty when all passed or no gate was set.
 */
export function checkGates(report: EvaluationReport, gates: EvaluationGates): GateFailure[] {
  const limits = absoluteLimits(report, gates)
  if (limits.minPerformance === -Infinity && limits.maxCost === Infinity) return []
  return report.routers.flatMap((router) => {
    const passing = router.points.some(
      (point) => point.meanPerformance >= limits.minPerformance && point.meanCost <= limits.maxCost,
    )
    return passing ? [] : [{router: router.router, reason: describeFailure(router, limits)}]
  })
}

function absoluteLimits(
  report: EvaluationReport,
  gates: EvaluationGates,
): {minPerformance: number; maxCost: number} {
  const best = report.baselines.bestSingle
  const performanceFloors = [
    gates.minPerformance,
    gates.minPerformanceVsBest === undefined
      ? undefined
      : gates.minPerformanceVsBest * best.meanPerformance,
  ].filter((value): value is number => value !== undefined)
  const costCeilings = [
    gates.maxCost,
    gates.maxCostVsBest === undefined ? undefined : gates.maxCostVsBest * best.meanCost,
  ].filter((value): value is number => value !== undefined)
  return {
    minPerformance: Math.max(-Infinity, ...performanceFloors),
    maxCost: Math.min(Infinity, ...costCeilings),
  }
}

function describeFailure(
  router: RouterEvaluation,
  limits: {minPerformance: number; maxCost: number},
): string {
  const asked = [
    limits.minPerformance > -Infinity ? `performance ≥ ${limits.minPerformance.toFixed(4)}` : '',
    limits.maxCost < Infinity ? `cost ≤ $${limits.maxCost.toPrecision(3)}/query` : '',
  ]
    .filter(Boolean)
    .join(' at ')
  const affordable = router.points.filter((point) => point.meanCost <= limits.maxCost)
  const closest =
    affordable.length > 0
      ? `its best within the cost limit is ${describePoint(bestOf(affordable))}`
      : `its cheapest point is ${describePoint(cheapestOf(router.points))}`
  return `${router.router} has no λ with ${asked}; ${closest}.`
}

function describePoint(point: RouterPoint | undefined): string {
  if (!point) return 'missing'
  const cost = point.meanCost.toPrecision(3)
  return `${point.meanPerformance.toFixed(4)} at $${cost}/query (λ = ${point.lambda.toPrecision(3)})`
}

function cheapestOf(points: readonly RouterPoint[]): RouterPoint | undefined {
  return [...points].sort((a, b) => a.meanCost - b.meanCost)[0]
}

function bestOf(points: readonly RouterPoint[]): RouterPoint | undefined {
  return [...points].sort(
    (a, b) => b.meanPerformance - a.meanPerformance || a.meanCost - b.meanCost,
  )[0]
}
