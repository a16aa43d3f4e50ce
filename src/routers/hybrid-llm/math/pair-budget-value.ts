/** Per-query training figures that pair choice reads, row-major by query like the matrix. */
export interface PairOutcomes {
  /** Performance per query and candidate; NaN = missing. */
  readonly performance: Float32Array
  /** Predicted cost per query and candidate (0 for an unpriced one). */
  readonly queryCosts: Float64Array
  /** Each query's task. */
  readonly tasks: readonly string[]
  readonly modelCount: number
}

/** A task's total quality gain and extra cost if all of it went to the large model. */
interface TaskTrade {
  gain: number
  extraCost: number
}

/**
 * What a small model promises as the partner of a large one: the training performance of the
 * pair when the large model may take at most `budgetShare` of its own cost (summed over the
 * queries both answered) and every task goes wholly to one model, the tasks whose large-model
 * gain per extra dollar is highest going large first (the last one only in part). Routing by
 * task is roughly what an embedding router learns, so this rewards a pair whose gap a router can
 * predict, and cheapness, since a cheaper small model leaves more budget for the large one.
 * @param outcomes - Training performance, predicted costs and tasks.
 * @param small - The small candidate.
 * @param large - The large candidate.
 * @param budgetShare - The cost budget as a share of the large model's cost.
 * @returns The promised mean performance, or null when the small model alone costs more than
 *   the budget or the pair shares no query.
 */
export function pairValueAtBudget(
  outcomes: PairOutcomes,
  small: number,
  large: number,
  budgetShare: number,
): number | null {
  const {performance, queryCosts, tasks, modelCount} = outcomes
  const trades = new Map<string, TaskTrade>()
  let queries = 0
  let smallTotal = 0
  let smallCost = 0
  let largeCost = 0
  tasks.forEach((task, query) => {
    const smallValue = performance[query * modelCount + small] ?? Number.NaN
    const largeValue = performance[query * modelCount + large] ?? Number.NaN
    if (Number.isNaN(smallValue) || Number.isNaN(largeValue)) return
    const costOfSmall = queryCosts[query * modelCount + small] ?? 0
    const costOfLarge = queryCosts[query * modelCount + large] ?? 0
    queries++
    smallTotal += smallValue
    smallCost += costOfSmall
    largeCost += costOfLarge
    const trade = trades.get(task) ?? {gain: 0, extraCost: 0}
    trade.gain += largeValue - smallValue
    trade.extraCost += costOfLarge - costOfSmall
    trades.set(task, trade)
  })
  let budget = budgetShare * largeCost - smallCost
  if (queries === 0 || budget < 0) return null
  const worthwhile = [...trades.values()]
    .filter((trade) => trade.gain > 0)
    .sort((a, b) => gainPerCost(b) - gainPerCost(a))
  let gained = 0
  for (const trade of worthwhile) {
    if (trade.extraCost <= budget) {
      gained += trade.gain
      budget -= Math.max(trade.extraCost, 0)
      continue
    }
    gained += (trade.gain * budget) / trade.extraCost
    break
  }
  return (smallTotal + gained) / queries
}

function gainPerCost(trade: TaskTrade): number {
  return trade.extraCost > 0 ? trade.gain / trade.extraCost : Number.POSITIVE_INFINITY
}
