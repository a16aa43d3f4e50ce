/**
 * How one query's outcomes become battles. `all_pairs`: every pair of models with outcomes plays,
 * the better performance wins. `best_vs_rest`: the Python LLMRouter's rule, where the query's
 * first best model beats every other model, even one that scored the same.
 */
export type BattleRule = 'all_pairs' | 'best_vs_rest'

/** What an equal outcome in `all_pairs` counts as: half a win each, or no battle at all. */
export type TieRule = 'half' | 'skip'

/** The rules that turn outcomes into battles. */
export interface BattleRules {
  readonly battles: BattleRule
  readonly ties: TieRule
}

/**
 * Adds one training query's battles to a square win table, each battle counting `weight`.
 * `wins[winner * modelCount + loser]` holds the weighted wins of one model over another; a
 * half-counted tie adds `weight / 2` to both directions. Models without an outcome (NaN) sit
 * the query out.
 * @param performance - Outcomes, row-major by query.
 * @param row - The query's row.
 * @param modelCount - Models per row.
 * @param weight - What each of the query's battles counts.
 * @param rules - Battle and tie rules.
 * @param wins - The win table, updated in place.
 */
export function addQueryBattles(
  performance: Float32Array,
  row: number,
  modelCount: number,
  weight: number,
  rules: BattleRules,
  wins: Float64Array,
): void {
  const offset = row * modelCount
  if (rules.battles === 'best_vs_rest') {
    let winner = -1
    let best = -Infinity
    for (let model = 0; model < modelCount; model++) {
      const value = performance[offset + model]!
      if (value > best) {
        best = value
        winner = model
      }
    }
    if (winner < 0) return
    for (let model = 0; model < modelCount; model++) {
      if (model === winner || Number.isNaN(performance[offset + model]!)) continue
      wins[winner * modelCount + model]! += weight
    }
    return
  }
  const halfTie = rules.ties === 'half'
  for (let first = 0; first < modelCount; first++) {
    const a = performance[offset + first]!
    if (Number.isNaN(a)) continue
    for (let second = first + 1; second < modelCount; second++) {
      const b = performance[offset + second]!
      if (Number.isNaN(b)) continue
      if (a > b) wins[first * modelCount + second]! += weight
      else if (b > a) wins[second * modelCount + first]! += weight
      else if (halfTie) {
        wins[first * modelCount + second]! += weight / 2
        wins[second * modelCount + first]! += weight / 2
      }
    }
  }
}

/**
 * The win table of a whole training split, every query weighing 1.
 * @param performance - Outcomes, row-major by query.
 * @param modelCount - Models per row.
 * @param rules - Battle and tie rules.
 * @returns `modelCount²` weighted win counts.
 */
export function countBattles(
  performance: Float32Array,
  modelCount: number,
  rules: BattleRules,
): Float64Array {
  const wins = new Float64Array(modelCount * modelCount)
  const queryCount = modelCount > 0 ? performance.length / modelCount : 0
  for (let row = 0; row < queryCount; row++) {
    addQueryBattles(performance, row, modelCount, 1, rules, wins)
  }
  return wins
}

/**
 * Marks the queries whose battles under `all_pairs` with half ties follow from the outcomes
 * alone: every model has an outcome and each is 0 or 1. For those, i's share of a battle with j
 * is ½ + ½·(pᵢ − pⱼ), so a weighted sum of their outcomes stands for all their battles.
 * @param performance - Outcomes, row-major by query.
 * @param modelCount - Models per row.
 * @returns 1 for such a query, 0 otherwise.
 */
export function markBinaryQueries(performance: Float32Array, modelCount: number): Uint8Array {
  const queryCount = modelCount > 0 ? performance.length / modelCount : 0
  const binary = new Uint8Array(queryCount)
  for (let row = 0; row < queryCount; row++) {
    let every = true
    for (let model = 0; model < modelCount && every; model++) {
      const value = performance[row * modelCount + model]!
      every = value === 0 || value === 1
    }
    binary[row] = every ? 1 : 0
  }
  return binary
}

/**
 * Adds the battles of binary queries from their summed outcomes: with total weight T and
 * weighted outcome sums S, model i wins ½T + ½(Sᵢ − Sⱼ) against j. Costs M² instead of k·M².
 * @param outcomeSums - Weighted sum of each model's outcomes over the binary queries.
 * @param totalWeight - Their summed weight.
 * @param wins - The win table, updated in place.
 */
export function addBinaryBattles(
  outcomeSums: Float64Array,
  totalWeight: number,
  wins: Float64Array,
): void {
  const modelCount = outcomeSums.length
  if (totalWeight === 0) return
  for (let first = 0; first < modelCount; first++) {
    for (let second = first + 1; second < modelCount; second++) {
      const margin = (outcomeSums[first]! - outcomeSums[second]!) / 2
      wins[first * modelCount + second]! += totalWeight / 2 + margin
      wins[second * modelCount + first]! += totalWeight / 2 - margin
    }
  }
}
