import {describe, expect, test} from 'vitest'

import {sumIntoSegments} from '../../../src/ml/math/segment-sum.js'

describe('sumIntoSegments', () => {
  test('adds rows into their segments and skips ids outside the segment range', () => {
    const values = Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8])

    const sums = sumIntoSegments(values, [1, 1, -1, 3], 2, 3, new Float32Array(6))

    expect(Array.from(sums)).toEqual([0, 0, 4, 6, 0, 0])
  })

  test('handles empty rows and no segments', () => {
    expect(sumIntoSegments(new Int32Array(0), [0, 1], 0, 2, new Int32Array(0))).toHaveLength(0)
    expect(sumIntoSegments(Int32Array.from([1]), [0], 1, 0, new Int32Array(0))).toHaveLength(0)
  })
})
