import {describe, expect, test} from 'vitest'

import {initialWeights} from '../../../src/ml/math/weight-initialisers.js'

describe('initialWeights', () => {
  test('keeps Glorot-uniform weights inside ±√(6 / (fanIn + fanOut))', () => {
    const values = initialWeights([512, 256], {kind: 'glorot-uniform'}, 1)
    const limit = Math.sqrt(6 / (512 + 256))
    const largest = values.reduce((most, value) => Math.max(most, Math.abs(value)), 0)

    expect(values).toHaveLength(512 * 256)
    expect(largest).toBeLessThanOrEqual(limit)
    expect(largest).toBeGreaterThan(0.99 * limit)
  })

  test('fills constants and scales He-normal by the fan-in', () => {
    const constant = initialWeights([3], {kind: 'constant', value: 0.5}, 1)
    const heNormal = initialWeights([200, 100], {kind: 'he-normal'}, 1)
    const variance = heNormal.reduce((sum, value) => sum + value * value, 0) / heNormal.length

    expect(Array.from(constant)).toEqual([0.5, 0.5, 0.5])
    expect(variance).toBeCloseTo(2 / 200, 3)
  })
})
