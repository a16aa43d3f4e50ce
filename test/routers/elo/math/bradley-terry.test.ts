import {describe, expect, test} from 'vitest'

import type {BattleRules} from '../../../../src/routers/elo/math/battles.js'
import {countBattles} from '../../../../src/routers/elo/math/battles.js'
import {
  createBradleyTerrySolver,
  expectedScores,
  strengthsToRatings,
} from '../../../../src/routers/elo/math/bradley-terry.js'

const allPairs: BattleRules = {battles: 'all_pairs', ties: 'half'}
const elo = {scale: 400, base: 10, initial: 1000}
const nearlyFlatPrior = {priorPrecision: 1e-12, maxIterations: 100, tolerance: 1e-12}

function fitStrengths(wins: Float64Array, modelCount: number): Float64Array {
  const theta = new Float64Array(modelCount)
  createBradleyTerrySolver(modelCount).fit(wins, new Float64Array(modelCount), theta, {
    ...nearlyFlatPrior,
  })
  return theta
}

describe('createBradleyTerrySolver', () => {
  test('fits the odds of a 3–1 record: ratings ln 3 apart, centred on the initial rating', () => {
    const wins = Float64Array.from([0, 3, 1, 0])

    const ratings = strengthsToRatings(fitStrengths(wins, 2), elo)

    // 400 · log10(3) / 2 = 95.424 points either side of 1000.
    expect(ratings[0]).toBeCloseTo(1000 + 200 * Math.log10(3), 6)
    expect(ratings[1]).toBeCloseTo(1000 - 200 * Math.log10(3), 6)
  })

  test('respects the scale, base and initial rating', () => {
    const wins = Float64Array.from([0, 3, 1, 0])

    const ratings = strengthsToRatings(fitStrengths(wins, 2), {scale: 100, base: 2, initial: 1500})

    expect(ratings[0]).toBeCloseTo(1500 + 50 * Math.log2(3), 6)
    expect(ratings[1]).toBeCloseTo(1500 - 50 * Math.log2(3), 6)
  })

  test('gives every model the initial rating when the results are symmetric', () => {
    // A rock–paper–scissors cycle: a beats b, b beats c, c beats a.
    const wins = Float64Array.from([0, 1, 0, 0, 0, 1, 1, 0, 0])

    const ratings = strengthsToRatings(fitStrengths(wins, 3), elo)

    expect(ratings).toEqual([1000, 1000, 1000])
  })

  test('ranks a model that always wins first and keeps its rating finite', () => {
    const wins = countBattles(Float32Array.from([1, 0, 0, 1, 1, 0, 1, 0, 1]), 3, allPairs)
    const theta = new Float64Array(3)

    const report = createBradleyTerrySolver(3).fit(wins, new Float64Array(3), theta, {
      priorPrecision: 0.5,
      maxIterations: 100,
      tolerance: 1e-12,
    })
    const ratings = strengthsToRatings(theta, elo)

    expect(report.converged).toBe(true)
    expect(ratings.every(Number.isFinite)).toBe(true)
    expect(ratings[0]).toBeGreaterThan(Math.max(ratings[1] ?? 0, ratings[2] ?? 0))
    expect(ratings[1]).toBeCloseTo(ratings[2] ?? 0, 9)
    expect((ratings[0] ?? 0) + (ratings[1] ?? 0) + (ratings[2] ?? 0)).toBeCloseTo(3000, 9)
  })

  test('needs one step when it starts at the optimum', () => {
    const wins = Float64Array.from([0, 3, 1, 0])
    const theta = Float64Array.from([Math.log(3) / 2, -Math.log(3) / 2])

    const report = createBradleyTerrySolver(2).fit(wins, new Float64Array(2), theta, {
      ...nearlyFlatPrior,
    })

    expect(report).toEqual({iterations: 1, converged: true})
  })
})

describe('expectedScores', () => {
  test('averages each model’s chances against the others, so a field averages ½', () => {
    const scores = new Float64Array(3)

    expectedScores(Float64Array.from([Math.log(3), 0, 0]), scores)

    expect(scores[0]).toBeCloseTo(0.75, 12)
    expect(scores[1]).toBeCloseTo((0.25 + 0.5) / 2, 12)
    expect(scores[2]).toBeCloseTo((0.25 + 0.5) / 2, 12)
  })
})
