import {describe, expect, test} from 'vitest'

import {
  expectedGap,
  fitGapCalibration,
  thresholdForLargeShare,
} from '../../../../src/routers/hybrid-llm/math/gap-calibration.js'

describe('fitGapCalibration', () => {
  test('pools adjacent queries whose gaps fall as the score rises', () => {
    const scores = Float32Array.from([0.1, 0.2, 0.3, 0.4])
    const gaps = Float32Array.from([-1, 0, -1, 1])

    const calibration = fitGapCalibration(scores, gaps)

    expect(Array.from(calibration.scores)).toEqual([0.1, 0.25, 0.4].map(Math.fround))
    expect(Array.from(calibration.gaps)).toEqual([-1, -0.5, 1])
  })

  test('merges queries with the same score into one knot', () => {
    const calibration = fitGapCalibration(Float32Array.from([0.5, 0.5]), Float32Array.from([0, 1]))

    expect(Array.from(calibration.gaps)).toEqual([0.5])
  })

  test('shrinks each step toward the overall mean gap by the prior weight', () => {
    const scores = Float32Array.from([0.1, 0.2, 0.3, 0.4])
    const gaps = Float32Array.from([-1, -1, 0, 0])

    const calibration = fitGapCalibration(scores, gaps, 2)

    // Steps −1 (2 queries) and 0 (2 queries), mean −0.5: (−2 − 1) / 4 and (0 − 1) / 4.
    expect(Array.from(calibration.gaps)).toEqual([-0.75, -0.25])
    expect(calibration.scores[0]).toBeCloseTo(0.15, 6)
    expect(calibration.scores[1]).toBeCloseTo(0.35, 6)
  })

  test('predicts no gap when there is nothing to calibrate on', () => {
    const calibration = fitGapCalibration(new Float32Array(0), new Float32Array(0))

    expect(expectedGap(calibration, 0.9)).toBe(0)
  })
})

describe('expectedGap', () => {
  const calibration = {scores: Float32Array.from([0.2, 0.6]), gaps: Float32Array.from([-1, 0])}

  test('interpolates between knots and stays flat outside them', () => {
    expect(expectedGap(calibration, 0.4)).toBeCloseTo(-0.5, 6)
    expect(expectedGap(calibration, 0)).toBe(-1)
    expect(expectedGap(calibration, 1)).toBe(0)
  })
})

describe('thresholdForLargeShare', () => {
  const scores = Float32Array.from([0.9, 0.1, 0.5, 0.3])

  test('puts the threshold between the scores that go large and those kept small', () => {
    expect(thresholdForLargeShare(scores, 0.5)).toBeCloseTo(0.4, 6)
    expect(thresholdForLargeShare(scores, 0.25)).toBeCloseTo(0.2, 6)
  })

  test('sends everything small at share 0 and everything large at share 1', () => {
    expect(thresholdForLargeShare(scores, 0)).toBe(0)
    expect(thresholdForLargeShare(scores, 1)).toBeGreaterThan(0.9)
  })
})
