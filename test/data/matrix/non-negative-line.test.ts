import {describe, expect, test} from 'vitest'

import {fitNonNegativeLine} from '../../../src/data/matrix/non-negative-line.js'

describe('fitNonNegativeLine', () => {
  test('recovers an exact line with non-negative coefficients', () => {
    const line = fitNonNegativeLine([1, 2, 3, 4], [3, 5, 7, 9])

    expect(line.intercept).toBeCloseTo(1, 12)
    expect(line.slope).toBeCloseTo(2, 12)
  })

  test('goes through the origin when the best intercept would be negative', () => {
    const line = fitNonNegativeLine([1, 2, 3], [1, 3, 5])

    expect(line.intercept).toBe(0)
    expect(line.slope).toBeCloseTo(22 / 14, 12)
  })

  test('stays flat at the mean when cost falls with length', () => {
    expect(fitNonNegativeLine([1, 2, 3], [3, 2, 1])).toEqual({intercept: 2, slope: 0})
  })

  test('stays flat at the mean when every length is the same', () => {
    expect(fitNonNegativeLine([5, 5], [1, 3])).toEqual({intercept: 2, slope: 0})
    expect(fitNonNegativeLine([], [])).toEqual({intercept: 0, slope: 0})
  })
})
