import createDebug from 'debug'
import type {OpenAI as OpenAIClient} from 'openai'

import {ExternalError, LLMRouterError, UserError} from '../errors/index.js'
import {l2Normalize} from './l2-normalize.js'
import type {EmbeddingProvider} from './types.js'

/** Options of the OpenAI-compatible `/v1/embeddings` provider. */
export interface OpenAIProviderOptions {
  /** Model name, such as `text-embedding-3-small`. */
  readonly model: string
  /** Base URL including `/v1`; OpenAI's by default. */
  readonly baseURL?: string
  /** Environment variable holding the API key; `OPENAI_API_KEY` by default. */
  readonly apiKeyEnv?: string
  /** Vector width to request (sent as `dimensions`); needed for models not known here. */
  readonly dimension?: number
  /** Texts per request. Default 128. */
  readonly batchSize?: number
  /** Time allowed for one request, in milliseconds. Default 60 000. */
  readonly timeoutMs?: number
  /** Retries after a 429, a 5xx or a timeout; refused connections get at most 2. Default 5. */
  readonly maxRetries?: number
  /** First backoff delay in milliseconds, doubled each retry, with jitter. Default 500. */
  readonly retryBaseDelayMs?: number
  /** Environment to read the key from; `process.env` by default. */
  readonly env?: NodeJS.ProcessEnv
}

const debug = createDebug('llmrouter:embeddings:openai')
const defaultBaseURL = 'https://api.openai.com/v1'
const knownDimensions: Readonly<Record<string, number>> = {
  'text-embedding-3-small': 1536,
  'text-embedding-3-large': 3072,
  'text-embedding-ada-002': 1536,
}
const maximumConnectionRetries = 2
const maximumDelayMs = 20_000

/**
 * Creates a provider that calls an OpenAI-compatible `/v1/embeddings` endpoint through the
 * `openai` SDK, loaded on first use. Requests are batched and retried with exponential backoff
 * and jitter on 429 and 5xx answers; vectors come back L2-normalised. The API key is read from
 * the environment and never printed.
 * @param options - Model, endpoint and retry settings.
 * @returns The provider. Its `dimension` is 0 until the first answer when the model isn't known
 *   and no `dimension` is given.
 */
export function createOpenAIProvider(options: OpenAIProviderOptions): EmbeddingProvider {
  const baseURL = (options.baseURL ?? defaultBaseURL).replace(/\/+$/, '')
  const endpoint = `${baseURL}/embeddings`
  const batchSize = options.batchSize ?? 128
  const timeoutMs = options.timeoutMs ?? 60_000
  let dimension = options.dimension ?? knownDimensions[options.model] ?? 0
  let client: Promise<OpenAIClient> | undefined

  const request = async (texts: readonly string[]): Promise<Float32Array[]> => {
    client ??= createClient(options, baseURL, timeoutMs)
    const openai = await client
    const response = await withRetries(options, endpoint, timeoutMs, () =>
      openai.embeddings.create({
        model: options.model,
        input: [...texts],
        encoding_format: 'float',
        ...(options.dimension === undefined ? {} : {dimensions: options.dimension}),
      }),
    )
    const rows = [...response.data].sort((left, right) => left.index - right.index)
    if (rows.length !== texts.length) {
      throw new ExternalError(
        `${endpoint} returned ${rows.length} embeddings for ${texts.length} texts.`,
        {
          code: 'ENDPOINT_FAILED',
          suggestions: ['Check that the server implements /v1/embeddings.'],
        },
      )
    }
    return rows.map((row) => {
      const vector = l2Normalize(Float32Array.from(row.embedding))
      if (dimension === 0) dimension = vector.length
      if (vector.length !== dimension) {
        throw new ExternalError(
          `${endpoint} returned ${vector.length}-float vectors for model "${options.model}"; expected ${dimension}.`,
          {code: 'ENDPOINT_FAILED', suggestions: ['Set `dimension` to the width the model gives.']},
        )
      }
      return vector
    })
  }

  return {
    id: `openai:${options.model}${options.dimension === undefined ? '' : `:${options.dimension}`}`,
    get dimension() {
      return dimension
    },
    async embed(texts) {
      const vectors: Float32Array[] = []
      for (let start = 0; start < texts.length; start += batchSize) {
        vectors.push(...(await request(texts.slice(start, start + batchSize))))
      }
      return vectors
    },
    close() {
      client = undefined
      return Promise.resolve()
    },
  }
}

async function createClient(
  options: OpenAIProviderOptions,
  baseURL: string,
  timeoutMs: number,
): Promise<OpenAIClient> {
  const keyName = options.apiKeyEnv ?? 'OPENAI_API_KEY'
  const key = (options.env ?? process.env)[keyName]
  if (!key && (options.baseURL === undefined || options.apiKeyEnv !== undefined)) {
    throw new UserError(`Environment variable ${keyName} isn't set; ${baseURL} needs an API key.`, {
      code: 'CONFIG_INVALID',
      suggestions: [
        `Export ${keyName} with your key, or set apiKeyEnv to the variable that holds it.`,
      ],
    })
  }
  const {OpenAI} = await import('openai')
  // Local OpenAI-compatible servers usually ignore the key, but the SDK insists on one.
  return new OpenAI({apiKey: key ?? 'unused', baseURL, timeout: timeoutMs, maxRetries: 0})
}

