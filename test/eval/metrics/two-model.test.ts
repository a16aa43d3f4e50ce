import {describe, expect, test} from 'vitest'

import {measureTwoModelRouter} from '../../../src/eval/metrics/two-model.js'

describe('measureTwoModelRouter', () => {
  test('integrates PGR over the strong share and interpolates CPT', () => {
    // Given PGR 0 at share 0, 0.5 at 0.25, 1 at 0.5 and 1 at 1 (weak 0.25, strong 0.75)
    const points = [
      {strongShare: 0.25, performance: 0.5},
      {strongShare: 0.5, performance: 0.75},
    ]

    // When
    const metrics = measureTwoModelRouter(points, 0.25, 0.75)

    // Then 0.0625 + 0.1875 + 0.5 by trapezoids; 80% is reached 60% of the way from 0.25 to 0.5
    expect(metrics.apgr).toBeCloseTo(0.75, 12)
    expect(metrics.cpt50).toBeCloseTo(0.25, 12)
    expect(metrics.cpt80).toBeCloseTo(0.4, 12)
    expect(metrics.curve).toEqual([
      {strongShare: 0, pgr: 0},
      {strongShare: 0.25, pgr: 0.5},
      {strongShare: 0.5, pgr: 1},
      {strongShare: 1, pgr: 1},
    ])
  })

  test('gives a router on the diagonal an APGR of 0.5, like random mixing', () => {
    const points = [0.2, 0.4, 0.6].map((share) => ({
      strongShare: share,
      performance: 0.5 + share * 0.3,
    }))
    const metrics = measureTwoModelRouter(points, 0.5, 0.8)
    expect(metrics.apgr).toBeCloseTo(0.5, 12)
    expect(metrics.cpt50).toBeCloseTo(0.5, 12)
    expect(metrics.cpt80).toBeCloseTo(0.8, 12)
  })

  test('keeps the best performance when two points share a call share', () => {
    const points = [
      {strongShare: 0.5, performance: 0.3},
      {strongShare: 0.5, performance: 0.7},
    ]
    expect(measureTwoModelRouter(points, 0, 1).curve[1]).toEqual({strongShare: 0.5, pgr: 0.7})
  })

  test('returns null figures when the strong model is not better on test', () => {
    const metrics = measureTwoModelRouter([{strongShare: 0.5, performance: 0.6}], 0.7, 0.7)
    expect(metrics).toEqual({apgr: null, cpt50: null, cpt80: null, curve: []})
  })
})
