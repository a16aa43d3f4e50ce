import type {KeyedProblem} from './locate-in-yaml.js'
import type {RouterStage} from './router-config-schema.js'

/**
 * Checks that `data_path` names the data a stage reads: for `train`, `dataset_dir` or both
 * `routing_data_train` and `llm_data`; for `test`, `dataset_dir` or `llm_data` (the candidates).
 * Empty values count as absent, as in the Python configs. A malformed `data_path` is left to the
 * schema to report.
 * @param input - The config as parsed from YAML, before validation.
 * @param stage - The stage the config is loaded for.
 * @returns A problem on `data_path` when the stage's data isn't named, else nothing.
 */
export function checkStageData(input: unknown, stage: RouterStage): KeyedProblem[] {
  if (!isRecord(input)) return []
  const dataPath = input.data_path ?? {}
  if (!isRecord(dataPath)) return []
  const named = (key: string) => typeof dataPath[key] === 'string' && dataPath[key] !== ''
  if (named('dataset_dir')) return []
  const message = stage === 'train' ? trainMessage(named) : testMessage(named)
  return message === undefined ? [] : [{path: ['data_path'], target: 'key', message}]
}

function trainMessage(named: (key: string) => boolean): string | undefined {
  const routing = named('routing_data_train')
  const llms = named('llm_data')
  if (routing && llms) return undefined
  if (routing) return 'training reads llm_data with routing_data_train; add it, or set dataset_dir.'
  if (llms) return 'training reads routing_data_train with llm_data; add it, or set dataset_dir.'
  return 'training needs dataset_dir, or routing_data_train with llm_data.'
}

function testMessage(named: (key: string) => boolean): string | undefined {
  if (named('llm_data')) return undefined
  return 'testing needs dataset_dir, or llm_data to know the candidates.'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
