import path from 'node:path'

import type {LoadedRouterConfig} from '../../config/index.js'
import {createHparamSchemaTable, loadRouterConfig} from '../../config/index.js'
import {loadRoutingDataset} from '../../data/load-dataset.js'
import type {RoutingDataset} from '../../data/types.js'
import {usageError} from '../../errors/index.js'
import type {EmbeddingProvider} from '../../embeddings/types.js'
import type {RouterRegistry} from '../../routers/registry.js'
import type {EmbeddingSettings} from './create-query-embedder.js'
import {createQueryEmbedder, embeddingSettingsFromConfig} from './create-query-embedder.js'

/** Where a command's data and settings come from. */
export interface RunInputOptions {
  readonly dataPath?: string
  readonly configPath?: string
  /** The stage the config is checked for. */
  readonly stage?: 'train' | 'test'
  /** Router named on the command line, which picks the config's `hparam` schema. */
  readonly routerId?: string
  /** The routers whose `hparam` schemas check the config. */
  readonly registry: RouterRegistry
  readonly onStage?: (stage: string) => void
}

/** A dataset and the settings around it, ready for training or evaluation. */
export interface RunInputs {
  readonly dataset: RoutingDataset
  readonly config: LoadedRouterConfig | null
  /** Hyper-parameters per router id, from the config. */
  readonly hparams: Readonly<Record<string, Readonly<Record<string, unknown>>>>
  readonly embeddingSettings: EmbeddingSettings
  /** Creates the embedder on first use; routers without embeddings never load a model. */
  readonly getEmbedder: () => Promise<EmbeddingProvider>
  readonly costOptions: {defaultOutputTokens?: number; charsPerToken?: number}
  /** Tags every report prints, such as `simulated`. */
  readonly labels: readonly string[]
  /** Releases the embedder's workers. */
  close(): Promise<void>
}

/**
 * Loads the config (when given) and the dataset it or `--data` names, and prepares a lazy
 * embedder from the config's embedding settings.
 * @param options - Paths from the command line.
 * @returns The inputs; call `close` when done.
 */
export async function loadRunInputs(options: RunInputOptions): Promise<RunInputs> {
  const config = options.configPath
    ? await loadRouterConfig(options.configPath, {
        stage: options.stage,
        routerId: options.routerId,
        hparamSchemas: createHparamSchemaTable(options.registry.routers),
      })
    : null
  options.onStage?.('loading data')
  const dataset = await loadDatasetFrom(options.dataPath, config)
  const embeddingSettings = embeddingSettingsFromConfig(config)
  let embedder: Promise<EmbeddingProvider> | undefined
  const getEmbedder = (): Promise<EmbeddingProvider> => {
    const created = embedder ?? createQueryEmbedder(embeddingSettings, options.onStage)
    embedder = created
    return created
  }
  return {
    dataset,
    config,
    hparams: config ? {[config.routerId]: config.hparam} : {},
    embeddingSettings,
    getEmbedder,
    costOptions: config
      ? {
          defaultOutputTokens: config.config.cost.default_output_tokens,
          charsPerToken: config.config.cost.chars_per_token,
        }
      : {},
    labels: isSimulated(dataset) ? ['simulated'] : [],
    async close() {
      if (embedder) await (await embedder).close?.()
    },
  }
}

async function loadDatasetFrom(
  dataPath: string | undefined,
  config: LoadedRouterConfig | null,
): Promise<RoutingDataset> {
  if (dataPath) return loadRoutingDataset({path: dataPath})
  const paths = config?.dataPaths
  if (paths?.dataset_dir) return loadRoutingDataset({path: paths.dataset_dir})
  if (paths?.routing_data_train && paths.llm_data) {
    return loadRoutingDataset({
      llmrouter: {
        routingTrain: paths.routing_data_train,
        routingTest: paths.routing_data_test,
        queryTrain: paths.query_data_train,
        queryTest: paths.query_data_test,
        llmData: paths.llm_data,
      },
      name: path.basename(path.dirname(paths.routing_data_train)),
    })
  }
  throw usageError('No routing data named.', [
    'Pass --data <folder> or a --config whose data_path names dataset_dir or routing_data_train and llm_data.',
  ])
}

function isSimulated(dataset: RoutingDataset): boolean {
  return dataset.train.models.some((model) => model.raw.simulated === true)
}
