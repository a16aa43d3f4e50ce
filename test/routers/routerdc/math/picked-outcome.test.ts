import {describe, expect, test} from 'vitest'

import {meanPickedOutcome} from '../../../../src/routers/routerdc/math/picked-outcome.js'

describe('meanPickedOutcome', () => {
  test('averages the outcome of each row’s top score, first on ties, missing as 0', () => {
    // Queries 2, 0 and 1 of a three-query matrix, two models each.
    const performance = Float32Array.from([1, 0, Number.NaN, 1, 0.5, 0.25])
    const scores = Float32Array.from([0.1, 0.9, 3, 3, 2, 1])

    const mean = meanPickedOutcome(scores, performance, Int32Array.from([2, 0, 1]), 2)

    // Query 2 picks model 1 (0.25); query 0 ties and takes model 0 (1); query 1 takes NaN.
    expect(mean).toBeCloseTo((0.25 + 1 + 0) / 3, 10)
  })
})
