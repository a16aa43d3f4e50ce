// Entry point of an embedding worker thread (started by `embed-texts.ts`): it acts on load, as
// an entry point must. It embeds each batch of texts it's sent and posts the vectors back.
import {parentPort, workerData} from 'node:worker_threads'

import {createEmbeddingProvider, type EmbeddingSpec} from './create-embedding-provider.js'

/** A batch sent to a worker. */
export interface EmbeddingWorkerRequest {
  readonly id: number
  readonly texts: readonly string[]
}

/** A worker's answer: the vectors packed row after row, or what went wrong. */
export type EmbeddingWorkerResponse =
  | {readonly id: number; readonly vectors: Float32Array}
  | {readonly id: number; readonly error: {readonly message: string; readonly stack?: string}}

if (parentPort !== null) {
  const port = parentPort
  const provider = createEmbeddingProvider((workerData as {spec: EmbeddingSpec}).spec)
  let queue = Promise.resolve()
  port.on('message', (request: EmbeddingWorkerRequest) => {
    queue = queue.then(async () => {
      try {
        const vectors = await provider.embed(request.texts)
        const packed = new Float32Array(vectors.length * provider.dimension)
        vectors.forEach((vector, index) => packed.set(vector, index * provider.dimension))
        const response: EmbeddingWorkerResponse = {id: request.id, vectors: packed}
        port.postMessage(response, [packed.buffer])
      } catch (error) {
        const {message, stack} = error instanceof Error ? error : new Error(String(error))
        const response: EmbeddingWorkerResponse = {id: request.id, error: {message, stack}}
        port.postMessage(response)
      }
    })
  })
}
