import {isAbsolute, resolve} from 'node:path'
import type {DataPathKey, ModelPathKey, RouterConfig} from './router-config-schema.js'
import {dataPathKeys, modelPathKeys} from './router-config-schema.js'

/** A config whose path values are absolute, with a note of which keys held paths. */
export interface ResolvedConfigPaths {
  /** The config with every path value made absolute. */
  readonly config: RouterConfig
  /** Absolute `data_path` entries; keys left out or set to '' are absent. */
  readonly dataPaths: Readonly<Partial<Record<DataPathKey, string>>>
  /** Absolute `model_path` entries; keys left out or set to '' are absent. */
  readonly modelPaths: Readonly<Partial<Record<ModelPathKey, string>>>
  /** Dotted keys whose values were paths (`data_path.dataset_dir`), in schema order. */
  readonly pathKeys: readonly string[]
}

/**
 * Makes the config's relative paths absolute against the folder of the config file, the way a
 * reader of the file expects. Empty values, which the Python configs use for "none", stay empty.
 * @param config - A validated config.
 * @param baseDir - The folder of the config file.
 * @returns The config with absolute paths, and which keys held paths.
 */
export function resolveConfigPaths(config: RouterConfig, baseDir: string): ResolvedConfigPaths {
  const pathKeys: string[] = []
  const absolute = (section: string, key: string, value: string | undefined) => {
    if (value === undefined || value === '') return value
    pathKeys.push(`${section}.${key}`)
    return isAbsolute(value) ? value : resolve(baseDir, value)
  }
  const dataPaths: Partial<Record<DataPathKey, string>> = {}
  for (const key of dataPathKeys) {
    const value = absolute('data_path', key, config.data_path[key])
    if (value !== undefined && value !== '') dataPaths[key] = value
  }
  const modelPaths: Partial<Record<ModelPathKey, string>> = {}
  for (const key of modelPathKeys) {
    const value = absolute('model_path', key, config.model_path[key])
    if (value !== undefined && value !== '') modelPaths[key] = value
  }
  const cacheDir = absolute('embedding', 'cache_dir', config.embedding.cache_dir)
  return {
    config: {
      ...config,
      data_path: {...config.data_path, ...dataPaths},
      model_path: {...config.model_path, ...modelPaths},
      embedding:
        cacheDir === undefined ? config.embedding : {...config.embedding, cache_dir: cacheDir},
    },
    dataPaths,
    modelPaths,
    pathKeys,
  }
}
