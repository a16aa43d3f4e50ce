import {describe, expect, test} from 'vitest'

import {decideFromScores, pickByUtility} from '../../../src/routers/scoring/pick-by-utility.js'
import type {ScoreTable} from '../../../src/routers/spec/index.js'

const table: ScoreTable = {
  candidates: ['small', 'medium', 'large'],
  // Query 0: large is best; query 1: small and large tie on quality.
  performance: Float32Array.from([0.5, 0.6, 0.9, 0.7, 0.6, 0.7]),
  cost: Float64Array.from([0.001, 0.002, 0.01, 0.001, 0.002, 0.01]),
}

describe('pickByUtility', () => {
  test('picks the best predicted quality at λ = 0', () => {
    expect(pickByUtility(table, 0, 0)).toBe(2)
  })

  test('keeps the cheaper model when two models score the same', () => {
    expect(pickByUtility(table, 1, 0)).toBe(0)
  })

  test('moves to cheaper models as λ grows', () => {
    // At λ = 50: small 0.45, medium 0.5, large 0.4.
    expect(pickByUtility(table, 0, 50)).toBe(1)
    expect(pickByUtility(table, 0, 1e6)).toBe(0)
  })
})

describe('decideFromScores', () => {
  test('lists every candidate, best utility first, and explains the pick', () => {
    const decision = decideFromScores(table, 0, 0, (chosen) => `picked ${chosen.model}`)

    expect(decision.model).toBe('large')
    expect(decision.reason).toBe('picked large')
    expect(decision.scores?.map((score) => score.model)).toEqual(['large', 'medium', 'small'])
    expect(decision.scores?.[0]?.utility).toBeCloseTo(0.9)
  })
})
