import {createHash} from 'node:crypto'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'

/** One request the test server received. */
export interface RecordedRequest {
  readonly path: string
  readonly body: unknown
  readonly authorization: string | undefined
}

/** A small OpenAI-compatible server for tests; see `startOpenAITestServer`. */
export interface OpenAITestServer {
  /** Base URL including `/v1`, e.g. `http://127.0.0.1:41234/v1`. */
  readonly baseURL: string
  /** Every request, in order, failed ones included. */
  readonly requests: RecordedRequest[]
  /**
   * Makes the next requests fail.
   * @param count - How many requests fail.
   * @param status - HTTP status to answer with (429, 500, …).
   */
  failNext(count: number, status: number): void
  /** Stops the server. */
  close(): Promise<void>
}

/** Options of the test server. */
export interface OpenAITestServerOptions {
  /** Width of the fake embeddings. Default 64. */
  readonly dimension?: number
}

/**
 * A deterministic fake embedding: unit vector from the SHA-256 stream of the text.
 * @param text - The text.
 * @param dimension - Vector width.
 * @returns The vector, as the server sends it.
 */
export function fakeEmbedding(text: string, dimension: number): number[] {
  const values: number[] = []
  for (let block = 0; values.length < dimension; block++) {
    const digest = createHash('sha256').update(`${block}:${text}`).digest()
    for (let offset = 0; offset + 2 <= digest.length && values.length < dimension; offset += 2) {
      values.push(digest.readUInt16LE(offset) / 32_768 - 1)
    }
  }
  const norm = Math.sqrt(values.reduce((sum, value) => sum + value * value, 0))
  return values.map((value) => value / norm)
}

/**
 * Starts an OpenAI-compatible server on 127.0.0.1 and a free port. It answers
 * `POST /v1/embeddings` with `fakeEmbedding` vectors and `POST /v1/chat/completions` with
 * `echo: <last user message>`; it can be told to fail the next requests.
 * @param options - Embedding width.
 * @returns The running server.
 */
export async function startOpenAITestServer(
  options: OpenAITestServerOptions = {},
): Promise<OpenAITestServer> {
  const dimension = options.dimension ?? 64
  const requests: RecordedRequest[] = []
  const failures: number[] = []
  const server = createServer((request, response) => {
    void handle(request, response)
  })
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : {}
    const path = request.url ?? ''
    requests.push({path, body, authorization: request.headers.authorization})
    const failure = failures.shift()
    if (failure !== undefined) {
      send(response, failure, {error: {message: `injected failure ${failure}`, type: 'test'}})
    } else if (request.method === 'POST' && path === '/v1/embeddings') {
      const input = body.input
      const texts = Array.isArray(input) ? (input as string[]) : [String(input)]
      const width = typeof body.dimensions === 'number' ? body.dimensions : dimension
      send(response, 200, {
        object: 'list',
        model: body.model,
        data: texts.map((item, index) => ({
          object: 'embedding',
          index,
          embedding: fakeEmbedding(item, width),
        })),
        usage: {prompt_tokens: texts.length, total_tokens: texts.length},
      })
    } else if (request.method === 'POST' && path === '/v1/chat/completions') {
      const messages = (body.messages ?? []) as {role: string; content: string}[]
      const last = [...messages].reverse().find((message) => message.role === 'user')
      const reply = `echo: ${last?.content ?? ''}`
      send(response, 200, {
        id: 'chatcmpl-test',
        object: 'chat.completion',
        created: 0,
        model: body.model,
        choices: [{index: 0, message: {role: 'assistant', content: reply}, finish_reason: 'stop'}],
        usage: {
          prompt_tokens: messages.length,
          completion_tokens: 1,
          total_tokens: messages.length + 1,
        },
      })
    } else {
      send(response, 404, {error: {message: `no route for ${request.method} ${path}`}})
    }
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    failNext(count, status) {
      for (let index = 0; index < count; index++) failures.push(status)
    },
    close() {
      return new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      })
    },
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {'content-type': 'application/json'})
  response.end(JSON.stringify(body))
}
