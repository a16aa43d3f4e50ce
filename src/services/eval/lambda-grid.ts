import type {ScoreTable} from '../../routers/spec/index.js'

/** How many λ values a sweep tries between "quality first" and "cheapest always". */
const sweepSteps = 48

/**
 * Builds the λ sweep: 0, then a logarithmic grid scaled by the typical predicted cost, since
 * costs per query are often around $0.0001 and useful λ then run into the thousands. The grid
 * stops at the first λ where every scoring router already picks its cheapest candidate.
 * @param tables - Each scoring router's predictions on the test queries.
 * @returns Increasing λ values starting at 0.
 */
export function buildLambdaGrid(tables: readonly ScoreTable[]): number[] {
  const typicalCost = medianPositive(tables.flatMap((table) => Array.from(table.cost)))
  if (typicalCost === 0) return [0]
  const low = 1e-4 / typicalCost
  const high = 1e4 / typicalCost
  const grid = [0]
  for (let step = 0; step < sweepSteps; step++) {
    const lambda = low * (high / low) ** (step / (sweepSteps - 1))
    grid.push(lambda)
    if (tables.every((table) => picksCheapestEverywhere(table, lambda))) break
  }
  return grid
}

function picksCheapestEverywhere(table: ScoreTable, lambda: number): boolean {
  const modelCount = table.candidates.length
  const rows = table.performance.length / modelCount
  for (let row = 0; row < rows; row++) {
    let bestUtility = -Infinity
    let bestCost = Infinity
    let cheapest = Infinity
    for (let model = 0; model < modelCount; model++) {
      const cost = table.cost[row * modelCount + model] ?? 0
      const utility = (table.performance[row * modelCount + model] ?? 0) - lambda * cost
      cheapest = Math.min(cheapest, cost)
      if (utility > bestUtility) {
        bestUtility = utility
        bestCost = cost
      }
    }
    if (bestCost > cheapest) return false
  }
  return true
}

function medianPositive(values: readonly number[]): number {
  const positive = values.filter((value) => value > 0).sort((a, b) => a - b)
  return positive[Math.floor(positive.length / 2)] ?? 0
}
