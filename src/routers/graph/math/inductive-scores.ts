/** Slope of the leaky ReLU on the negative side, PyTorch's default as the Python model uses. */
export const leakySlope = 0.01

/** One message-passing layer as a new query sees it, with the training graph folded in. */
export interface InductiveLayer {
  /** `hiddenDim × hiddenDim`: the query's own state. */
  readonly querySelf: Float32Array
  readonly queryBias: Float32Array
  /** `modelCount × hiddenDim`: each model's base message, its previous-layer state projected. */
  readonly modelMessages: Float32Array
  /** `modelCount × hiddenDim`: each model's message per unit of the edge's cost feature. */
  readonly modelCostMessages: Float32Array
  /** `taskCount × hiddenDim`: each task's message. */
  readonly taskMessages: Float32Array
}

/**
 * graphrouter at route time: everything that doesn't depend on the new query (model and task
 * node states after message passing over the whole training graph) is precomputed, so scoring a
 * query is a few small matrix products.
 */
export interface InductiveGraph {
  readonly dimension: number
  readonly hiddenDim: number
  readonly modelCount: number
  readonly taskCount: number
  /** `dimension × hiddenDim`. */
  readonly queryInput: Float32Array
  readonly queryInputBias: Float32Array
  readonly layers: readonly InductiveLayer[]
  /** `hiddenDim × hiddenDim`: the query side of the bilinear decoder. */
  readonly decoderQuery: Float32Array
  /** `modelCount × hiddenDim`: the models' final states. */
  readonly decoderModelStates: Float32Array
  /** Each model's own term of the logit, the output bias included. */
  readonly decoderModelBias: Float32Array
  /** `hiddenDim`: the query's own term of the logit. */
  readonly decoderQueryWeight: Float32Array
}

/**
 * Predicts the logit of every edge of a new query node. The node joins the graph with its
 * query–model edges hidden (no performance, only cost) and, when its task is known, an edge to
 * that task; the training graph's nodes are unchanged by it, as they aggregate only visible
 * outcomes and visible training queries.
 * @param graph - The precomputed graph.
 * @param embedding - The query's embedding, `dimension` floats.
 * @param costFeatures - The cost feature of each of its edges, in candidate order.
 * @param task - Index of its task node, or -1 when the task is unknown.
 * @returns One logit per model.
 */
export function inductiveEdgeLogits(
  graph: InductiveGraph,
  embedding: Float32Array,
  costFeatures: Float32Array,
  task: number,
): Float64Array {
  const {hiddenDim: hidden, modelCount} = graph
  let state = affine(embedding, graph.queryInput, graph.queryInputBias, graph.dimension, hidden)
  const inbox = new Float64Array(hidden)
  for (const layer of graph.layers) {
    inbox.fill(0)
    for (let model = 0; model < modelCount; model++) {
      const cost = costFeatures[model]!
      const row = model * hidden
      for (let unit = 0; unit < hidden; unit++) {
        inbox[unit]! +=
          layer.modelMessages[row + unit]! + cost * layer.modelCostMessages[row + unit]!
      }
    }
    const next = affine(state, layer.querySelf, layer.queryBias, hidden, hidden)
    const taskRow = task >= 0 && task < graph.taskCount ? task * hidden : -1
    for (let unit = 0; unit < hidden; unit++) {
      let value = next[unit]! + inbox[unit]! / Math.max(modelCount, 1)
      if (taskRow >= 0) value += layer.taskMessages[taskRow + unit]!
      next[unit] = leakyRelu(value)
    }
    state = next
  }
  const projected = affine(state, graph.decoderQuery, null, hidden, hidden)
  let queryTerm = 0
  for (let unit = 0; unit < hidden; unit++)
    queryTerm += state[unit]! * graph.decoderQueryWeight[unit]!
  const logits = new Float64Array(modelCount)
  for (let model = 0; model < modelCount; model++) {
    let logit = queryTerm + graph.decoderModelBias[model]!
    const row = model * hidden
    for (let unit = 0; unit < hidden; unit++) {
      logit += projected[unit]! * graph.decoderModelStates[row + unit]!
    }
    logits[model] = logit
  }
  return logits
}

/** x·W + b for a row vector x of `inputs` values and W of `inputs × outputs`. */
function affine(
  input: ArrayLike<number>,
  weights: Float32Array,
  bias: Float32Array | null,
  inputs: number,
  outputs: number,
): Float64Array {
  const output = new Float64Array(outputs)
  if (bias) for (let unit = 0; unit < outputs; unit++) output[unit] = bias[unit]!
  for (let index = 0; index < inputs; index++) {
    const value = input[index]!
    if (value === 0) continue
    const row = index * outputs
    for (let unit = 0; unit < outputs; unit++) output[unit]! += value * weights[row + unit]!
  }
  return output
}

function leakyRelu(value: number): number {
  return value > 0 ? value : leakySlope * value
}

/**
 * The logistic function.
 * @param value - A logit.
 * @returns σ(value) in (0, 1).
 */
export function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value))
}
