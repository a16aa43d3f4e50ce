import {describe, expect, test} from 'vitest'

import {
  balancingShift,
  routerLabels,
} from '../../../../src/routers/hybrid-llm/math/router-labels.js'

const gaps = Float32Array.from([-1, -0.3, -0.1, 0, 0.2])

describe('routerLabels', () => {
  test('deterministic labels the small model good when it is at least as good', () => {
    expect(Array.from(routerLabels(gaps, 'deterministic', 0.1).labels)).toEqual([0, 0, 0, 1, 1])
  })

  test('probabilistic labels σ(gap / τ)', () => {
    const {labels, shift} = routerLabels(gaps, 'probabilistic', 0.1)

    expect(labels[3]).toBe(0.5)
    expect(labels[2]).toBeCloseTo(1 / (1 + Math.E), 6)
    expect(labels[0]).toBeCloseTo(1 / (1 + Math.exp(10)), 9)
    expect(shift).toBe(0)
  })

  test('transformed shifts the gap by the t that balances the labels', () => {
    const skewed = Float32Array.from([-1, -0.3, -0.1, -0.05, 0.2])

    const {labels, shift} = routerLabels(skewed, 'transformed', 0.1)

    // On the grid k·(1 + 1e-8)/49, k = 3 is the first t ≥ 0.05, lifting 1 of 5 labels to 2.
    // k = 5 reaches 3 of 5, which is just as balanced, so the smaller t stays.
    expect(shift).toBeCloseTo(3 / 49, 6)
    expect(Array.from(labels)).toEqual([0, 0, 0, 1, 1])
  })
})

describe('balancingShift', () => {
  test('keeps t = 0 when the labels are already as balanced as they can be', () => {
    expect(balancingShift(Float32Array.from([-1, 1]))).toBe(0)
  })

  test('returns 0 for no gaps', () => {
    expect(balancingShift(new Float32Array(0))).toBe(0)
  })
})
