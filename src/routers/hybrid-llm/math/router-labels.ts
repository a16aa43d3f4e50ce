/** How hybrid_llm labels a query from the pair's quality gap q_S − q_L. */
export type RouterMode = 'deterministic' | 'probabilistic' | 'transformed'

/** Points of the grid `transformed` searches for its shift t. */
const shiftGridPoints = 50

/** The labels of a set of queries and the shift `transformed` chose (0 for the other modes). */
export interface RouterLabels {
  /** One label in [0, 1] per gap: how much the small model counts as good enough. */
  readonly labels: Float32Array
  readonly shift: number
}

/**
 * Labels each query from its quality gap, as in Hybrid LLM (Ding et al., 2024):
 * `deterministic` y = 1[gap ≥ 0]; `probabilistic` y = σ(gap / τ); `transformed`
 * y = 1[gap ≥ −t], t from {@link balancingShift}.
 * @param gaps - q_S − q_L per query.
 * @param mode - The labelling.
 * @param tau - τ of `probabilistic`.
 * @returns The labels and the shift used.
 */
export function routerLabels(gaps: Float32Array, mode: RouterMode, tau: number): RouterLabels {
  switch (mode) {
    case 'deterministic':
      return {labels: Float32Array.from(gaps, (gap) => (gap >= 0 ? 1 : 0)), shift: 0}
    case 'probabilistic':
      return {labels: Float32Array.from(gaps, (gap) => 1 / (1 + Math.exp(-gap / tau))), shift: 0}
    case 'transformed': {
      const shift = balancingShift(gaps)
      return {labels: Float32Array.from(gaps, (gap) => (gap >= -shift ? 1 : 0)), shift}
    }
  }
}

/**
 * The shift t that makes the labels 1[gap ≥ −t] most balanced, measured by 2p(1 − p) with p
 * the share of positive labels, searched like the Python router on 50 evenly spaced values
 * from 0 to the largest |gap|; the smallest such t wins a tie.
 * @param gaps - q_S − q_L per query.
 * @returns t ≥ 0.
 */
export function balancingShift(gaps: Float32Array): number {
  let largest = 0
  for (const gap of gaps) largest = Math.max(largest, Math.abs(gap))
  // The Python router pads the range by 1e-8 so the last value labels every query positive.
  const top = largest + 1e-8
  let bestShift = 0
  let bestBalance = -1
  for (let point = 0; point < shiftGridPoints; point++) {
    const shift = (top * point) / (shiftGridPoints - 1)
    let positive = 0
    for (const gap of gaps) if (gap >= -shift) positive++
    const share = gaps.length > 0 ? positive / gaps.length : 0
    const balance = 2 * share * (1 - share)
    if (balance > bestBalance) {
      bestBalance = balance
      bestShift = shift
    }
  }
  return bestShift
}
