import {embedTexts, type EmbedTextsOptions} from './embed-texts.js'
import type {EmbeddingProvider} from './types.js'
import {createUSELiteProvider, type USELiteProvider} from './use-lite-provider.js'

/** The built-in provider plus dataset embedding through worker threads and the cache. */
export interface BuiltInEmbedder extends EmbeddingProvider {
  /**
   * Embeds many texts with `embedTexts` (workers, cache, progress).
   * @param texts - The texts.
   * @param options - Progress, workers and cache; cache defaults to the embedder's.
   * @returns One vector per text.
   */
  embedMany(texts: readonly string[], options?: EmbedTextsOptions): Promise<Float32Array[]>
}

/**
 * Creates the built-in USE lite embedder with its model loaded, for callers that embed single
 * queries (`embed`) and whole datasets (`embedMany`).
 * @param options - Defaults for `embedMany`.
 * @returns The ready embedder.
 */
export async function createBuiltInEmbedder(
  options: EmbedTextsOptions = {},
): Promise<BuiltInEmbedder> {
  const provider: USELiteProvider = createUSELiteProvider()
  await provider.warmUp()
  return {
    id: provider.id,
    dimension: provider.dimension,
    embed: (texts) => provider.embed(texts),
    embedMany: (texts, overrides) =>
      embedTexts({provider: 'use-lite'}, texts, {...options, ...overrides}),
    close: async () => {
      await provider.close?.()
    },
  }
}
