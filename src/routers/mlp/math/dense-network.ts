/** The nonlinearity after each hidden layer, named as in the Python config. */
export type HiddenActivation = 'relu' | 'tanh' | 'logistic' | 'identity'

/** How the last layer's values become scores: independent sigmoids, or one softmax. */
export type OutputTransform = 'sigmoid' | 'softmax'

/** One fully connected layer: `output = input · weights + bias`. */
export interface DenseLayer {
  /** `inputs × outputs` values, row-major (one row per input unit), as TensorFlow.js stores it. */
  readonly weights: Float32Array
  readonly bias: Float32Array
  readonly inputs: number
  readonly outputs: number
}

/** A multilayer perceptron's weights and how its layers are joined. */
export interface DenseNetwork {
  readonly layers: readonly DenseLayer[]
  readonly activation: HiddenActivation
  readonly output: OutputTransform
  /** Each layer's weights transposed (one row per output unit), so a unit is one dot product. */
  readonly unitWeights: readonly Float32Array[]
}

/**
 * Assembles a network from its layers and prepares the transposed weights the TypeScript
 * forward pass reads.
 * @param layers - The layers, input side first; each one's outputs feed the next one's inputs.
 * @param activation - The hidden activation.
 * @param output - The output transform.
 * @returns The network.
 */
export function createDenseNetwork(
  layers: readonly DenseLayer[],
  activation: HiddenActivation,
  output: OutputTransform,
): DenseNetwork {
  const unitWeights = layers.map(({weights, inputs, outputs}) => {
    const transposed = new Float32Array(weights.length)
    for (let from = 0; from < inputs; from++) {
      for (let unit = 0; unit < outputs; unit++) {
        transposed[unit * inputs + from] = weights[from * outputs + unit]!
      }
    }
    return transposed
  })
  return {layers, activation, output, unitWeights}
}

/**
 * Runs a multilayer perceptron over a batch of inputs in plain TypeScript: for one query it is
 * faster than a TensorFlow.js call, and it needs no backend.
 * @param network - Weights, hidden activation and output transform.
 * @param inputs - `rowCount` rows of `network.layers[0].inputs` values each.
 * @param rowCount - How many rows `inputs` holds.
 * @returns `rowCount` rows of scores, one per output unit.
 */
export function runDenseNetwork(
  network: DenseNetwork,
  inputs: Float32Array,
  rowCount: number,
): Float32Array {
  const {layers, unitWeights} = network
  const first = layers[0]!
  const last = layers[layers.length - 1]!
  const widest = Math.max(first.inputs, ...layers.map((layer) => layer.outputs))
  let current = new Float64Array(widest)
  let next = new Float64Array(widest)
  const scores = new Float32Array(rowCount * last.outputs)
  for (let row = 0; row < rowCount; row++) {
    const start = row * first.inputs
    for (let unit = 0; unit < first.inputs; unit++) current[unit] = inputs[start + unit]!
    for (let index = 0; index < layers.length; index++) {
      const layer = layers[index]!
      applyDenseLayer(unitWeights[index]!, layer.bias, layer.inputs, current, next)
      if (index < layers.length - 1) activate(next, layer.outputs, network.activation)
      const held = current
      current = next
      next = held
    }
    transformOutput(current, last.outputs, network.output)
    for (let unit = 0; unit < last.outputs; unit++) {
      scores[row * last.outputs + unit] = current[unit]!
    }
  }
  return scores
}

function applyDenseLayer(
  unitWeights: Float32Array,
  bias: Float32Array,
  inputs: number,
  input: Float64Array,
  output: Float64Array,
): void {
  const outputs = bias.length
  for (let unit = 0; unit < outputs; unit++) {
    const offset = unit * inputs
    // Four running sums let the engine overlap the multiplications.
    let sum0 = 0
    let sum1 = 0
    let sum2 = 0
    let sum3 = 0
    let from = 0
    for (; from + 3 < inputs; from += 4) {
      sum0 += input[from]! * unitWeights[offset + from]!
      sum1 += input[from + 1]! * unitWeights[offset + from + 1]!
      sum2 += input[from + 2]! * unitWeights[offset + from + 2]!
      sum3 += input[from + 3]! * unitWeights[offset + from + 3]!
    }
    for (; from < inputs; from++) sum0 += input[from]! * unitWeights[offset + from]!
    output[unit] = bias[unit]! + (sum0 + sum1 + (sum2 + sum3))
  }
}

function activate(values: Float64Array, length: number, activation: HiddenActivation): void {
  for (let unit = 0; unit < length; unit++) {
    const value = values[unit]!
    switch (activation) {
      case 'relu':
        values[unit] = value > 0 ? value : 0
        break
      case 'tanh':
        values[unit] = Math.tanh(value)
        break
      case 'logistic':
        values[unit] = sigmoid(value)
        break
      case 'identity':
        break
    }
  }
}

function transformOutput(values: Float64Array, length: number, output: OutputTransform): void {
  if (output === 'sigmoid') {
    for (let unit = 0; unit < length; unit++) values[unit] = sigmoid(values[unit]!)
    return
  }
  let largest = -Infinity
  for (let unit = 0; unit < length; unit++) largest = Math.max(largest, values[unit]!)
  let total = 0
  for (let unit = 0; unit < length; unit++) {
    values[unit] = Math.exp(values[unit]! - largest)
    total += values[unit]!
  }
  for (let unit = 0; unit < length; unit++) values[unit]! /= total
}

function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value))
}
