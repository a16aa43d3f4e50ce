import {describe, expect, test} from 'vitest'

import type {BattleRules} from '../../../../src/routers/elo/math/battles.js'
import {
  addBinaryBattles,
  countBattles,
  markBinaryQueries,
} from '../../../../src/routers/elo/math/battles.js'

const allPairs: BattleRules = {battles: 'all_pairs', ties: 'half'}

describe('countBattles', () => {
  test('lets the better model win each pair and splits a tie into two half wins', () => {
    const performance = Float32Array.from([1, 0, 0.5, 1, 1, Number.NaN])

    const wins = countBattles(performance, 3, allPairs)

    // Query 1: a beats b and c, c beats b. Query 2: a and b tie, c sits out.
    expect(Array.from(wins)).toEqual([0, 1.5, 1, 0.5, 0, 0, 0, 1, 0])
  })

  test('skips ties when told to', () => {
    const wins = countBattles(Float32Array.from([1, 1, 1, 0]), 2, {
      battles: 'all_pairs',
      ties: 'skip',
    })

    expect(Array.from(wins)).toEqual([0, 1, 0, 0])
  })

  test('lets the first best model beat every other one under the Python rule, even an equal one', () => {
    const wins = countBattles(Float32Array.from([1, 1, 0, 0, 1, 1]), 3, {
      battles: 'best_vs_rest',
      ties: 'half',
    })

    // Query 1: a (first of the two best) beats b and c. Query 2: b beats a and c.
    expect(Array.from(wins)).toEqual([0, 1, 1, 1, 0, 1, 0, 0, 0])
  })
})

describe('addBinaryBattles', () => {
  test('gives the win table of the pairwise count for 0/1 outcomes', () => {
    const performance = Float32Array.from([1, 0, 1, 0, 0, 1, 1, 1, 1, 0, 1, 0])
    const wins = new Float64Array(9)

    addBinaryBattles(Float64Array.from([2, 2, 3]), 4, wins)

    expect(Array.from(wins)).toEqual(Array.from(countBattles(performance, 3, allPairs)))
  })
})

describe('markBinaryQueries', () => {
  test('marks only queries where every model scored 0 or 1', () => {
    const performance = Float32Array.from([1, 0, 0.5, 1, Number.NaN, 0])

    expect(Array.from(markBinaryQueries(performance, 2))).toEqual([1, 0, 0])
  })
})