async function withRetries<TResult>(
  options: OpenAIProviderOptions,
  endpoint: string,
  timeoutMs: number,
  call: () => Promise<TResult>,
): Promise<TResult> {
  const maxRetries = options.maxRetries ?? 5
  const baseDelayMs = options.retryBaseDelayMs ?? 500
  for (let attempt = 0; ; attempt++) {
    try {
      return await call()
    } catch (error) {
      const failure = classifyFailure(error)
      const allowed =
        failure.kind === 'refused' ? Math.min(maxRetries, maximumConnectionRetries) : maxRetries
      if (!failure.retriable || attempt >= allowed) {
        throw describeFailure(error, failure, endpoint, options, timeoutMs, attempt + 1)
      }
      const backoff = Math.min(maximumDelayMs, baseDelayMs * 2 ** attempt)
      const delay = Math.max(failure.retryAfterMs ?? 0, backoff * (0.5 + Math.random() / 2))
      debug('%s failed (%s); retry %d in %d ms', endpoint, failure.kind, attempt + 1, delay)
      await new Promise((resolve) => setTimeout(resolve, Math.min(delay, maximumDelayMs)))
    }
  }
}

interface Failure {
  readonly kind: 'status' | 'timeout' | 'refused' | 'other'
  readonly status?: number
  readonly retriable: boolean
  readonly retryAfterMs?: number
}

function classifyFailure(error: unknown): Failure {
  // The SDK's error classes don't set `name`, so tell them apart by constructor.
  const name = (error as {constructor?: {name?: string}} | undefined)?.constructor?.name ?? ''
  const status = (error as {status?: unknown}).status
  if (typeof status === 'number') {
    const retryAfter = Number((error as {headers?: Headers}).headers?.get?.('retry-after'))
    return {
      kind: 'status',
      status,
      retriable: status === 408 || status === 429 || status >= 500,
      retryAfterMs: Number.isFinite(retryAfter) ? retryAfter * 1000 : undefined,
    }
  }
  if (name === 'APIConnectionTimeoutError') return {kind: 'timeout', retriable: true}
  if (name === 'APIConnectionError') return {kind: 'refused', retriable: true}
  return {kind: 'other', retriable: false}
}

function describeFailure(
  error: unknown,
  failure: Failure,
  endpoint: string,
  options: OpenAIProviderOptions,
  timeoutMs: number,
  attempts: number,
): Error {
  const tries = attempts === 1 ? '' : ` after ${attempts} attempts`
  const keyName = options.apiKeyEnv ?? 'OPENAI_API_KEY'
  const fail = (message: string, suggestions: string[]): ExternalError =>
    new ExternalError(message, {code: 'ENDPOINT_FAILED', cause: error, suggestions})
  switch (failure.kind) {
    case 'refused': {
      const reason = describeCause(error)
      return fail(`Embedding endpoint ${endpoint} didn't answer${tries} (${reason}).`, [
        'Check that the server is running and listening on that host and port.',
        'Check baseURL: it must include the /v1 prefix.',
      ])
    }
    case 'timeout':
      return fail(`Embedding endpoint ${endpoint} didn't answer within ${timeoutMs} ms${tries}.`, [
        'Check that the server is up, or raise the timeout.',
      ])
    case 'status': {
      const status = failure.status ?? 0
      if (status === 401 || status === 403) {
        return fail(
          `Embedding endpoint ${endpoint} rejected the API key from ${keyName} (HTTP ${status}).`,
          [`Check the key in ${keyName}, and that it may use model "${options.model}".`],
        )
      }
      if (status === 404) {
        return fail(`Embedding endpoint ${endpoint} answered 404 for model "${options.model}".`, [
          'Check the model name, and that baseURL ends with /v1.',
        ])
      }
      return fail(`Embedding endpoint ${endpoint} failed with HTTP ${status}${tries}.`, [
        status === 429
          ? 'The endpoint is rate-limiting; wait, or lower the request rate.'
          : 'Check the server logs; the request had the model and texts the API expects.',
      ])
    }
    case 'other':
      if (LLMRouterError.isInstance(error)) return error
      return fail(`Embedding endpoint ${endpoint} failed: ${describeCause(error)}.`, [])
  }
}

function describeCause(error: unknown): string {
  const cause = (error as {cause?: unknown}).cause
  const inner = (cause as {cause?: unknown} | undefined)?.cause ?? cause
  const code = (inner as {code?: unknown} | undefined)?.code
  if (typeof code === 'string') return code
  return error instanceof Error ? error.message : String(error)
}
