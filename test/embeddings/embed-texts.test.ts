import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {afterEach, beforeEach, describe, expect, test} from 'vitest'

import {embedTexts} from '../../src/embeddings/embed-texts.js'
import {createUSELiteProvider} from '../../src/embeddings/use-lite-provider.js'
import {startOpenAITestServer} from '../support/openai-test-server.js'

function dot(left: Float32Array, right: Float32Array): number {
  let sum = 0
  for (let index = 0; index < left.length; index++) sum += left[index]! * right[index]!
  return sum
}

const topics = ['bread', 'taxes', 'rust lifetimes', 'jazz chords', 'tide pools', 'chess openings']
const texts = Array.from(
  {length: 72},
  (_, index) =>
    `Question ${index}: tell me about ${topics[index % topics.length]}, part ${index % 5}.`,
)

describe('embedTexts', () => {
  let directory: string

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'llmrouter-embed-'))
  })

  afterEach(async () => {
    await rm(directory, {recursive: true, force: true})
  })

  test('embeds the built-in model in worker threads with progress, like in-process', async () => {
    // Given
    const progress: [number, number][] = []
    const provider = createUSELiteProvider()

    // When
    const vectors = await embedTexts({provider: 'use-lite'}, texts, {
      workers: 2,
      batchSize: 8,
      cacheDir: false,
      onProgress: (done, total) => progress.push([done, total]),
    })
    const expected = await provider.embed(texts)
    await provider.close?.()

    // Then
    expect(vectors).toHaveLength(texts.length)
    vectors.forEach((vector, index) =>
      expect(dot(vector, expected[index]!)).toBeGreaterThan(0.99999),
    )
    expect(progress.at(-1)).toEqual([texts.length, texts.length])
    const counts = progress.map(([done]) => done)
    expect(counts).toEqual([...counts].sort((left, right) => left - right))
    expect(progress.length).toBeGreaterThan(2)
  })

  test('embeds each distinct text once and answers a second run from the cache', async () => {
    // Given
    const server = await startOpenAITestServer({dimension: 8})
    const spec = {provider: 'openai', model: 'fake', baseURL: server.baseURL} as const
    const duplicated = ['a', 'b', 'a', 'c']

    try {
      // When
      const first = await embedTexts(spec, duplicated, {cacheDir: directory})
      const requestsAfterFirst = server.requests.length
      const progress: number[] = []
      const second = await embedTexts(spec, duplicated, {
        cacheDir: directory,
        onProgress: (done) => progress.push(done),
      })

      // Then
      expect(requestsAfterFirst).toBe(1)
      expect(server.requests[0]?.body).toMatchObject({input: ['a', 'b', 'c']})
      expect(server.requests.length).toBe(requestsAfterFirst)
      expect(second).toEqual(first)
      expect(progress).toEqual([4])
    } finally {
      await server.close()
    }
  })
})
