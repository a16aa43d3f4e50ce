/**
 * The validation metric Python RouterDC checkpoints on: the mean outcome of each row's
 * highest-scoring model (the first on ties), a missing outcome counting 0.
 * @param scores - Scores row-major, `modelCount` per row.
 * @param performance - Outcomes, row-major by query; NaN = missing.
 * @param rows - The query of each score row.
 * @param modelCount - Models per row.
 * @returns The mean outcome.
 */
export function meanPickedOutcome(
  scores: Float32Array,
  performance: Float32Array,
  rows: Int32Array,
  modelCount: number,
): number {
  let total = 0
  rows.forEach((query, row) => {
    let best = 0
    for (let model = 1; model < modelCount; model++) {
      if (scores[row * modelCount + model]! > scores[row * modelCount + best]!) best = model
    }
    const outcome = performance[query * modelCount + best]!
    total += Number.isNaN(outcome) ? 0 : outcome
  })
  return total / Math.max(1, rows.length)
}
