/**
 * Each query's vector of model outcomes, the features Python LLMRouter's RouterDC clusters. A
 * missing (NaN) outcome is replaced by that model's mean over the given queries (0.5 when the
 * model has none), so K-means sees complete vectors.
 * @param performance - Outcomes, row-major by query; NaN = missing.
 * @param rows - Which queries, in order.
 * @param modelCount - Models per query.
 * @returns `rows.length × modelCount` values.
 */
export function scoreFeatures(
  performance: Float32Array,
  rows: Int32Array,
  modelCount: number,
): Float64Array {
  const sums = new Float64Array(modelCount)
  const counts = new Float64Array(modelCount)
  for (const query of rows) {
    for (let model = 0; model < modelCount; model++) {
      const outcome = performance[query * modelCount + model]!
      if (Number.isNaN(outcome)) continue
      sums[model]! += outcome
      counts[model]! += 1
    }
  }
  const features = new Float64Array(rows.length * modelCount)
  rows.forEach((query, row) => {
    for (let model = 0; model < modelCount; model++) {
      const outcome = performance[query * modelCount + model]!
      const mean = counts[model]! > 0 ? sums[model]! / counts[model]! : 0.5
      features[row * modelCount + model] = Number.isNaN(outcome) ? mean : outcome
    }
  })
  return features
}

/**
 * The query embeddings themselves, the features the RouterDC paper clusters.
 * @param embeddings - One embedding per query.
 * @param rows - Which queries, in order.
 * @param dimension - Values per embedding.
 * @returns `rows.length × dimension` values.
 */
export function embeddingFeatures(
  embeddings: readonly Float32Array[],
  rows: Int32Array,
  dimension: number,
): Float64Array {
  const features = new Float64Array(rows.length * dimension)
  rows.forEach((query, row) => features.set(embeddings[query] ?? [], row * dimension))
  return features
}
