import {beforeAll, describe, expect, test} from 'vitest'

import type {TensorFlow} from '../../src/embeddings/tensorflow-runtime.js'
import {
  assignNamedTensors,
  createParameter,
  exportNamedTensors,
  importNamedTensors,
  initialiseTensorFlow,
} from '../../src/ml/index.js'

let tf: TensorFlow

beforeAll(async () => {
  ;({tf} = await initialiseTensorFlow({prefer: 'wasm'}))
})

describe('named tensors', () => {
  test('round-trip float32 and int32 tensors through arrays and shapes', async () => {
    // Given
    const weights = tf.tensor2d([1.5, -2, 3, 4.25, 0, 6], [2, 3])
    const ids = tf.tensor1d([7, 8], 'int32')

    // When
    const exported = await exportNamedTensors({weights, ids})
    const imported = importNamedTensors(tf, exported)

    // Then
    expect(exported.shapes).toEqual({weights: [2, 3], ids: [2]})
    expect(exported.arrays.weights).toBeInstanceOf(Float32Array)
    expect(exported.arrays.ids).toBeInstanceOf(Int32Array)
    expect(imported.weights?.arraySync()).toEqual(weights.arraySync())
    expect(imported.ids?.dtype).toBe('int32')
    tf.dispose([weights, ids, ...Object.values(imported)])
  })

  test('exports copies that later updates to the variable leave alone', async () => {
    const variable = tf.variable(tf.tensor1d([1, 2]))

    const exported = await exportNamedTensors({variable})
    variable.assign(tf.tensor1d([5, 6]))

    expect(Array.from(exported.arrays.variable ?? [])).toEqual([1, 2])
    variable.dispose()
  })

  test('rejects an array whose length does not fit its shape, naming the tensor', () => {
    const named = {arrays: {weights: new Float32Array(5)}, shapes: {weights: [2, 3]}}

    expect(() => importNamedTensors(tf, named)).toThrow(
      'The router artifact stores 5 values for "weights", but its shape [2, 3] holds 6.',
    )
  })

  test('fills variables by name and leaves them all alone when one does not fit', () => {
    // Given
    const first = tf.variable(tf.zeros([2]))
    const second = tf.variable(tf.zeros([3]))
    const good = {
      arrays: {first: Float32Array.from([1, 2]), second: Float32Array.from([3, 4, 5])},
      shapes: {first: [2], second: [3]},
    }
    const bad = {...good, arrays: {...good.arrays, second: Float32Array.from([3, 4])}}
    const badShape = {...bad, shapes: {first: [2], second: [2]}}

    // When / Then
    expect(() => assignNamedTensors(tf, {first, second}, badShape)).toThrow(
      'stores "second" with shape [2], but the model needs [3]',
    )
    expect(Array.from(first.dataSync())).toEqual([0, 0])
    assignNamedTensors(tf, {first, second}, good)
    expect(Array.from(second.dataSync())).toEqual([3, 4, 5])
    tf.dispose([first, second])
  })

  test('creates parameters whose values depend only on the seed', () => {
    const make = (seed: number) => {
      const parameter = createParameter(tf, {shape: [3, 4], initialiser: {kind: 'he-normal'}, seed})
      const values = Array.from(parameter.dataSync())
      parameter.dispose()
      return values
    }

    expect(make(1)).toEqual(make(1))
    expect(make(1)).not.toEqual(make(2))
  })
})
