import type {LoadedRouterConfig} from '../../config/index.js'
import {UserError} from '../../errors/index.js'
import {createCachedProvider} from '../../embeddings/cached-provider.js'
import type {EmbeddingSpec} from '../../embeddings/create-embedding-provider.js'
import {createEmbeddingProvider} from '../../embeddings/create-embedding-provider.js'
import {embedTexts} from '../../embeddings/embed-texts.js'
import {defaultEmbeddingCacheDir} from '../../embeddings/embedding-cache.js'
import type {EmbeddingProvider} from '../../embeddings/types.js'
import {createProgress} from '../../output.js'
import type {ArtifactManifest} from '../../routers/artifact/artifact-store.js'

/** Which embedding model a run uses, and where its cache lives. */
export interface EmbeddingSettings {
  readonly spec: EmbeddingSpec
  /** Cache folder; the user's cache (`~/.cache/llmrouter/embeddings`) when absent. */
  readonly cacheDir?: string
}

/** An embedder that remembers which spec made it, so artifacts can record it. */
export interface QueryEmbedder extends EmbeddingProvider {
  readonly spec: EmbeddingSpec
}

/** The built-in offline model with the user's cache. */
export const defaultEmbeddingSettings: EmbeddingSettings = {spec: {provider: 'use-lite'}}

/** Above this many texts, embedding goes through worker threads and shows progress. */
const datasetSize = 64

/**
 * Reads the embedding settings of a config (`embedding:`), or the defaults without one.
 * @param config - The loaded config, or null.
 * @returns The settings.
 */
export function embeddingSettingsFromConfig(config: LoadedRouterConfig | null): EmbeddingSettings {
  const embedding = config?.config.embedding
  if (!embedding || embedding.provider === 'use-lite') {
    return {spec: {provider: 'use-lite'}, cacheDir: embedding?.cache_dir}
  }
  if (!embedding.model) {
    throw new UserError(`${config.path}: embedding.model is required with provider openai.`, {
      code: 'CONFIG_INVALID',
      exitCode: 2,
      suggestions: ['Name the model, e.g. `model: text-embedding-3-small`.'],
    })
  }
  return {
    spec: {
      provider: 'openai',
      model: embedding.model,
      baseURL: embedding.base_url,
      apiKeyEnv: embedding.api_key_env,
    },
    cacheDir: embedding.cache_dir,
  }
}

/**
 * Creates the embedder a run uses: every text goes through the on-disk cache, and a large batch
 * (a dataset) is embedded in worker threads with a progress line on stderr.
 * @param settings - Model and cache folder.
 * @param onStage - Told when a dataset starts embedding.
 * @returns The embedder; close it when done.
 */
export function createQueryEmbedder(
  settings: EmbeddingSettings,
  onStage?: (stage: string) => void,
): Promise<QueryEmbedder> {
  const cacheDir = settings.cacheDir ?? defaultEmbeddingCacheDir()
  const provider = createEmbeddingProvider(settings.spec)
  const cached = createCachedProvider(provider, cacheDir)
  const embedDataset = async (texts: readonly string[]): Promise<Float32Array[]> => {
    onStage?.(`embedding ${texts.length} texts with ${provider.id} (cached in ${cacheDir})`)
    const progress = createProgress(`embedding with ${provider.id}`)
    try {
      return await embedTexts(settings.spec, texts, {
        cacheDir,
        onProgress: (done, total) => progress.update(done, total),
      })
    } finally {
      progress.end()
    }
  }
  return Promise.resolve({
    spec: settings.spec,
    id: provider.id,
    get dimension() {
      return provider.dimension
    },
    embed: (texts) => (texts.length >= datasetSize ? embedDataset(texts) : cached.embed(texts)),
    close: () => cached.close?.() ?? Promise.resolve(),
  })
}

/**
 * Creates the embedder a trained router needs: the model recorded in its artifact, checked
 * against the config's when both are given.
 * @param manifest - The artifact's manifest.
 * @param config - The loaded config, or null.
 * @returns The embedder, or null when the router needs none.
 */
export async function createEmbedderForArtifact(
  manifest: ArtifactManifest,
  config: LoadedRouterConfig | null,
): Promise<QueryEmbedder | null> {
  if (!manifest.embedding) return null
  const settings = config
    ? embeddingSettingsFromConfig(config)
    : {spec: manifest.embedding.spec ?? defaultEmbeddingSettings.spec}
  const embedder = await createQueryEmbedder(settings)
  if (embedder.id !== manifest.embedding.id) {
    await embedder.close?.()
    throw new UserError(
      `The artifact was trained with embeddings "${manifest.embedding.id}", but the config asks for "${embedder.id}".`,
      {
        code: 'ARTIFACT_MISMATCH',
        suggestions: ['Route with the embedding settings used in training, or train again.'],
      },
    )
  }
  return embedder
}
