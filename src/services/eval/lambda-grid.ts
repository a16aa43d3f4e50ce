import {pickByUtility} from '../../routers/scoring/pick-by-utility.js'
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

/** A router's picks at one λ. */
export interface SweepPoint {
  readonly lambda: number
  readonly choices: Int32Array
}

/** A gap between neighbouring points wider than this share of the curve's cost span is split. */
const widestCostGap = 0.04
/** At most this many λ values are added to one router's sweep. */
const maxAddedPoints = 48

/**
 * Sweeps one scoring router over the grid, then fills in its curve where the grid is too coarse:
 * between two neighbouring λ values whose picks differ in mean cost by more than 4% of the
 * curve's whole cost span, it tries the geometric middle, again and again, until no gap is that
 * wide or 48 values were added. A router's curve can fall steeply between two grid values, and a
 * cost or quality gate should see the operating points in between.
 * @param table - The router's predictions on the test queries.
 * @param realisedCost - What each test cell actually cost, row-major like `table`.
 * @param grid - The shared λ grid, increasing.
 * @returns Every point tried, by increasing λ.
 */
export function sweepLambdas(
  table: ScoreTable,
  realisedCost: Float64Array,
  grid: readonly number[],
): SweepPoint[] {
  const trace = (lambda: number): TracedPoint => {
    const point = pointAt(table, lambda)
    return {...point, meanCost: meanCostOf(point.choices, realisedCost, table)}
  }
  const traced = grid.map(trace)
  const costs = traced.map((point) => point.meanCost)
  const widestGap = widestCostGap * (Math.max(...costs) - Math.min(...costs))
  let budget = maxAddedPoints
  const pointsBetween = (low: TracedPoint, high: TracedPoint): TracedPoint[] => {
    const tooWide = Math.abs(low.meanCost - high.meanCost) > widestGap
    const splittable = low.lambda > 0 && high.lambda / low.lambda > 1.001
    if (budget === 0 || !tooWide || !splittable) return []
    budget--
    const middle = trace(Math.sqrt(low.lambda * high.lambda))
    return [...pointsBetween(low, middle), middle, ...pointsBetween(middle, high)]
  }
  return traced.flatMap((point, index) => {
    const previous = traced[index - 1]
    const filled = previous ? [...pointsBetween(previous, point), point] : [point]
    return filled.map(({lambda, choices}) => ({lambda, choices}))
  })
}

interface TracedPoint extends SweepPoint {
  readonly meanCost: number
}

function pointAt(table: ScoreTable, lambda: number): SweepPoint {
  const rows = table.performance.length / table.candidates.length
  const choices = new Int32Array(rows)
  for (let row = 0; row < rows; row++) choices[row] = pickByUtility(table, row, lambda)
  return {lambda, choices}
}

function meanCostOf(choices: Int32Array, realisedCost: Float64Array, table: ScoreTable): number {
  const modelCount = table.candidates.length
  let total = 0
  choices.forEach((model, row) => {
    total += realisedCost[row * modelCount + model] ?? 0
  })
  return choices.length === 0 ? 0 : total / choices.length
}
