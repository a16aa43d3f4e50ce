import {describe, expect, test} from 'vitest'

import {
  averagePerformanceOverCost,
  costAtPerformance,
  paretoFrontIndices,
  performanceAtCost,
  upperHullIndices,
} from '../../../src/eval/metrics/hull.js'

const points = [
  {cost: 1, performance: 0.2},
  {cost: 2, performance: 0.5},
  {cost: 3, performance: 0.55},
  {cost: 4, performance: 0.8},
  {cost: 5, performance: 0.7},
  {cost: 2, performance: 0.4},
]
const hull = [
  {cost: 1, performance: 0.2},
  {cost: 2, performance: 0.5},
  {cost: 4, performance: 0.8},
]

describe('cost–quality hull', () => {
  test('keeps the non-dominated points, cheapest first', () => {
    expect(paretoFrontIndices(points)).toEqual([0, 1, 2, 3])
  })

  test('keeps identical non-dominated points and drops equal-cost worse ones', () => {
    const twins = [
      {cost: 1, performance: 0.5},
      {cost: 1, performance: 0.5},
      {cost: 1, performance: 0.4},
    ]
    expect(paretoFrontIndices(twins)).toEqual([0, 1])
    expect(upperHullIndices(twins)).toEqual([0])
  })

  test('drops Pareto points on or under the chord of their neighbours', () => {
    expect(upperHullIndices(points)).toEqual([0, 1, 3])
    const collinear = [
      {cost: 1, performance: 0.1},
      {cost: 2, performance: 0.2},
      {cost: 3, performance: 0.3},
    ]
    expect(upperHullIndices(collinear)).toEqual([0, 2])
  })

  test('reads performance at a cost linearly, flat past the last vertex, null below the first', () => {
    expect(performanceAtCost(hull, 3)).toBeCloseTo(0.65, 12)
    expect(performanceAtCost(hull, 6)).toBe(0.8)
    expect(performanceAtCost(hull, 0.5)).toBeNull()
  })

  test('reads the cheapest cost reaching a performance, null above the best vertex', () => {
    expect(costAtPerformance(hull, 0.65)).toBeCloseTo(3, 12)
    expect(costAtPerformance(hull, 0.1)).toBe(1)
    expect(costAtPerformance(hull, 0.9)).toBeNull()
  })

  test('averages the hull over a cost range, flat after its best point', () => {
    // (0.35 + 1.3 + 0.8) / 4: trapezoids 1–2 and 2–4, then 0.8 flat from 4 to 5.
    expect(averagePerformanceOverCost(hull, 1, 5)).toBeCloseTo(0.6125, 12)
    // (0.2125 + 0.575) / 1.5: from 0.35 at cost 1.5 up to 0.5 at 2, then up to 0.65 at 3.
    expect(averagePerformanceOverCost(hull, 1.5, 3)).toBeCloseTo(0.525, 12)
  })

  test('returns the hull value when the cost range is empty', () => {
    expect(averagePerformanceOverCost(hull, 3, 3)).toBeCloseTo(0.65, 12)
  })
})
