import path from 'node:path'

import {fitCostModel} from '../../data/cost-model.js'
import {usageError} from '../../errors/index.js'
import type {ArtifactManifest} from '../../routers/artifact/artifact-store.js'
import {saveArtifact} from '../../routers/artifact/artifact-store.js'
import {createRouterRegistry} from '../../routers/registry.js'
import {loadRunInputs} from '../shared/load-run-inputs.js'
import {parseRouterSelections} from '../shared/router-selection.js'
import {fitRouter} from './fit-router.js'

/** Options of `llmrouter train`, free of flags. */
export interface TrainRouterOptions {
  /** Router id; the config's router when absent. */
  readonly router?: string
  readonly configPath?: string
  readonly dataPath?: string
  /** Artifact folder; the config's `model_path.save_model_path` when absent. */
  readonly outputPath?: string
  readonly seed: number
  readonly onStage?: (stage: string) => void
}

/** What `llmrouter train` reports. */
export interface TrainReport {
  readonly router: string
  /** The artifact folder written. */
  readonly artifact: string
  readonly dataset: string
  readonly candidates: readonly string[]
  readonly trainingQueries: number
  readonly embedding: ArtifactManifest['embedding']
  readonly hparam: Readonly<Record<string, unknown>>
  readonly seconds: number
  readonly metrics: Readonly<Record<string, number>>
}

/**
 * Trains a router on a dataset's training split and writes its artifact folder atomically.
 * @param options - Router, config, data and destination.
 * @returns What was trained and where it was written.
 */
export async function trainRouter(options: TrainRouterOptions): Promise<TrainReport> {
  const registry = createRouterRegistry()
  const inputs = await loadRunInputs({
    registry,
    dataPath: options.dataPath,
    configPath: options.configPath,
    stage: 'train',
    routerId: options.router,
    onStage: options.onStage,
  })
  try {
    const routerName = options.router ?? inputs.config?.routerId
    if (!routerName) throw usageError('No router named.', ['Pass --router knnrouter, say.'])
    const [selection] = parseRouterSelections(routerName, registry)
    if (!selection) throw usageError(`No router in "${routerName}".`)
    const destination = options.outputPath ?? inputs.config?.modelPaths.save_model_path
    if (!destination) {
      throw usageError('No place to write the artifact.', [
        'Pass --output <folder> or set model_path.save_model_path in the config.',
      ])
    }
    const {definition} = selection
    const embedder = definition.capabilities.needsEmbeddings ? await inputs.getEmbedder() : null
    options.onStage?.(`training ${definition.id} on ${inputs.dataset.train.queries.length} queries`)
    const {artifact, seconds} = await fitRouter({
      definition,
      matrix: inputs.dataset.train,
      hparam: {
        ...(inputs.config?.routerId === definition.id ? inputs.config.hparam : {}),
        ...selection.overrides,
      },
      seed: options.seed,
      costModel: fitCostModel(inputs.dataset.train, inputs.costOptions),
      embedder,
    })
    const manifest = await saveArtifact(destination, artifact)
    return {
      router: definition.id,
      artifact: path.resolve(destination),
      dataset: inputs.dataset.name,
      candidates: manifest.candidates,
      trainingQueries: inputs.dataset.train.queries.length,
      embedding: manifest.embedding,
      hparam: manifest.hparam,
      seconds,
      metrics: manifest.trainingMetrics,
    }
  } finally {
    await inputs.close()
  }
}
