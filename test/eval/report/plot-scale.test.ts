import {describe, expect, test} from 'vitest'

import {createZoomedScale} from '../../../src/eval/report/plot-scale.js'

describe('createZoomedScale', () => {
  test('fits the padded range of the values, not the next round numbers', () => {
    const scale = createZoomedScale([0.154, 0.743, 0.45], {padding: 0.05, minTicks: 3, maxTicks: 5})
    expect(scale.low).toBeCloseTo(0.1245)
    expect(scale.high).toBeCloseTo(0.7725)
    expect(scale.ticks).toEqual([0.2, 0.4, 0.6])
    expect(scale.project(scale.low)).toBe(0)
    expect(scale.project(scale.high)).toBe(1)
  })

  test('picks the finest round step that stays within the tick budget', () => {
    expect(createZoomedScale([0.5, 0.6], {padding: 0, minTicks: 3, maxTicks: 5}).ticks).toEqual([
      0.5, 0.525, 0.55, 0.575, 0.6,
    ])
    expect(createZoomedScale([0, 100], {padding: 0, minTicks: 3, maxTicks: 5}).ticks).toEqual([
      0, 25, 50, 75, 100,
    ])
  })

  test('keeps the padding inside the limits unless a value lies outside them', () => {
    const inside = createZoomedScale([0, 1], {
      padding: 0.1,
      minTicks: 3,
      maxTicks: 5,
      limits: [0, 1],
    })
    expect([inside.low, inside.high]).toEqual([0, 1])
    const outside = createZoomedScale([-0.5, 1], {
      padding: 0,
      minTicks: 3,
      maxTicks: 5,
      limits: [0, 1],
    })
    expect(outside.low).toBe(-0.5)
  })

  test('gives a single value a small range around it', () => {
    const scale = createZoomedScale([0.7], {padding: 0.05, minTicks: 3, maxTicks: 5})
    expect(scale.low).toBeLessThan(0.7)
    expect(scale.high).toBeGreaterThan(0.7)
    expect(scale.ticks.length).toBeGreaterThanOrEqual(3)
  })
})
