import {describe, expect, test} from 'vitest'

import {
  createBootstrapWeights,
  createSeededRandom,
  percentileInterval,
  resampleSums,
} from '../../../src/eval/metrics/bootstrap.js'

describe('bootstrap resampling', () => {
  test('repeats the same random sequence for the same seed', () => {
    const first = createSeededRandom(42)
    const second = createSeededRandom(42)
    const other = createSeededRandom(43)
    const draws = [first(), first(), first()]
    expect([second(), second(), second()]).toEqual(draws)
    expect(other()).not.toBe(draws[0])
    expect(draws.every((draw) => draw >= 0 && draw < 1)).toBe(true)
  })

  test('draws every resample with as many queries as the test split', () => {
    const weights = createBootstrapWeights(7, 5, 3)
    for (let sample = 0; sample < 5; sample += 1) {
      let total = 0
      for (let query = 0; query < 7; query += 1) total += weights.counts[query * 5 + sample]!
      expect(total).toBe(7)
    }
    expect(createBootstrapWeights(7, 5, 3).counts).toEqual(weights.counts)
  })

  test('sums values under each resample', () => {
    const weights = createBootstrapWeights(4, 3, 9)
    const values = Float64Array.from([1, 10, 100, 1000])
    const sums = {first: new Float64Array(3), second: new Float64Array(3)}
    resampleSums(weights, values, Float64Array.from([0, 0, 0, 0]), sums)
    for (let sample = 0; sample < 3; sample += 1) {
      let expected = 0
      for (let query = 0; query < 4; query += 1) {
        expected += weights.counts[query * 3 + sample]! * values[query]!
      }
      expect(sums.first[sample]).toBe(expected)
      expect(sums.second[sample]).toBe(0)
    }
  })

  test('reads percentiles between order statistics', () => {
    const sums = Float64Array.from({length: 100}, (_, index) => 99 - index)
    const interval = percentileInterval(sums, 1, 0.95)
    expect(interval.low).toBeCloseTo(2.475, 12)
    expect(interval.high).toBeCloseTo(96.525, 12)
    expect(percentileInterval(sums, 10, 0.95).low).toBeCloseTo(0.2475, 12)
  })
})
