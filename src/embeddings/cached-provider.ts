import {defaultEmbeddingCacheDir, EmbeddingCache} from './embedding-cache.js'
import type {EmbeddingProvider} from './types.js'

/**
 * Wraps a provider so each distinct text is embedded once per machine: hits come from the
 * on-disk cache and only the misses reach the provider, deduplicated.
 * @param provider - The provider to wrap.
 * @param cacheDir - Folder of cache files; `defaultEmbeddingCacheDir()` by default.
 * @returns A provider with the same id and dimension.
 */
export function createCachedProvider(
  provider: EmbeddingProvider,
  cacheDir: string = defaultEmbeddingCacheDir(),
): EmbeddingProvider {
  let opening: Promise<EmbeddingCache> | undefined
  return {
    id: provider.id,
    get dimension() {
      return provider.dimension
    },
    async embed(texts) {
      opening ??= EmbeddingCache.open(cacheDir, provider.id)
      const cache = await opening
      const vectors = await embedThroughCache(cache, texts, (misses) => provider.embed(misses))
      return vectors
    },
    async close() {
      await provider.close?.()
    },
  }
}

/**
 * Answers texts from a cache and embeds the distinct misses, storing them.
 * @param cache - The open cache of the provider.
 * @param texts - Texts to embed.
 * @param embedMisses - Embeds the texts the cache lacks, in order.
 * @returns One vector per text.
 */
export async function embedThroughCache(
  cache: EmbeddingCache,
  texts: readonly string[],
  embedMisses: (texts: readonly string[]) => Promise<Float32Array[]>,
): Promise<Float32Array[]> {
  const vectors: (Float32Array | undefined)[] = texts.map((text) => cache.get(text))
  const misses = [...new Set(texts.filter((_, index) => vectors[index] === undefined))]
  if (misses.length > 0) {
    const embedded = await embedMisses(misses)
    await cache.put(misses.map((text, index) => ({text, vector: embedded[index] as Float32Array})))
    const byText = new Map(misses.map((text, index) => [text, embedded[index] as Float32Array]))
    texts.forEach((text, index) => {
      vectors[index] ??= byText.get(text)?.slice()
    })
  }
  return vectors as Float32Array[]
}
