/** One dense layer, row-major weights `inputs × outputs`. */
export interface DenseLayer {
  readonly weights: Float32Array
  readonly bias: Float32Array
  readonly inputs: number
  readonly outputs: number
}

/** The trained parts of routerdc, as raw arrays. */
export interface RouterDCWeights {
  /** The tanh hidden layer of `projection: mlp`; absent for `linear`. */
  readonly hidden?: DenseLayer
  /** The layer that outputs h(q). */
  readonly projection: DenseLayer
  /** k_m, `modelCount × hidden_state_dim`. */
  readonly modelEmbeddings: Float32Array
  readonly modelCount: number
  readonly similarity: 'cos' | 'inner'
  /** τ: similarities are divided by it. */
  readonly temperature: number
}

/** Keeps cosine finite for a zero vector, as the TensorFlow.js model does. */
export const normEpsilon = 1e-12

/**
 * Computes sim(h(q), k_m) / τ for every query and model: one projection and one dot product
 * per model.
 * @param weights - The trained weights.
 * @param inputs - Query embeddings stacked row-major.
 * @param queryCount - Rows in `inputs`.
 * @returns Similarities row-major by query, `modelCount` per row.
 */
export function similarityScores(
  weights: RouterDCWeights,
  inputs: Float32Array,
  queryCount: number,
): Float64Array {
  const {projection, modelEmbeddings, modelCount} = weights
  const width = projection.outputs
  const modelNorms = rowNorms(modelEmbeddings, modelCount, width)
  const scores = new Float64Array(queryCount * modelCount)
  for (let query = 0; query < queryCount; query++) {
    const input = inputs.subarray(query * (weights.hidden ?? projection).inputs)
    const values = weights.hidden ? applyDense(weights.hidden, input).map(Math.tanh) : input
    const state = applyDense(projection, values)
    let stateNorm = 0
    for (let k = 0; k < width; k++) stateNorm += state[k]! * state[k]!
    stateNorm = Math.sqrt(stateNorm + normEpsilon)
    for (let model = 0; model < modelCount; model++) {
      let dot = 0
      const row = model * width
      for (let k = 0; k < width; k++) dot += state[k]! * modelEmbeddings[row + k]!
      const similarity = weights.similarity === 'cos' ? dot / (stateNorm * modelNorms[model]!) : dot
      scores[query * modelCount + model] = similarity / weights.temperature
    }
  }
  return scores
}

function applyDense(layer: DenseLayer, values: ArrayLike<number>): Float64Array {
  const output = Float64Array.from(layer.bias)
  for (let input = 0; input < layer.inputs; input++) {
    const value = values[input]!
    if (value === 0) continue
    const row = input * layer.outputs
    for (let k = 0; k < layer.outputs; k++) output[k]! += value * layer.weights[row + k]!
  }
  return output
}

function rowNorms(matrix: Float32Array, rows: number, width: number): Float64Array {
  const norms = new Float64Array(rows)
  for (let row = 0; row < rows; row++) {
    let sum = 0
    for (let k = 0; k < width; k++) sum += matrix[row * width + k]! ** 2
    norms[row] = Math.sqrt(sum + normEpsilon)
  }
  return norms
}
