import {describe, expect, test} from 'vitest'

import {initialiseTensorFlow} from '../../../src/ml/index.js'
import {similarityScores} from '../../../src/routers/routerdc/math/similarity-scores.js'
import {routerDCHparamSchema} from '../../../src/routers/routerdc/routerdc-config.js'
import {createRouterDCModel} from '../../../src/routers/routerdc/routerdc-model.js'
import {readRouterDCWeights} from '../../../src/routers/routerdc/routerdc-weights.js'

const inputs = Float32Array.from([0.3, -1, 2, 0.5, 0, -0.7, 1.2, 0.1, 0, 0, 0, 0])

describe('createRouterDCModel', () => {
  test('computes the sample-LLM loss of RouterDC', async () => {
    const {tf} = await initialiseTensorFlow()
    const model = createRouterDCModel(tf, {
      hparam: routerDCHparamSchema.parse({}),
      inputDimension: 2,
      modelCount: 3,
      seed: 1,
    })
    // Row 0: positive s = 2 against negatives 0 and 1. Row 1: no positive, so no loss.
    const scores = tf.tensor2d([2, 0, 1, 5, 5, 5], [2, 3])
    const positives = tf.tensor2d([1, 0, 0, 0, 0, 0], [2, 3])
    const negatives = tf.tensor2d([0, 1, 1, 1, 1, 1], [2, 3])

    const loss = model.sampleLLMLoss(scores, positives, negatives).dataSync()[0]

    const expected = -Math.log(Math.exp(2) / (Math.exp(2) + Math.exp(0) + Math.exp(1))) / 2
    expect(loss).toBeCloseTo(expected, 5)
    tf.dispose([scores, positives, negatives])
    model.dispose()
  })

  test('gives no sample-LLM loss to a positive without negatives', async () => {
    const {tf} = await initialiseTensorFlow()
    const model = createRouterDCModel(tf, {
      hparam: routerDCHparamSchema.parse({}),
      inputDimension: 2,
      modelCount: 2,
      seed: 1,
    })
    const scores = tf.tensor2d([0.2, 0.4], [1, 2])

    const loss = model.sampleLLMLoss(scores, tf.tensor2d([[1, 1]]), tf.tensor2d([[0, 0]]))

    expect(loss.dataSync()[0]).toBeCloseTo(0, 6)
    model.dispose()
  })

  test.each([
    {projection: 'linear', similarity_function: 'cos'},
    {projection: 'mlp', similarity_function: 'inner', hidden_dim: 5},
  ])(
    'scores in TypeScript exactly as in TensorFlow.js ($projection, $similarity_function)',
    async (overrides) => {
      // Given
      const {tf} = await initialiseTensorFlow()
      const hparam = routerDCHparamSchema.parse({
        ...overrides,
        hidden_state_dim: 3,
        temperature: 0.5,
      })
      const model = createRouterDCModel(tf, {hparam, inputDimension: 4, modelCount: 2, seed: 5})

      // When
      const expected = tf.tidy(() =>
        Array.from(model.scores(model.project(tf.tensor2d(inputs, [3, 4]))).dataSync()),
      )
      const arrays: Record<string, Float32Array> = {}
      for (const [name, variable] of Object.entries(model.parameters)) {
        arrays[name] = variable.dataSync() as Float32Array
      }
      const actual = similarityScores(readRouterDCWeights(arrays, hparam, 2), inputs, 3)

      // Then
      expect(actual).toHaveLength(6)
      actual.forEach((value, index) => expect(value).toBeCloseTo(expected[index] ?? Number.NaN, 4))
      model.dispose()
    },
  )
})
