import {describe, expect, test} from 'vitest'

import type {PairChoiceInput} from '../../../../src/routers/hybrid-llm/math/pair-selection.js'
import {chooseModelPair} from '../../../../src/routers/hybrid-llm/math/pair-selection.js'
import {modelCard} from '../../../support/tiny-matrix.js'

// Four queries, one task each. "best" solves three; "good-pricey" two of those; "weak-cheap"
// one. Per query, they cost 1, 3 and 10.
const models = [
  modelCard('weak-cheap', 0.1, 7),
  modelCard('good-pricey', 0.3, 13),
  modelCard('best', 1, 70),
]
const performance = Float32Array.from([1, 1, 1, 0, 1, 1, 0, 0, 1, 0, 0, 0])
const queryCosts = Float64Array.from({length: 12}, (_, cell) => [1, 3, 10][cell % 3] ?? 0)

function input(hparam: Partial<PairChoiceInput['hparam']> = {}): PairChoiceInput {
  return {
    models,
    meanPerformance: [0.25, 0.5, 0.75],
    meanCost: [1, 3, 10],
    outcomes: {performance, queryCosts, tasks: ['t1', 't2', 't3', 't4'], modelCount: 3},
    hparam: {pair: 'auto', small_llm: null, large_llm: null, pair_cost_share: 0.5, ...hparam},
  }
}

describe('chooseModelPair', () => {
  test('auto pairs the best model with the small one promising most at the budget', () => {
    // At half of 40: good-pricey reaches (2 + 1) / 4; weak-cheap (1 + 1 + 7/9) / 4.
    expect(chooseModelPair(input())).toEqual({
      small: 1,
      large: 2,
      smallBasis: 'best-at-budget',
      largeBasis: 'best-performance',
    })
  })

  test('auto prefers the cheaper small model when both promise the same', () => {
    expect(chooseModelPair(input({pair_cost_share: 0.8}))).toMatchObject({small: 0})
  })

  test('auto leaves out a small model that alone costs more than the budget', () => {
    expect(chooseModelPair(input({pair_cost_share: 0.25}))).toMatchObject({
      small: 0,
      smallBasis: 'best-at-budget',
    })
  })

  test('auto falls back to the cheapest other model when none fits the budget', () => {
    expect(chooseModelPair(input({pair_cost_share: 0.05}))).toMatchObject({
      small: 0,
      smallBasis: 'cheapest',
    })
  })

  test('size pairs the smallest and the largest parameter counts, as the Python router', () => {
    expect(chooseModelPair(input({pair: 'size'}))).toEqual({
      small: 0,
      large: 2,
      smallBasis: 'size',
      largeBasis: 'size',
    })
  })

  test('takes a named side as named and chooses the other by the rule', () => {
    expect(chooseModelPair(input({large_llm: 'good-pricey'}))).toMatchObject({small: 0, large: 1})
    expect(chooseModelPair(input({small_llm: 'weak-cheap'}))).toMatchObject({small: 0, large: 2})
  })

  test('rejects a name that is not a candidate and lists the candidates', () => {
    expect(() => chooseModelPair(input({small_llm: 'gpt-9'}))).toThrow(
      'hparam.small_llm is "gpt-9", which isn\'t a candidate. Candidates: weak-cheap, good-pricey, best.',
    )
  })

  test('rejects the same model named on both sides', () => {
    expect(() => chooseModelPair(input({small_llm: 'best', large_llm: 'best'}))).toThrow(
      /both name "best"/,
    )
  })

  test('rejects pair: size when fewer than two models have a size', () => {
    const unsized = {
      ...input({pair: 'size'}),
      models: models.map((model, index) => ({...model, sizeBillions: index === 0 ? 7 : null})),
    }

    expect(() => chooseModelPair(unsized)).toThrow(/too few models \(weak-cheap\)/)
  })
})
