import path from 'node:path'

import {createHparamSchemaTable, loadRouterConfig} from '../../config/index.js'
import {writeFileAtomically} from '../../data/writers/atomic-write.js'
import {usageError} from '../../errors/index.js'
import {loadArtifact} from '../../routers/artifact/artifact-store.js'
import {createRouterRegistry} from '../../routers/registry.js'
import type {Decision, RouterQuery} from '../../routers/spec/index.js'
import {createEmbedderForArtifact} from '../shared/create-query-embedder.js'
import {readRouteInput} from './read-route-input.js'

/** Options of `llmrouter route`, free of flags. */
export interface RouteQueriesOptions {
  /** Queries given as arguments. */
  readonly queries: readonly string[]
  /** A .txt, .json or .jsonl file of queries. */
  readonly inputPath?: string
  /** Writes decisions here (JSONL for .jsonl, else JSON) instead of returning them only. */
  readonly outputPath?: string
  /** The artifact folder; the config's `model_path.load_model_path` when absent. */
  readonly artifactPath?: string
  readonly configPath?: string
  /** λ; the config's `lambda` when absent, else 0. */
  readonly lambda?: number
  readonly seed: number
}

/** One routed query. */
export interface RoutedQuery extends Decision {
  readonly query: string
}

/** What `llmrouter route` returns. */
export interface RouteResult {
  readonly router: string
  readonly artifact: string
  readonly lambda: number
  readonly decisions: RoutedQuery[]
  /** The file written, when --output was given. */
  readonly written: string | null
}

/**
 * Loads a trained router and routes queries with it.
 * @param options - Queries, artifact and λ.
 * @returns Every decision with each candidate's predicted performance and cost.
 */
export async function routeQueries(options: RouteQueriesOptions): Promise<RouteResult> {
  if (options.outputPath) outputFormat(options.outputPath)
  const registry = createRouterRegistry()
  const hparamSchemas = createHparamSchemaTable(registry.routers)
  const config = options.configPath
    ? await loadRouterConfig(options.configPath, {stage: 'test', hparamSchemas})
    : null
  const artifactPath = options.artifactPath ?? config?.modelPaths.load_model_path
  if (!artifactPath) {
    throw usageError('No router artifact named.', [
      'Pass --artifact <folder> (what `llmrouter train` wrote) or a --config with model_path.load_model_path.',
    ])
  }
  const queries = await collectQueries(options)
  const artifact = await loadArtifact(artifactPath)
  const definition = registry.resolve(artifact.manifest.router)
  const embedder = await createEmbedderForArtifact(artifact.manifest, config)
  try {
    const router = definition.create(artifact, {embedder, seed: options.seed})
    const lambda = options.lambda ?? config?.config.lambda ?? 0
    const decisions = await router.routeBatch(queries, {lambda})
    const routed = decisions.map((decision, index) => ({
      query: queries[index]?.text ?? '',
      ...decision,
    }))
    const written = options.outputPath ? await writeDecisions(options.outputPath, routed) : null
    return {
      router: definition.id,
      artifact: path.resolve(artifactPath),
      lambda,
      decisions: routed,
      written,
    }
  } finally {
    await embedder?.close?.()
  }
}

async function collectQueries(options: RouteQueriesOptions): Promise<RouterQuery[]> {
  const fromArguments = options.queries.map((text) => ({text}))
  const fromFile = options.inputPath ? await readRouteInput(options.inputPath) : []
  const queries = [...fromArguments, ...fromFile]
  if (queries.length === 0) {
    throw usageError('No query to route.', [
      'Give one as an argument (llmrouter route "What is 2+2?") or pass --input <file>.',
    ])
  }
  return queries
}

async function writeDecisions(file: string, decisions: readonly RoutedQuery[]): Promise<string> {
  const lines =
    outputFormat(file) === 'jsonl'
      ? decisions.map((decision) => `${JSON.stringify(decision)}\n`)
      : [`${JSON.stringify(decisions, null, 2)}\n`]
  await writeFileAtomically(file, lines)
  return path.resolve(file)
}

function outputFormat(file: string): 'json' | 'jsonl' {
  const extension = path.extname(file).toLowerCase()
  if (extension === '.jsonl') return 'jsonl'
  if (extension === '.json') return 'json'
  throw usageError(`--output takes a .json or .jsonl file, not "${path.basename(file)}".`)
}
