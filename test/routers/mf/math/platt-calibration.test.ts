import {describe, expect, test} from 'vitest'

import {
  calibrateScores,
  fitGlobalCalibration,
  fitPlattCalibration,
} from '../../../../src/routers/mf/math/platt-calibration.js'

describe('fitPlattCalibration', () => {
  test('maps higher scores to higher predicted performance', () => {
    const scores = Float64Array.from([-2, -1, 0, 1, 2, 3])
    const outcomes = Float32Array.from([0, 0, 1, 0, 1, 1])

    const calibration = fitPlattCalibration(scores, outcomes, 1)
    const predicted = Array.from(calibrateScores(calibration, Float64Array.from([-2, 0, 3])))

    expect(calibration.scale[0]).toBeGreaterThan(0)
    expect(predicted[0]).toBeLessThan(predicted[1] ?? 0)
    expect(predicted[1]).toBeLessThan(predicted[2] ?? 0)
  })

  test('falls back to the mean outcome when scores run against outcomes', () => {
    const scores = Float64Array.from([-2, -1, 1, 2])
    const outcomes = Float32Array.from([1, 1, 0, 0.5])

    const calibration = fitPlattCalibration(scores, outcomes, 1)
    const predicted = calibrateScores(calibration, Float64Array.from([-5, 5]))

    expect(calibration.scale[0]).toBe(0)
    expect(predicted[0]).toBeCloseTo(0.625, 5)
    expect(predicted[1]).toBeCloseTo(0.625, 5)
  })

  test('skips missing outcomes and gives an unseen model one half', () => {
    const scores = Float64Array.from([1, 0, -1, 0])
    const outcomes = Float32Array.from([1, Number.NaN, 0, Number.NaN])

    const calibration = fitPlattCalibration(scores, outcomes, 2)

    expect(calibration.scale[1]).toBe(0)
    expect(calibrateScores(calibration, Float64Array.from([0, 9]))[1]).toBe(0.5)
  })
})

describe('fitGlobalCalibration', () => {
  test('gives every model the same scale and offset, keeping the raw ranking', () => {
    const scores = Float64Array.from([2, -1, -1, 1, 0, 3])
    const outcomes = Float32Array.from([1, 0, 0, 1, 0, 1])

    const calibration = fitGlobalCalibration(scores, outcomes, 2)
    const predicted = calibrateScores(calibration, Float64Array.from([1, 2]))

    expect(calibration.scale[0]).toBe(calibration.scale[1])
    expect(calibration.offset[0]).toBe(calibration.offset[1])
    expect(predicted[1]).toBeGreaterThan(predicted[0] ?? 1)
  })
})
