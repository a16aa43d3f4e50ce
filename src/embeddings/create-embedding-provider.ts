import {createOpenAIProvider} from './openai-provider.js'
import type {EmbeddingProvider} from './types.js'
import {createUSELiteProvider} from './use-lite-provider.js'

/** Which embedding model to use: the built-in one or an OpenAI-compatible endpoint. */
export type EmbeddingSpec =
  | {readonly provider: 'use-lite'}
  | {
      readonly provider: 'openai'
      /** Model name sent to `/v1/embeddings`, such as `text-embedding-3-small`. */
      readonly model: string
      /** Base URL of the API including `/v1`; defaults to OpenAI's. */
      readonly baseURL?: string
      /** Name of the environment variable holding the API key; `OPENAI_API_KEY` by default. */
      readonly apiKeyEnv?: string
      /** Vector width to request; needed for models the provider doesn't know. */
      readonly dimension?: number
    }

/**
 * Creates the provider a spec describes. Nothing is loaded or called until the first `embed`.
 * @param spec - The provider and its settings.
 * @returns The provider.
 */
export function createEmbeddingProvider(spec: EmbeddingSpec): EmbeddingProvider {
  switch (spec.provider) {
    case 'use-lite':
      return createUSELiteProvider()
    case 'openai':
      return createOpenAIProvider(spec)
  }
}
