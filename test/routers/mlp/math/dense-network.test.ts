import {describe, expect, test} from 'vitest'

import {
  createDenseNetwork,
  runDenseNetwork,
} from '../../../../src/routers/mlp/math/dense-network.js'

// 2 inputs → 2 hidden units → 2 outputs, small enough to follow by hand.
const layers = [
  {
    weights: Float32Array.from([1, -1, 2, 0.5]),
    bias: Float32Array.from([0, 0.5]),
    inputs: 2,
    outputs: 2,
  },
  {
    weights: Float32Array.from([1, 0, -1, 2]),
    bias: Float32Array.from([0.25, -0.25]),
    inputs: 2,
    outputs: 2,
  },
]

describe('runDenseNetwork', () => {
  test('applies each layer, the hidden activation and the sigmoid output', () => {
    const network = createDenseNetwork(layers, 'relu', 'sigmoid')

    const scores = runDenseNetwork(network, Float32Array.from([1, 1, 1, -1]), 2)

    // Row 1: hidden = relu([3, 0]) = [3, 0]; logits = [3.25, -0.25].
    // Row 2: hidden = relu([-1, -1]) = [0, 0]; logits = [0.25, -0.25].
    const sigmoid = (value: number) => 1 / (1 + Math.exp(-value))
    expect(Array.from(scores)).toEqual(
      [3.25, -0.25, 0.25, -0.25].map((logit) => Math.fround(sigmoid(logit))),
    )
  })

  test('turns the last layer into probabilities with a softmax', () => {
    const network = createDenseNetwork(layers, 'identity', 'softmax')

    const [first = 0, second = 0] = runDenseNetwork(network, Float32Array.from([1, 1]), 1)

    // hidden = [3, 0]; logits = [3.25, -0.25].
    expect(first + second).toBeCloseTo(1, 6)
    expect(first / second).toBeCloseTo(Math.exp(3.5), 3)
  })

  test('supports tanh and logistic hidden layers', () => {
    const input = Float32Array.from([0.5, -0.25])
    const tanh = runDenseNetwork(createDenseNetwork(layers, 'tanh', 'sigmoid'), input, 1)
    const logistic = runDenseNetwork(createDenseNetwork(layers, 'logistic', 'sigmoid'), input, 1)

    // hidden before activation = [0, -0.125].
    const sigmoid = (value: number) => 1 / (1 + Math.exp(-value))
    const expected = (hidden: number[]) => {
      const [a = 0, b = 0] = hidden
      return [sigmoid(a - b + 0.25), sigmoid(2 * b - 0.25)].map(Math.fround)
    }
    expect(Array.from(tanh)).toEqual(expected([0, Math.tanh(-0.125)]))
    expect(Array.from(logistic)).toEqual(expected([0.5, sigmoid(-0.125)]))
  })
})
