import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {afterEach, beforeEach, describe, expect, test} from 'vitest'

import {createVectorIndex, loadVectorIndex} from '../../src/index/create-vector-index.js'
import {randomUnitVectors} from './random-vectors.js'

describe('createVectorIndex', () => {
  let directory: string

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'llmrouter-index-'))
  })

  afterEach(async () => {
    await rm(directory, {recursive: true, force: true})
  })

  test('picks exact below 50k expected vectors and usearch above', () => {
    expect(createVectorIndex({dimension: 8}).kind).toBe('exact')
    expect(createVectorIndex({dimension: 8, expectedSize: 10_000}).kind).toBe('exact')
    expect(createVectorIndex({dimension: 8, expectedSize: 60_000}).kind).toBe('usearch')
  })

  test('usearch agrees with exact on the top neighbour of seeded random data', () => {
    // Given
    const rows = randomUnitVectors(2000, 64, 21)
    const queries = randomUnitVectors(100, 64, 22)
    const exact = createVectorIndex({dimension: 64, kind: 'exact'})
    const approximate = createVectorIndex({dimension: 64, kind: 'usearch'})
    exact.add(rows)
    approximate.add(rows)

    // When
    const agreeing = queries.filter(
      (query) => exact.search(query, 1).rows[0] === approximate.search(query, 1).rows[0],
    ).length

    // Then
    expect(approximate.size).toBe(2000)
    expect(agreeing).toBeGreaterThanOrEqual(97)
    const top = approximate.search(rows[5]!, 3)
    expect(top.rows[0]).toBe(5)
    expect(top.distances[0]).toBeCloseTo(0, 4)
  })

  test('saves and loads each kind through loadVectorIndex', async () => {
    const rows = randomUnitVectors(200, 16, 31)
    for (const kind of ['exact', 'usearch'] as const) {
      // Given
      const index = createVectorIndex({dimension: 16, kind})
      index.add(rows)
      const path = join(directory, `${kind}.index`)

      // When
      await index.save(path)
      const loaded = await loadVectorIndex(path)

      // Then
      expect(loaded.kind).toBe(kind)
      expect(loaded.size).toBe(200)
      expect(Array.from(loaded.search(rows[42]!, 1).rows)).toEqual([42])
    }
  })

  test('explains that faiss needs faiss-node when it isn’t installed', () => {
    expect(() => createVectorIndex({dimension: 8, kind: 'faiss'})).toThrow(/needs faiss-node/)
  })
})
