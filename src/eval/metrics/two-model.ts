import type {TwoModelMetrics} from '../types.js'

/** A router point seen from a two-model dataset. */
export interface StrongSharePoint {
  /** Share of queries sent to the strong model. */
  readonly strongShare: number
  readonly performance: number
}

/**
 * Computes RouteLLM's APGR and CPT for one router. PGR(p) = (p − weak) / (strong − weak). The
 * router's points are joined by the anchors (0, weak) and (1, strong); at equal share the best
 * performance is kept; PGR is linear between points. APGR is the trapezoid area under PGR over
 * the strong share from 0 to 1. CPT(x) is the smallest share at which that curve reaches x.
 * @param points - The router's points.
 * @param weakPerformance - Test performance of always calling the weak model.
 * @param strongPerformance - Test performance of always calling the strong model.
 * @returns The metrics; figures are null when the strong model isn't better on test.
 */
export function measureTwoModelRouter(
  points: readonly StrongSharePoint[],
  weakPerformance: number,
  strongPerformance: number,
): TwoModelMetrics {
  const gap = strongPerformance - weakPerformance
  if (!(gap > 0)) return {apgr: null, cpt50: null, cpt80: null, curve: []}
  const anchored = [
    {strongShare: 0, performance: weakPerformance},
    ...points,
    {strongShare: 1, performance: strongPerformance},
  ].sort((left, right) => left.strongShare - right.strongShare)
  const curve: {strongShare: number; pgr: number}[] = []
  for (const point of anchored) {
    const pgr = (point.performance - weakPerformance) / gap
    const last = curve[curve.length - 1]
    if (last && last.strongShare === point.strongShare) last.pgr = Math.max(last.pgr, pgr)
    else curve.push({strongShare: point.strongShare, pgr})
  }
  let apgr = 0
  for (let index = 1; index < curve.length; index += 1) {
    const left = curve[index - 1]!
    const right = curve[index]!
    apgr += ((left.pgr + right.pgr) / 2) * (right.strongShare - left.strongShare)
  }
  return {
    apgr,
    cpt50: callsToReach(curve, 0.5),
    cpt80: callsToReach(curve, 0.8),
    curve,
  }
}

function callsToReach(
  curve: readonly {strongShare: number; pgr: number}[],
  target: number,
): number | null {
  if (curve.length > 0 && curve[0]!.pgr >= target) return curve[0]!.strongShare
  for (let index = 1; index < curve.length; index += 1) {
    const left = curve[index - 1]!
    const right = curve[index]!
    if (right.pgr >= target) {
      const fraction = (target - left.pgr) / (right.pgr - left.pgr)
      return left.strongShare + fraction * (right.strongShare - left.strongShare)
    }
  }
  return null
}
