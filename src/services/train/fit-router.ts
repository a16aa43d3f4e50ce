import type {CostModelParameters} from '../../data/cost-model.js'
import {fingerprintMatrix} from '../../data/fingerprint.js'
import type {OutcomeMatrix} from '../../data/types.js'
import {UserError} from '../../errors/index.js'
import type {EmbeddingProvider} from '../../embeddings/types.js'
import type {Artifact, ArtifactManifest} from '../../routers/artifact/artifact-store.js'
import type {RouterDefinition} from '../../routers/router-definition.js'
import type {QueryEmbedder} from '../shared/create-query-embedder.js'
import {formatSchemaProblems} from '../shared/schema-problems.js'

/** Everything a router is trained from, in memory. */
export interface FitRouterOptions {
  readonly definition: RouterDefinition
  readonly matrix: OutcomeMatrix
  /** Hyper-parameters from the config and the command line, not yet validated. */
  readonly hparam: Readonly<Record<string, unknown>>
  readonly seed: number
  readonly costModel: CostModelParameters
  /** Embeds the training queries when the router needs embeddings. */
  readonly embedder: EmbeddingProvider | null
  /** Embeddings of the training queries, when the caller already has them. */
  readonly embeddings?: readonly Float32Array[]
}

/**
 * Trains a router in memory and returns the artifact it would write, so evaluation can train
 * and route without touching the disk.
 * @param options - Router, data and settings.
 * @returns The artifact and how long training took.
 */
export async function fitRouter(
  options: FitRouterOptions,
): Promise<{artifact: Artifact; seconds: number}> {
  const {definition, matrix} = options
  const hparam = validateHparam(definition, options.hparam)
  const started = performance.now()
  const embeddings = definition.capabilities.needsEmbeddings
    ? (options.embeddings ?? (await embedTrainingQueries(options)))
    : null
  const result = await definition.train({
    matrix,
    hparam,
    seed: options.seed,
    costModel: options.costModel,
    embeddings,
    embedder: options.embedder,
  })
  const seconds = (performance.now() - started) / 1000
  const manifest: ArtifactManifest = {
    format: 'llmrouter-artifact/1',
    router: definition.id,
    specificationVersion: 'v1',
    createdAt: new Date().toISOString(),
    candidates: matrix.models.map((model) => model.name),
    embedding: embeddings ? describeEmbedding(options.embedder, embeddings) : null,
    dataFingerprint: fingerprintMatrix(matrix),
    hparam,
    costModel: options.costModel,
    state: result.state,
    trainingMetrics: {...result.metrics, trainingSeconds: seconds},
    arrays: {},
  }
  return {artifact: {manifest, arrays: result.arrays}, seconds}
}

/**
 * Validates a router's hyper-parameters and fills in defaults.
 * @param definition - The router.
 * @param hparam - Raw values from the config and the command line.
 * @returns The validated values.
 */
export function validateHparam(
  definition: RouterDefinition,
  hparam: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const parsed = definition.hparamSchema.safeParse(hparam)
  if (parsed.success) return parsed.data
  throw new UserError(
    `Invalid hyper-parameters for ${definition.id}: ${formatSchemaProblems(parsed.error, 'hparam')}`,
    {code: 'CONFIG_INVALID', exitCode: 2, suggestions: ['See the config reference in the README.']},
  )
}

async function embedTrainingQueries(options: FitRouterOptions): Promise<Float32Array[]> {
  if (!options.embedder) {
    throw new UserError(`${options.definition.id} needs query embeddings, but none are set up.`, {
      code: 'EMBEDDING_FAILED',
      suggestions: ['Set `embedding.provider` in the config (use-lite works offline).'],
    })
  }
  return options.embedder.embed(options.matrix.queries.map((query) => query.text))
}

/** Records which model made the training embeddings; `precomputed` when the caller gave them. */
function describeEmbedding(
  embedder: EmbeddingProvider | null,
  embeddings: readonly Float32Array[],
): ArtifactManifest['embedding'] {
  return {
    id: embedder?.id ?? 'precomputed',
    dimension: embeddings[0]?.length ?? embedder?.dimension ?? 0,
    spec: embedder && 'spec' in embedder ? (embedder as QueryEmbedder).spec : undefined,
  }
}
