import {describe, expect, test} from 'vitest'

import {bilinearScores, winnerPairs} from '../../../../src/routers/mf/math/bilinear-scores.js'

describe('bilinearScores', () => {
  test('computes ⟨P_m, Wᵀe⟩ + bias for every query and model', () => {
    // W maps (x, y) to (x + y, 2y); P has rows (1, 0) and (0, 1); biases 0.5 and −1.
    const factors = {
      projection: Float32Array.from([1, 0, 1, 2]),
      modelEmbeddings: Float32Array.from([1, 0, 0, 1]),
      bias: Float32Array.from([0.5, -1]),
      dimension: 2,
      latentDim: 2,
      modelCount: 2,
    }

    const scores = bilinearScores(factors, Float32Array.from([1, 0, 1, 1]), 2)

    expect(Array.from(scores)).toEqual([1.5, -1, 2.5, 1])
  })
})

describe('winnerPairs', () => {
  test('marks strict wins between recorded outcomes only', () => {
    const performance = Float32Array.from([1, 0, 0.5, 1, 1, Number.NaN])

    const pairs = winnerPairs(performance, Int32Array.from([0, 1]), 3)

    // Query 0: model 0 beats 1 and 2, model 2 beats 1. Query 1: a tie, model 2 missing.
    expect(Array.from(pairs)).toEqual([0, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
  })
})
