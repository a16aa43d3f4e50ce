import {leakySlope} from './inductive-scores.js'

/** The model side of the trained network, as stored in the artifact. */
export interface ModelSideWeights {
  readonly hiddenDim: number
  /** `nodeDimension × hiddenDim` and its bias. */
  readonly input: Float32Array
  readonly inputBias: Float32Array
  /** Per layer: the model's own state (`hiddenDim²`), bias, and its two messages to queries. */
  readonly layers: readonly {
    readonly self: Float32Array
    readonly bias: Float32Array
    readonly toQuery: Float32Array
    readonly toQueryCost: Float32Array
  }[]
  /** `hiddenDim`: the decoder's model term, and the output bias. */
  readonly decoderModel: Float32Array
  readonly outputBias: number
}

/** What routing needs of one model node (see `InductiveGraph`), one row per array. */
export interface ModelNodeRows {
  /** Per layer: the base and cost messages it sends a new query. */
  readonly messages: readonly {readonly base: Float32Array; readonly cost: Float32Array}[]
  readonly finalState: Float32Array
  readonly decoderBias: number
}

/**
 * Passes a new model node through the trained layers. It has no recorded outcome, so no
 * visible edge: each layer only transforms its own state, and the training graph's nodes are
 * unchanged by it.
 * @param weights - The model side of the network.
 * @param features - The embedding of its description.
 * @returns Its messages per layer and its decoder terms.
 */
export function newModelNodeRows(weights: ModelSideWeights, features: Float32Array): ModelNodeRows {
  const hidden = weights.hiddenDim
  let state = multiply(features, weights.input, features.length, hidden)
  state = state.map((value, unit) => value + weights.inputBias[unit]!)
  const messages: {base: Float32Array; cost: Float32Array}[] = []
  for (const layer of weights.layers) {
    messages.push({
      base: multiply(state, layer.toQuery, hidden, hidden),
      cost: multiply(state, layer.toQueryCost, hidden, hidden),
    })
    state = multiply(state, layer.self, hidden, hidden).map((value, unit) => {
      const total = value + layer.bias[unit]!
      return total > 0 ? total : leakySlope * total
    })
  }
  let decoderBias = weights.outputBias
  for (let unit = 0; unit < hidden; unit++)
    decoderBias += state[unit]! * weights.decoderModel[unit]!
  return {messages, finalState: state, decoderBias}
}

function multiply(
  input: Float32Array,
  weights: Float32Array,
  inputs: number,
  outputs: number,
): Float32Array {
  const output = new Float32Array(outputs)
  for (let index = 0; index < inputs; index++) {
    const value = input[index]!
    const row = index * outputs
    for (let unit = 0; unit < outputs; unit++) output[unit]! += value * weights[row + unit]!
  }
  return output
}
