import {describe, expect, test} from 'vitest'

import {classPairs, countVotes, mostVoted} from '../../../../src/routers/svm/math/one-vs-one.js'

describe('one-vs-one voting', () => {
  test('lists each pair of classes once, the earlier class first', () => {
    expect(classPairs([0, 2, 3])).toEqual([
      [0, 2],
      [0, 3],
      [2, 3],
    ])
  })

  test('votes for the first class of a pair on a positive value, else the second', () => {
    const pairs = classPairs([0, 1, 2])
    // Row 1 only: 0 beats 1, 2 beats 0, 1 beats 2 — a three-way tie.
    const values = Float64Array.from([9, 9, 9, 0.5, -0.5, 0.5])

    const votes = countVotes(values, 1, pairs, 4)

    expect(Array.from(votes)).toEqual([1, 1, 1, 0])
    expect(mostVoted(votes)).toBe(0)
  })

  test('gives the most voted class', () => {
    const votes = countVotes(Float64Array.from([-1, -1, -1]), 0, classPairs([0, 1, 2]), 3)

    expect(Array.from(votes)).toEqual([0, 1, 2])
    expect(mostVoted(votes)).toBe(2)
  })
})
