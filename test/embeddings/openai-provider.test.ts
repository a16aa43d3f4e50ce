import {afterAll, beforeAll, describe, expect, test} from 'vitest'

import {createOpenAIProvider} from '../../src/embeddings/openai-provider.js'
import {LLMRouterError} from '../../src/errors/index.js'
import {
  fakeEmbedding,
  startOpenAITestServer,
  type OpenAITestServer,
} from '../support/openai-test-server.js'

const env = {TEST_EMBEDDING_KEY: 'sk-test-secret'}

async function captureError(promise: Promise<unknown>): Promise<LLMRouterError> {
  try {
    await promise
  } catch (error) {
    if (LLMRouterError.isInstance(error)) return error
    throw error
  }
  throw new Error('expected a rejection')
}

describe('createOpenAIProvider', () => {
  let server: OpenAITestServer

  beforeAll(async () => {
    server = await startOpenAITestServer({dimension: 16})
  })

  afterAll(async () => {
    await server.close()
  })

  function provider(options: {batchSize?: number; maxRetries?: number} = {}) {
    return createOpenAIProvider({
      model: 'fake-embedding',
      baseURL: server.baseURL,
      apiKeyEnv: 'TEST_EMBEDDING_KEY',
      env,
      retryBaseDelayMs: 5,
      ...options,
    })
  }

  test('returns the server’s vectors in order, batched, with the key as bearer token', async () => {
    // Given
    const before = server.requests.length
    const texts = ['alpha', 'beta', 'gamma']

    // When
    const vectors = await provider({batchSize: 2}).embed(texts)

    // Then
    expect(server.requests.length - before).toBe(2)
    expect(server.requests.at(-1)?.authorization).toBe('Bearer sk-test-secret')
    vectors.forEach((vector, index) => {
      expect(vector).toHaveLength(16)
      const expected = fakeEmbedding(texts[index]!, 16)
      expected.forEach((value, column) => expect(vector[column]).toBeCloseTo(value, 5))
    })
  })

  test('retries after 429 and 500 answers', async () => {
    const before = server.requests.length
    server.failNext(1, 429)
    server.failNext(1, 500)

    const vectors = await provider().embed(['retry me'])

    expect(vectors).toHaveLength(1)
    expect(server.requests.length - before).toBe(3)
  })

  test('gives up after maxRetries with an error naming the endpoint', async () => {
    server.failNext(3, 503)

    const error = await captureError(provider({maxRetries: 2}).embed(['x']))

    expect(error.code).toBe('ENDPOINT_FAILED')
    expect(error.message).toContain(`${server.baseURL}/embeddings`)
    expect(error.message).toContain('HTTP 503 after 3 attempts')
  })

  test('reports a dead port clearly, without the key', async () => {
    // Given
    const dead = await startOpenAITestServer()
    const baseURL = dead.baseURL
    await dead.close()

    // When
    const error = await captureError(
      createOpenAIProvider({
        model: 'fake-embedding',
        baseURL,
        apiKeyEnv: 'TEST_EMBEDDING_KEY',
        env,
        retryBaseDelayMs: 5,
      }).embed(['x']),
    )

    // Then
    expect(error.audience).toBe('external')
    expect(error.code).toBe('ENDPOINT_FAILED')
    expect(error.message).toContain(`${baseURL}/embeddings didn't answer`)
    expect(error.suggestions.join(' ')).toContain('server is running')
    expect(JSON.stringify({message: error.message, suggestions: error.suggestions})).not.toContain(
      'sk-test-secret',
    )
  })

  test('asks for the key when the variable isn’t set', async () => {
    const error = await captureError(
      createOpenAIProvider({model: 'text-embedding-3-small', env: {}}).embed(['x']),
    )

    expect(error.audience).toBe('user')
    expect(error.message).toContain('OPENAI_API_KEY')
  })

  test('knows the width of OpenAI models and learns others from the first answer', async () => {
    expect(createOpenAIProvider({model: 'text-embedding-3-small'}).dimension).toBe(1536)
    const learning = provider()
    expect(learning.dimension).toBe(0)

    await learning.embed(['learn'])

    expect(learning.dimension).toBe(16)
  })
})

describe('startOpenAITestServer', () => {
  test('answers chat completions with a deterministic echo', async () => {
    // Given
    const server = await startOpenAITestServer()
    const {OpenAI} = await import('openai')
    const client = new OpenAI({apiKey: 'unused', baseURL: server.baseURL, maxRetries: 0})

    try {
      // When
      const completion = await client.chat.completions.create({
        model: 'fake-chat',
        messages: [
          {role: 'system', content: 'Be brief.'},
          {role: 'user', content: 'Route me.'},
        ],
      })

      // Then
      expect(completion.choices[0]?.message.content).toBe('echo: Route me.')
      expect(server.requests.at(-1)?.path).toBe('/v1/chat/completions')
    } finally {
      await server.close()
    }
  })
})
