import {describe, expect, test} from 'vitest'

import {
  fitScoreCalibration,
  meanPerRow,
  priorPrecisionFor,
} from '../../../../src/routers/elo/math/rating-estimates.js'

describe('fitScoreCalibration', () => {
  test('draws the least-squares line from expected scores to mean performance', () => {
    const calibration = fitScoreCalibration(
      Float64Array.from([0.75, 0.25]),
      [0.8, 0.2],
      [true, true],
    )

    // Through (0.25, 0.8) and (−0.25, 0.2) on the axis score − ½.
    expect(calibration.slope).toBeCloseTo(1.2, 12)
    expect(calibration.level).toBeCloseTo(0.5, 12)
  })

  test('falls back to the slope 2(M − 1)/M when the scores say nothing', () => {
    const calibration = fitScoreCalibration(
      Float64Array.from([0.5, 0.5, 0.5, 0.5]),
      [0.4, 0.6, 0.5, 0.3],
      [true, true, true, false],
    )

    expect(calibration).toEqual({level: 0.5, slope: 1.5})
  })
})

describe('meanPerRow', () => {
  test('averages the outcomes a query has and marks a query without any as NaN', () => {
    const means = meanPerRow(Float32Array.from([1, 0, Number.NaN, Number.NaN]), 2)

    expect(Array.from(means)).toEqual([0.5, Number.NaN])
  })
})

describe('priorPrecisionFor', () => {
  test('weighs a pseudo-query like even battles against the other models', () => {
    expect(priorPrecisionFor(2, 9)).toBe(4)
  })
})
