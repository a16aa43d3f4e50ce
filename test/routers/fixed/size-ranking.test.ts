import {describe, expect, test} from 'vitest'

import type {ModelCard} from '../../../src/data/types.js'
import {pickBySize} from '../../../src/routers/fixed/size-ranking.js'

function card(name: string, sizeBillions: number | null, price: number | null): ModelCard {
  return {
    name,
    sizeBillions,
    size: sizeBillions === null ? null : `${sizeBillions}B`,
    inputPrice: price,
    outputPrice: price,
    description: null,
    raw: {},
  }
}

describe('pickBySize', () => {
  test('ranks by parameter count when every size is known', () => {
    const models = [card('mid', 13, 0.3), card('big', 70, 0.9), card('tiny', 7, 0.2)]

    expect(pickBySize(models, 'smallest')).toEqual({index: 2, basis: 'parameters'})
    expect(pickBySize(models, 'largest')).toEqual({index: 1, basis: 'parameters'})
  })

  test('ranks by list price when a closed model has no size', () => {
    const models = [card('open', 7, 0.2), card('closed', null, 10)]

    expect(pickBySize(models, 'largest')).toEqual({index: 1, basis: 'price'})
  })

  test('ranks the models of known size when prices are missing too', () => {
    const models = [card('closed', null, null), card('small', 7, null), card('large', 70, null)]

    expect(pickBySize(models, 'smallest')).toEqual({index: 1, basis: 'known-parameters'})
    expect(pickBySize(models, 'largest')).toEqual({index: 2, basis: 'known-parameters'})
  })

  test('falls back to the first candidate and says so when nothing ranks them', () => {
    const models = [card('a', null, null), card('b', null, null)]

    expect(pickBySize(models, 'largest')).toEqual({index: 0, basis: 'none'})
  })
})
