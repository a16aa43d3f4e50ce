import {describe, expect, test} from 'vitest'
import {closestKey, editDistance} from '../../src/config/index.js'

describe('editDistance', () => {
  test('counts inserts, deletes, substitutions and swaps as one edit each', () => {
    expect(editDistance('n_neighbours', 'n_neighbors')).toBe(1)
    expect(editDistance('wieghts', 'weights')).toBe(1)
    expect(editDistance('lamda', 'lambda')).toBe(1)
    expect(editDistance('metric', 'metric')).toBe(0)
    expect(editDistance('', 'seed')).toBe(4)
  })

  test('ignores case', () => {
    expect(editDistance('KNNRouter', 'knnrouter')).toBe(0)
  })
})

describe('closestKey', () => {
  test('suggests the nearest known key', () => {
    expect(closestKey('n_neighbours', ['weights', 'n_neighbors', 'metric'])).toBe('n_neighbors')
  })

  test('keeps the first key when two are equally close', () => {
    expect(closestKey('cots', ['cost', 'cots2'])).toBe('cost')
  })

  test('suggests nothing when every key is too far', () => {
    expect(closestKey('budget', ['router', 'data_path', 'hparam'])).toBeUndefined()
  })

  test('never guesses for one-letter keys', () => {
    expect(closestKey('k', ['p'])).toBeUndefined()
  })
})
