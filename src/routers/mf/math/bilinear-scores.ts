/** The trained factors of mfrouter, as raw row-major arrays. */
export interface BilinearFactors {
  /** W, `dimension × latentDim`: projects a query embedding into the latent space. */
  readonly projection: Float32Array
  /** P, `modelCount × latentDim`: one latent vector per model. */
  readonly modelEmbeddings: Float32Array
  /** One bias per model. */
  readonly bias: Float32Array
  readonly dimension: number
  readonly latentDim: number
  readonly modelCount: number
}

/**
 * Scores every model for every query: s(q, m) = ⟨P_m, Wᵀe_q⟩ + bias_m.
 * @param factors - The trained factors.
 * @param inputs - Query embeddings stacked row-major, `dimension` values each.
 * @param queryCount - Rows in `inputs`.
 * @returns Scores row-major by query, `modelCount` per row.
 */
export function bilinearScores(
  factors: BilinearFactors,
  inputs: Float32Array,
  queryCount: number,
): Float64Array {
  const {projection, modelEmbeddings, bias, dimension, latentDim, modelCount} = factors
  const scores = new Float64Array(queryCount * modelCount)
  const latent = new Float64Array(latentDim)
  for (let query = 0; query < queryCount; query++) {
    latent.fill(0)
    const offset = query * dimension
    for (let input = 0; input < dimension; input++) {
      const value = inputs[offset + input]!
      if (value === 0) continue
      const row = input * latentDim
      for (let k = 0; k < latentDim; k++) latent[k]! += value * projection[row + k]!
    }
    for (let model = 0; model < modelCount; model++) {
      let sum = bias[model]!
      const row = model * latentDim
      for (let k = 0; k < latentDim; k++) sum += latent[k]! * modelEmbeddings[row + k]!
      scores[query * modelCount + model] = sum
    }
  }
  return scores
}

/**
 * Pair weights of the winner/loser loss: cell (i, j) of a query's `modelCount²` block is 1 when
 * model i did strictly better than model j and both outcomes are recorded, else 0.
 * @param performance - Outcomes, row-major by query; NaN = missing.
 * @param rows - Which queries, in order.
 * @param modelCount - Models per query.
 * @returns One `modelCount²` block per row.
 */
export function winnerPairs(
  performance: Float32Array,
  rows: Int32Array,
  modelCount: number,
): Float32Array {
  const pairs = new Float32Array(rows.length * modelCount * modelCount)
  rows.forEach((query, row) => {
    const base = query * modelCount
    for (let winner = 0; winner < modelCount; winner++) {
      const won = performance[base + winner]!
      if (Number.isNaN(won)) continue
      for (let loser = 0; loser < modelCount; loser++) {
        const lost = performance[base + loser]!
        if (!Number.isNaN(lost) && won > lost) {
          pairs[(row * modelCount + winner) * modelCount + loser] = 1
        }
      }
    }
  })
  return pairs
}
