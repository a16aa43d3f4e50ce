/** The outcomes of the training queries, as the estimator reads them. */
export interface NeighbourTable {
  /** Training outcomes, row-major by training query; NaN = missing. */
  readonly performance: Float32Array
  /** Each training query's best model (first on ties); -1 when it has no outcome. */
  readonly labels: Int32Array
  /** Each model's mean training performance, the prior of every estimate. */
  readonly modelMeans: Float32Array
  readonly modelCount: number
}

/** How neighbours are weighed and smoothed. */
export interface EstimateOptions {
  readonly weights: 'uniform' | 'distance'
  readonly priorStrength: number
}

/**
 * Estimates each model's performance from neighbouring training queries: a weighted mean of
 * their outcomes, shrunk towards each model's overall mean by `priorStrength` pseudo-votes.
 * @param table - Training outcomes.
 * @param rows - Neighbour rows.
 * @param distances - Their cosine distances.
 * @param options - Weighting and smoothing.
 * @param into - Output, one value per model (written from `offset`).
 * @param offset - Where this query's values start in `into`.
 */
export function estimatePerformance(
  table: NeighbourTable,
  rows: Int32Array,
  distances: Float32Array,
  options: EstimateOptions,
  into: Float32Array,
  offset: number,
): void {
  const {modelCount, performance, modelMeans} = table
  for (let model = 0; model < modelCount; model++) {
    let weighted = options.priorStrength * modelMeans[model]!
    let totalWeight = options.priorStrength
    for (let index = 0; index < rows.length; index++) {
      const value = performance[rows[index]! * modelCount + model]!
      if (Number.isNaN(value)) continue
      const weight = neighbourWeight(distances[index]!, options.weights)
      weighted += weight * value
      totalWeight += weight
    }
    into[offset + model] = totalWeight > 0 ? weighted / totalWeight : modelMeans[model]!
  }
}

/**
 * Votes over the neighbours' best models, as scikit-learn's classifier does: the most (weighted)
 * votes win and a tie goes to the model listed first.
 * @param table - Training labels.
 * @param rows - Neighbour rows.
 * @param distances - Their cosine distances.
 * @param weights - `uniform` or `distance`.
 * @returns The winning model and each model's share of the votes.
 */
export function voteForModel(
  table: NeighbourTable,
  rows: Int32Array,
  distances: Float32Array,
  weights: 'uniform' | 'distance',
): {model: number; shares: Float32Array} {
  const votes = new Float32Array(table.modelCount)
  let total = 0
  for (let index = 0; index < rows.length; index++) {
    const label = table.labels[rows[index]!]!
    if (label < 0) continue
    const weight = neighbourWeight(distances[index]!, weights)
    votes[label] = votes[label]! + weight
    total += weight
  }
  let winner = 0
  for (let model = 1; model < table.modelCount; model++) {
    if (votes[model]! > votes[winner]!) winner = model
  }
  if (total > 0) for (let model = 0; model < table.modelCount; model++) votes[model]! /= total
  return {model: winner, shares: votes}
}

function neighbourWeight(distance: number, weights: 'uniform' | 'distance'): number {
  // An exact duplicate would get infinite weight; a floor keeps the others in play.
  return weights === 'uniform' ? 1 : 1 / Math.max(distance, 1e-6)
}

/**
 * Each training query's best model, first on ties (pandas idxmax in the Python project).
 * @param performance - Outcomes, row-major by query.
 * @param modelCount - Models per row.
 * @returns One label per query; -1 where a query has no outcome.
 */
export function argmaxLabels(performance: Float32Array, modelCount: number): Int32Array {
  const queryCount = performance.length / modelCount
  const labels = new Int32Array(queryCount).fill(-1)
  for (let query = 0; query < queryCount; query++) {
    let best = -Infinity
    for (let model = 0; model < modelCount; model++) {
      const value = performance[query * modelCount + model]!
      if (value > best) {
        best = value
        labels[query] = model
      }
    }
  }
  return labels
}
