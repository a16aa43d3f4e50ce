import {describe, expect, test} from 'vitest'

import {USearchIndex} from '../../src/index/index.js'
import {randomUnitVectors} from './random-vectors.js'

describe('USearchIndex.searchBatch', () => {
  const rows = randomUnitVectors(500, 32, 41)
  const queries = randomUnitVectors(3, 32, 42)
  const index = new USearchIndex(32)
  index.add(rows)

  test('finds for a batch of one what search finds', () => {
    const [batched] = index.searchBatch(queries.slice(0, 1), 5)
    const single = index.search(queries[0]!, 5)

    expect(Array.from(batched?.rows ?? [])).toEqual(Array.from(single.rows))
    expect(batched?.distances.length).toBe(5)
  })

  test('finds for each query of a batch what search finds', () => {
    const batched = index.searchBatch(queries, 5)

    expect(batched.map((found) => Array.from(found.rows))).toEqual(
      queries.map((query) => Array.from(index.search(query, 5).rows)),
    )
  })
})
