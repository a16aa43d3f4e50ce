import {describe, expect, test} from 'vitest'

import {parseModelSize} from '../../src/data/model-size.js'

describe('parseModelSize', () => {
  test.each([
    ['7B', 7],
    ['8x7B', 56],
    ['1.5B', 1.5],
    ['70b', 70],
    ['560M', 0.56],
    ['46.7B (MoE, 12.9B active)', 46.7],
    ['1T', 1000],
    ['13', 13],
  ])('reads %s as %d billion', (size, billions) => {
    expect(parseModelSize(size)).toBeCloseTo(billions, 10)
  })

  test.each([null, '', 'unknown', 'B7', '7 bananas'])('reads %s as unknown', (size) => {
    expect(parseModelSize(size)).toBeNull()
  })
})
