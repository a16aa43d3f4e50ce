import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {afterEach, beforeEach, describe, expect, test} from 'vitest'

import {ExactIndex} from '../../src/index/exact-index.js'
import {randomUnitVectors} from './random-vectors.js'

function bruteForceTop(rows: Float32Array[], query: Float32Array, k: number): number[] {
  const scores = rows.map((row, index) => ({
    index,
    score: row.reduce((sum, value, column) => sum + value * query[column]!, 0),
  }))
  return scores
    .sort((left, right) => right.score - left.score)
    .slice(0, k)
    .map(({index}) => index)
}

describe('ExactIndex', () => {
  let directory: string

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'llmrouter-index-'))
  })

  afterEach(async () => {
    await rm(directory, {recursive: true, force: true})
  })

  test('finds the same neighbours as a brute-force scan, closest first', () => {
    // Given
    const rows = randomUnitVectors(300, 32, 7)
    const index = new ExactIndex(32, 16)
    index.add(rows.slice(0, 100))
    index.add(rows.slice(100))
    const [query] = randomUnitVectors(1, 32, 99)

    // When
    const {rows: found, distances} = index.search(query!, 5)

    // Then
    expect(index.size).toBe(300)
    expect(Array.from(found)).toEqual(bruteForceTop(rows, query!, 5))
    expect(distances[0]).toBeLessThanOrEqual(distances[4]!)
  })

  test('returns a stored vector at distance 0 and fewer neighbours than k when small', () => {
    const rows = randomUnitVectors(3, 8, 1)
    const index = new ExactIndex(8)
    index.add(rows)

    const result = index.search(rows[1]!, 10)

    expect(result.rows).toHaveLength(3)
    expect(result.rows[0]).toBe(1)
    expect(result.distances[0]).toBeCloseTo(0, 5)
  })

  test('answers a batch like single searches', () => {
    const index = new ExactIndex(16)
    index.add(randomUnitVectors(500, 16, 3))
    const queries = randomUnitVectors(20, 16, 4)

    const batch = index.searchBatch(queries, 4)

    queries.forEach((query, position) => {
      expect(Array.from(batch[position]!.rows)).toEqual(Array.from(index.search(query, 4).rows))
    })
  })

  test('rejects vectors of the wrong length', () => {
    const index = new ExactIndex(8)

    expect(() => index.add([new Float32Array(7)])).toThrow(/doesn't fit a 8-dimension index/)
  })

  test('saves and loads the same rows', async () => {
    // Given
    const index = new ExactIndex(12)
    index.add(randomUnitVectors(50, 12, 5))
    const path = join(directory, 'exact.index')

    // When
    await index.save(path)
    const loaded = await ExactIndex.load(path)

    // Then
    expect(loaded.size).toBe(50)
    expect(loaded.vectorAt(49)).toEqual(index.vectorAt(49))
  })

  test('refuses a file that isn’t an index', async () => {
    const path = join(directory, 'junk.index')
    await writeFile(path, 'junk')

    await expect(ExactIndex.load(path)).rejects.toThrow(/isn't a vector index saved by llmrouter/)
  })

  test('searches 5,500 × 512 in well under 5 ms a query, even on a busy machine', () => {
    // Given
    const index = new ExactIndex(512, 5500)
    index.add(randomUnitVectors(5500, 512, 11))
    const queries = randomUnitVectors(50, 512, 12)
    for (const query of queries.slice(0, 5)) index.search(query, 10)

    // When
    const started = performance.now()
    for (const query of queries) index.search(query, 10)
    const perQuery = (performance.now() - started) / queries.length

    // Then
    console.log(`exact search, 5,500 × 512: ${perQuery.toFixed(3)} ms per query`)
    expect(perQuery).toBeLessThan(5)
  })
})
