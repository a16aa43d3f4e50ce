import type {CandidateScore, Decision, ScoreTable} from '../spec/index.js'

/**
 * Picks, for one row of a score table, the candidate maximising q̂ − λ·ĉ; on a tie the cheaper
 * candidate wins, then the earlier one.
 * @param table - Predicted quality and cost, row-major by query.
 * @param row - The query's row.
 * @param lambda - Willingness to pay, in quality per USD.
 * @returns The index of the chosen candidate.
 */
export function pickByUtility(table: ScoreTable, row: number, lambda: number): number {
  const modelCount = table.candidates.length
  const offset = row * modelCount
  let best = 0
  let bestUtility = -Infinity
  let bestCost = Infinity
  for (let model = 0; model < modelCount; model++) {
    const cost = table.cost[offset + model] ?? 0
    const utility = (table.performance[offset + model] ?? 0) - lambda * cost
    // Float noise would otherwise turn equal predictions into arbitrary picks.
    const margin = 1e-9
    if (utility > bestUtility + margin || (utility > bestUtility - margin && cost < bestCost)) {
      best = model
      bestUtility = utility
      bestCost = cost
    }
  }
  return best
}

/**
 * Turns one row of a score table into a decision with every candidate's scores, best first.
 * @param table - Predicted quality and cost.
 * @param row - The query's row.
 * @param lambda - Willingness to pay.
 * @param explain - Writes the reason given the chosen score.
 * @returns The decision.
 */
export function decideFromScores(
  table: ScoreTable,
  row: number,
  lambda: number,
  explain: (chosen: CandidateScore) => string,
): Decision {
  const modelCount = table.candidates.length
  const offset = row * modelCount
  const chosen = pickByUtility(table, row, lambda)
  const scores: CandidateScore[] = table.candidates.map((model, index) => {
    const performance = table.performance[offset + index] ?? 0
    const cost = table.cost[offset + index] ?? 0
    return {model, performance, cost, utility: performance - lambda * cost}
  })
  const chosenScore = scores[chosen] ?? scores[0]
  const ordered = [...scores].sort((a, b) => b.utility - a.utility || a.cost - b.cost)
  return {
    model: table.candidates[chosen] ?? '',
    scores: ordered,
    reason: chosenScore ? explain(chosenScore) : undefined,
  }
}

/**
 * Slices a score table down to one row, for routers that score a batch and route one query.
 * @param table - The table.
 * @param row - The row to keep.
 * @returns A one-row table.
 */
export function scoreTableRow(table: ScoreTable, row: number): ScoreTable {
  const modelCount = table.candidates.length
  return {
    candidates: table.candidates,
    performance: table.performance.slice(row * modelCount, (row + 1) * modelCount),
    cost: table.cost.slice(row * modelCount, (row + 1) * modelCount),
  }
}
