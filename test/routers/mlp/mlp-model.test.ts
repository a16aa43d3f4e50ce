import {describe, expect, test} from 'vitest'

import {exportNamedTensors, initialiseTensorFlow} from '../../../src/ml/index.js'
import {createDenseNetwork, runDenseNetwork} from '../../../src/routers/mlp/math/dense-network.js'
import {mlpHparamSchema} from '../../../src/routers/mlp/mlp-config.js'
import {createMLPModel} from '../../../src/routers/mlp/mlp-model.js'
import {largestDifference} from '../../ml/on-backend.js'

describe('createMLPModel', () => {
  test.each(['relu', 'tanh', 'logistic'] as const)(
    'computes what the TypeScript forward pass computes (%s)',
    async (activation) => {
      // Given
      const {tf} = await initialiseTensorFlow()
      const hparam = mlpHparamSchema.parse({hidden_layer_sizes: [16, 8], activation})
      const outputBias = Float32Array.from([0.5, -0.5, 0])
      const model = createMLPModel(tf, {
        hparam,
        inputDimension: 4,
        modelCount: 3,
        outputBias,
        seed: 5,
      })
      const inputs = Float32Array.from({length: 5 * 4}, (_, index) => Math.sin(index))

      // When
      const fromTensorFlow = tf.tidy(() =>
        tf.sigmoid(model.logits(tf.tensor2d(inputs, [5, 4]))).dataSync(),
      )
      const {arrays} = await exportNamedTensors(model.parameters)
      model.dispose()
      const layers = [0, 1, 2].map((layer) => {
        const weights = arrays[`layer${layer}.weights`] as Float32Array
        const bias = arrays[`layer${layer}.bias`] as Float32Array
        return {weights, bias, inputs: weights.length / bias.length, outputs: bias.length}
      })
      const fromTypeScript = runDenseNetwork(
        createDenseNetwork(layers, activation, 'sigmoid'),
        inputs,
        5,
      )

      // Then
      expect(largestDifference(fromTypeScript, fromTensorFlow)).toBeLessThan(1e-5)
      expect(Array.from(arrays['layer2.bias'] ?? [])).toEqual([0.5, -0.5, 0])
    },
  )

  test('averages the regression loss over observed cells only', async () => {
    const {tf} = await initialiseTensorFlow()
    const hparam = mlpHparamSchema.parse({regression_loss: 'mse'})
    const model = createMLPModel(tf, {
      hparam,
      inputDimension: 1,
      modelCount: 2,
      outputBias: new Float32Array(2),
      seed: 1,
    })

    // Logits 0 give predictions 0.5: squared errors 0.25 (target 1) and 0.25 (target 0).
    const loss = tf.tidy(() =>
      model
        .loss(
          tf.zeros([2, 2]),
          tf.tensor2d([1, 99, 0, 99], [2, 2]),
          tf.tensor2d([1, 0, 1, 0], [2, 2]),
        )
        .dataSync(),
    )
    model.dispose()

    expect(loss[0]).toBeCloseTo(0.25, 6)
  })
})
