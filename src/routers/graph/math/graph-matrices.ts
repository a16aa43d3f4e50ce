/**
 * The query–model edges of the training graph as dense `queries × models` matrices, row-major:
 * the graph is bipartite and nearly complete, so message passing is a few matrix products. A
 * missing cell has no edge (`exists` 0).
 */
export interface QueryModelMatrices {
  /** 1 where the cell has a recorded outcome, so the edge exists; 0 elsewhere. */
  readonly exists: Float32Array
  /** Recorded performance, the edge feature the masks hide; 0 where there's no edge. */
  readonly performance: Float32Array
  /** The cost feature, `costFeature(predicted cost, scale)`, of every cell. */
  readonly cost: Float32Array
  /** What the decoder learns: the performance, or 1 on the query's best model (Python's). */
  readonly target: Float32Array
  /** Edges per query, the denominator of the query's mean aggregation (at least 1). */
  readonly queryDegree: Float32Array
  readonly edgeCount: number
}

/**
 * Lays out the edges of the recorded cells.
 * @param performance - Outcomes, row-major by query; NaN = missing.
 * @param costs - Predicted cost of every cell in the same layout.
 * @param modelCount - Models per row.
 * @param costScale - See `costScaleOf`.
 * @param bestModels - Each query's best model for one-hot targets, or null to target performance.
 * @returns The matrices.
 */
export function queryModelMatrices(
  performance: Float32Array,
  costs: Float64Array,
  modelCount: number,
  costScale: number,
  bestModels: Int32Array | null,
): QueryModelMatrices {
  const cells = performance.length
  const exists = new Float32Array(cells)
  const recorded = new Float32Array(cells)
  const target = new Float32Array(cells)
  const queryDegree = new Float32Array(cells / modelCount).fill(1)
  let edgeCount = 0
  for (let cell = 0; cell < cells; cell++) {
    const value = performance[cell]!
    if (Number.isNaN(value)) continue
    const query = Math.floor(cell / modelCount)
    exists[cell] = 1
    recorded[cell] = value
    target[cell] = bestModels ? Number(bestModels[query] === cell % modelCount) : value
    edgeCount++
  }
  for (let query = 0; query < queryDegree.length; query++) {
    let degree = 0
    for (let model = 0; model < modelCount; model++) degree += exists[query * modelCount + model]!
    queryDegree[query] = Math.max(degree, 1)
  }
  const cost = Float32Array.from(costs, (value) => costFeature(value, costScale))
  return {exists, performance: recorded, cost, target, queryDegree, edgeCount}
}

/**
 * The scale that makes costs comparable across datasets: the mean of the positive costs, or 1
 * when nothing is priced.
 * @param costs - Predicted costs.
 * @returns A positive number.
 */
export function costScaleOf(costs: Float64Array): number {
  let total = 0
  let count = 0
  for (const cost of costs) {
    if (cost > 0 && Number.isFinite(cost)) {
      total += cost
      count++
    }
  }
  return count > 0 ? total / count : 1
}

/**
 * The cost edge feature: log(1 + cost / scale), so a model ten times dearer is a step, not a
 * cliff, and an unpriced model is 0.
 * @param cost - USD of the call.
 * @param scale - See `costScaleOf`.
 * @returns The feature.
 */
export function costFeature(cost: number, scale: number): number {
  return Math.log1p(Math.max(cost, 0) / scale)
}

/**
 * The Python trainer's validation figure: over the given queries, the mean recorded performance
 * of the model whose edge scores highest (the first model on ties).
 * @param logits - One score per cell, row-major by query.
 * @param matrices - The edges.
 * @param queries - The queries to average over.
 * @param modelCount - Models per query.
 * @returns The mean, or NaN when no query has an edge.
 */
export function meanPerformanceOfTopEdge(
  logits: ArrayLike<number>,
  matrices: QueryModelMatrices,
  queries: Int32Array,
  modelCount: number,
): number {
  let total = 0
  let counted = 0
  for (const query of queries) {
    let best = -1
    let bestScore = Number.NEGATIVE_INFINITY
    for (let model = 0; model < modelCount; model++) {
      const cell = query * modelCount + model
      if (matrices.exists[cell] === 1 && logits[cell]! > bestScore) {
        best = cell
        bestScore = logits[cell]!
      }
    }
    if (best < 0) continue
    total += matrices.performance[best]!
    counted++
  }
  return counted > 0 ? total / counted : Number.NaN
}
