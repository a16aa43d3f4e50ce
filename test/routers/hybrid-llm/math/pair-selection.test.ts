import {describe, expect, test} from 'vitest'

import type {PairChoiceInput} from '../../../../src/routers/hybrid-llm/math/pair-selection.js'
import {chooseModelPair} from '../../../../src/routers/hybrid-llm/math/pair-selection.js'
import {modelCard} from '../../../support/tiny-matrix.js'

const models = [
  modelCard('small-weak', 0.1, 7),
  modelCard('small-good', 0.2, 8),
  modelCard('mid', 0.6, 34),
  modelCard('best', 1, 70),
]

function input(hparam: Partial<PairChoiceInput['hparam']> = {}): PairChoiceInput {
  return {
    models,
    meanPerformance: [0.4, 0.55, 0.6, 0.65],
    meanCost: [1, 2, 6, 10],
    hparam: {pair: 'auto', small_llm: null, large_llm: null, small_cost_ratio: 0.5, ...hparam},
  }
}

describe('chooseModelPair', () => {
  test('auto pairs the best model with the best one costing at most half of it', () => {
    expect(chooseModelPair(input())).toEqual({
      small: 1,
      large: 3,
      smallBasis: 'best-within-cost',
      largeBasis: 'best-performance',
    })
  })

  test('auto falls back to the cheapest other model when none is cheap enough', () => {
    expect(chooseModelPair(input({small_cost_ratio: 0.05}))).toMatchObject({
      small: 0,
      smallBasis: 'cheapest',
    })
  })

  test('size pairs the smallest and the largest parameter counts, as the Python router', () => {
    expect(chooseModelPair(input({pair: 'size'}))).toEqual({
      small: 0,
      large: 3,
      smallBasis: 'size',
      largeBasis: 'size',
    })
  })

  test('takes a named side as named and chooses the other by the rule', () => {
    expect(chooseModelPair(input({large_llm: 'mid'}))).toMatchObject({small: 1, large: 2})
    expect(chooseModelPair(input({small_llm: 'small-weak'}))).toMatchObject({small: 0, large: 3})
  })

  test('rejects a name that is not a candidate and lists the candidates', () => {
    expect(() => chooseModelPair(input({small_llm: 'gpt-9'}))).toThrow(
      'hparam.small_llm is "gpt-9", which isn\'t a candidate. Candidates: small-weak, small-good, mid, best.',
    )
  })

  test('rejects the same model named on both sides', () => {
    expect(() => chooseModelPair(input({small_llm: 'mid', large_llm: 'mid'}))).toThrow(
      /both name "mid"/,
    )
  })

  test('rejects pair: size when fewer than two models have a size', () => {
    const unsized = {
      ...input({pair: 'size'}),
      models: models.map((model, index) => ({...model, sizeBillions: index === 0 ? 7 : null})),
    }

    expect(() => chooseModelPair(unsized)).toThrow(/too few models \(small-weak\)/)
  })
})
