import {describe, expect, test} from 'vitest'

import {initialiseTensorFlow} from '../../src/ml/index.js'

describe('initialiseTensorFlow', () => {
  test('starts the SIMD wasm backend from files on disk', async () => {
    const {tf, backend} = await initialiseTensorFlow({prefer: 'wasm'})

    expect(backend).toBe('wasm')
    expect(tf.getBackend()).toBe('wasm')
    expect(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')).toBe(true)
  })

  test('is idempotent: a second call returns the same runtime and backend', async () => {
    const first = await initialiseTensorFlow({prefer: 'wasm'})

    const second = await initialiseTensorFlow()

    expect(second.tf).toBe(first.tf)
    expect(second.backend).toBe('wasm')
  })

  test('registers the gradients tfjs-core lacks on its own', async () => {
    const {tf} = await initialiseTensorFlow()

    const gradient = tf.tidy(() =>
      Array.from(
        tf
          .grad((x) => tf.losses.meanSquaredError(tf.ones([2]), x))(tf.zeros([2]))
          .dataSync(),
      ),
    )

    expect(gradient).toEqual([-1, -1])
  })

  test('keeps the first backend choice of the process; a later preference changes nothing', async () => {
    await initialiseTensorFlow({prefer: 'wasm'})

    const later = await initialiseTensorFlow({prefer: 'cpu'})

    expect(later.backend).toBe('wasm')
  })
})
