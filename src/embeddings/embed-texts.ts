import {createRequire} from 'node:module'
import {availableParallelism} from 'node:os'
import {dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {Worker} from 'node:worker_threads'

import createDebug from 'debug'

import {ExternalError} from '../errors/index.js'
import {createEmbeddingProvider, type EmbeddingSpec} from './create-embedding-provider.js'
import {defaultEmbeddingCacheDir, EmbeddingCache} from './embedding-cache.js'
import type {EmbeddingWorkerRequest, EmbeddingWorkerResponse} from './embedding-worker.js'
import type {EmbeddingProgress, EmbeddingProvider} from './types.js'

/** Options of `embedTexts`. */
export interface EmbedTextsOptions {
  /** Called after each batch with how many texts are done, cache hits included. */
  readonly onProgress?: EmbeddingProgress
  /**
   * Worker threads for the built-in model; one per core (at most 4) by default. The WebAssembly
   * backend runs one thread, so workers are how a dataset uses every core.
   */
  readonly workers?: number
  /** Cache folder; `defaultEmbeddingCacheDir()` by default, `false` for no cache. */
  readonly cacheDir?: string | false
  /** Texts per batch handed to the provider or a worker: 16 for the built-in model, else 256. */
  readonly batchSize?: number
}

const debug = createDebug('llmrouter:embeddings:embed-texts')
/** Below this many texts a worker's model load (~0.3 s) costs more than it saves. */
const minimumTextsForWorkers = 64
const maximumDefaultWorkers = 4

/**
 * Embeds a whole dataset: answers what it can from the cache, then embeds the distinct misses,
 * in worker threads for the built-in model, and reports progress as batches finish.
 * @param spec - The embedding provider to use.
 * @param texts - The texts, in order.
 * @param options - Progress callback, workers and cache.
 * @returns One L2-normalised vector per text.
 */
export async function embedTexts(
  spec: EmbeddingSpec,
  texts: readonly string[],
  options: EmbedTextsOptions = {},
): Promise<Float32Array[]> {
  const provider = createEmbeddingProvider(spec)
  const cacheDir = options.cacheDir ?? defaultEmbeddingCacheDir()
  const cache = cacheDir === false ? undefined : await EmbeddingCache.open(cacheDir, provider.id)
  const vectors: (Float32Array | undefined)[] = texts.map((text) => cache?.get(text))
  const positions = new Map<string, number[]>()
  texts.forEach((text, index) => {
    if (vectors[index] !== undefined) return
    const list = positions.get(text)
    if (list === undefined) positions.set(text, [index])
    else list.push(index)
  })
  const misses = [...positions.keys()]
  let done = texts.length - [...positions.values()].reduce((sum, list) => sum + list.length, 0)
  options.onProgress?.(done, texts.length)
  const storeBatch = async (batch: readonly string[], embedded: Float32Array[]): Promise<void> => {
    batch.forEach((text, index) => {
      for (const position of positions.get(text) ?? []) {
        vectors[position] = (embedded[index] as Float32Array).slice()
        done += 1
      }
    })
    await cache?.put(batch.map((text, index) => ({text, vector: embedded[index] as Float32Array})))
    options.onProgress?.(done, texts.length)
  }
  const batchSize = options.batchSize ?? (spec.provider === 'use-lite' ? 16 : 256)
  const workers = Math.min(
    options.workers ?? Math.min(availableParallelism(), maximumDefaultWorkers),
    Math.ceil(misses.length / batchSize),
  )
  try {
    if (spec.provider === 'use-lite' && workers > 1 && misses.length >= minimumTextsForWorkers) {
      debug('embedding %d texts in %d workers', misses.length, workers)
      await embedInWorkers(
        spec,
        misses,
        {workers, batchSize, dimension: provider.dimension},
        storeBatch,
      )
    } else {
      await embedInProcess(provider, misses, batchSize, storeBatch)
    }
  } finally {
    await provider.close?.()
  }
  return vectors as Float32Array[]
}

async function embedInProcess(
  provider: EmbeddingProvider,
  texts: readonly string[],
  batchSize: number,
  storeBatch: (batch: readonly string[], vectors: Float32Array[]) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < texts.length; start += batchSize) {
    const batch = texts.slice(start, start + batchSize)
    await storeBatch(batch, await provider.embed(batch))
  }
}

interface WorkerPlan {
  readonly workers: number
  readonly batchSize: number
  readonly dimension: number
}

/** Hands batches to a pool of workers, two in flight per worker so none waits for the next. */
async function embedInWorkers(
  spec: EmbeddingSpec,
  texts: readonly string[],
  plan: WorkerPlan,
  storeBatch: (batch: readonly string[], vectors: Float32Array[]) => Promise<void>,
): Promise<void> {
  const batches: string[][] = []
  for (let start = 0; start < texts.length; start += plan.batchSize) {
    batches.push(texts.slice(start, start + plan.batchSize))
  }
  const pool = Array.from({length: plan.workers}, () => startEmbeddingWorker(spec))
  let nextBatch = 0
  let stored = Promise.resolve()
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = 0
      const fail = (error: unknown): void =>
        reject(error instanceof Error ? error : new Error(String(error)))
      const send = (worker: Worker): void => {
        if (nextBatch >= batches.length) return
        const request: EmbeddingWorkerRequest = {
          id: nextBatch,
          texts: batches[nextBatch] as string[],
        }
        nextBatch += 1
        worker.postMessage(request)
      }
      for (const worker of pool) {
        worker.on('error', fail)
        worker.on('exit', (code) => {
          if (finished < batches.length)
            fail(new Error(`An embedding worker stopped with code ${code}.`))
        })
        worker.on('message', (response: EmbeddingWorkerResponse) => {
          if ('error' in response) {
            fail(
              new ExternalError(`An embedding worker failed: ${response.error.message}`, {
                code: 'EMBEDDING_FAILED',
              }),
            )
            return
          }
          const batch = batches[response.id] as string[]
          const vectors = batch.map((_, index) =>
            response.vectors.subarray(index * plan.dimension, (index + 1) * plan.dimension),
          )
          stored = stored.then(() => storeBatch(batch, vectors))
          stored.catch(fail)
          finished += 1
          if (finished === batches.length) stored.then(resolve, fail)
          else send(worker)
        })
        send(worker)
        send(worker)
      }
    })
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()))
  }
}

/**
 * Starts a worker from the compiled `.js`, or from the `.ts` source in development. Node 20
 * ignores `--import tsx` in a worker's execArgv, so the source case boots through a one-line
 * script that registers tsx and then imports the worker.
 */
function startEmbeddingWorker(spec: EmbeddingSpec): Worker {
  const workerData = {spec}
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./embedding-worker.js', import.meta.url), {workerData, execArgv: []})
  }
  const entry = new URL('./embedding-worker.ts', import.meta.url).href
  const tsx = JSON.stringify(resolveTSXRegister())
  const boot = `import(${tsx}).then(({register}) => { register(); return import(${JSON.stringify(entry)}) })`
  return new Worker(boot, {eval: true, workerData, execArgv: []})
}

function resolveTSXRegister(): string {
  const specifier = 'tsx/esm/api'
  // Vitest's module runner may not provide import.meta.resolve; fall back to tsx's layout.
  if (typeof import.meta.resolve === 'function') return import.meta.resolve(specifier)
  const packageJSON = createRequire(import.meta.url).resolve('tsx/package.json')
  return pathToFileURL(join(dirname(packageJSON), 'dist/esm/api/index.mjs')).href
}
