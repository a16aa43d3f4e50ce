import {mkdtemp, readdir, rm, stat, truncate, writeFile, appendFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {afterEach, beforeEach, describe, expect, test} from 'vitest'

import {createCachedProvider} from '../../src/embeddings/cached-provider.js'
import {defaultEmbeddingCacheDir, EmbeddingCache} from '../../src/embeddings/embedding-cache.js'
import type {EmbeddingProvider} from '../../src/embeddings/types.js'

function vectorFor(text: string): Float32Array {
  return Float32Array.from({length: 8}, (_, index) => text.length + index / 10)
}

function countingProvider(): EmbeddingProvider & {calls: string[][]} {
  const calls: string[][] = []
  return {
    id: 'counting-8',
    dimension: 8,
    calls,
    embed(texts) {
      calls.push([...texts])
      return Promise.resolve(texts.map(vectorFor))
    },
  }
}

describe('EmbeddingCache', () => {
  let directory: string

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'llmrouter-cache-'))
  })

  afterEach(async () => {
    await rm(directory, {recursive: true, force: true})
  })

  test('keeps vectors across reopening', async () => {
    // Given
    const cache = await EmbeddingCache.open(directory, 'provider-a')
    await cache.put([{text: 'one', vector: vectorFor('one')}])
    await cache.put([{text: 'three', vector: vectorFor('three')}])

    // When
    const reopened = await EmbeddingCache.open(directory, 'provider-a')

    // Then
    expect(reopened.size).toBe(2)
    expect(reopened.get('three')).toEqual(vectorFor('three'))
    expect(reopened.get('missing')).toBeUndefined()
  })

  test('keeps providers apart', async () => {
    const first = await EmbeddingCache.open(directory, 'provider-a')
    await first.put([{text: 'one', vector: vectorFor('one')}])

    const second = await EmbeddingCache.open(directory, 'provider-b')

    expect(second.get('one')).toBeUndefined()
    expect(await readdir(directory)).toHaveLength(1)
  })

  test('ignores a torn last record and appends after the good ones', async () => {
    // Given
    const cache = await EmbeddingCache.open(directory, 'provider-a')
    await cache.put([
      {text: 'one', vector: vectorFor('one')},
      {text: 'two', vector: vectorFor('two')},
    ])
    const [file] = await readdir(directory)
    const path = join(directory, file!)
    const {size} = await stat(path)
    await truncate(path, size - 5)
    await appendFile(path, Buffer.from([1, 2, 3]))

    // When
    const torn = await EmbeddingCache.open(directory, 'provider-a')
    await torn.put([{text: 'four', vector: vectorFor('four')}])
    const reopened = await EmbeddingCache.open(directory, 'provider-a')

    // Then
    expect(torn.get('two')).toBeUndefined()
    expect(reopened.size).toBe(2)
    expect(reopened.get('one')).toEqual(vectorFor('one'))
    expect(reopened.get('four')).toEqual(vectorFor('four'))
  })

  test('replaces a file that isn’t a cache', async () => {
    const cache = await EmbeddingCache.open(directory, 'provider-a')
    await cache.put([{text: 'one', vector: vectorFor('one')}])
    const [file] = await readdir(directory)
    await writeFile(join(directory, file!), 'not a cache')

    const broken = await EmbeddingCache.open(directory, 'provider-a')
    await broken.put([{text: 'two', vector: vectorFor('two')}])
    const reopened = await EmbeddingCache.open(directory, 'provider-a')

    expect(reopened.size).toBe(1)
    expect(reopened.get('two')).toEqual(vectorFor('two'))
  })

  test('takes its default folder from LLMROUTER_CACHE_DIR, then XDG_CACHE_HOME', () => {
    expect(defaultEmbeddingCacheDir({LLMROUTER_CACHE_DIR: '/c'})).toBe(join('/c', 'embeddings'))
    expect(defaultEmbeddingCacheDir({XDG_CACHE_HOME: '/x'})).toBe(
      join('/x', 'llmrouter', 'embeddings'),
    )
    expect(defaultEmbeddingCacheDir({})).toMatch(/\.cache[/\\]llmrouter[/\\]embeddings$/)
  })
})

describe('createCachedProvider', () => {
  let directory: string

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'llmrouter-cache-'))
  })

  afterEach(async () => {
    await rm(directory, {recursive: true, force: true})
  })

  test('embeds only misses, once each, and serves hits without calling the provider', async () => {
    // Given
    const provider = countingProvider()
    const cached = createCachedProvider(provider, directory)

    // When
    const first = await cached.embed(['a', 'bb', 'a'])
    const second = await createCachedProvider(provider, directory).embed(['bb', 'a'])

    // Then
    expect(provider.calls).toEqual([['a', 'bb']])
    expect(first).toEqual([vectorFor('a'), vectorFor('bb'), vectorFor('a')])
    expect(second).toEqual([vectorFor('bb'), vectorFor('a')])
  })
})
