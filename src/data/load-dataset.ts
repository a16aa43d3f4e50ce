import {stat} from 'node:fs/promises'
import path from 'node:path'

import {UserError, usageError} from '../errors/index.js'
import {readLLMRouterFiles, type LLMRouterFiles} from './readers/llmrouter-reader.js'
import {isFile, readSharedLayout, sharedLayoutFiles} from './readers/shared-layout-reader.js'
import type {RoutingDataset} from './types.js'

/** Where to load a routing dataset from: a folder, or the Python LLMRouter's files. */
export interface LoadRoutingDatasetOptions {
  /**
   * A dataset folder: the shared layout (`llms.json`, `train.jsonl`, `test.jsonl`), or
   * LLMRouter's `data/example_data` layout (`routing_data/`, `llm_candidates/`, `query_data/`).
   */
  readonly path?: string
  /** LLMRouter files named one by one, as a YAML `data_path` section names them. */
  readonly llmrouter?: LLMRouterFiles
  /** Short name for reports; defaults to the folder or routing file name. */
  readonly name?: string
}

/** The two on-disk layouts a dataset folder can have. */
export type DatasetLayout = 'shared' | 'llmrouter'

/** LLMRouter's example-data file names, relative to the folder. */
const llmRouterLayout = {
  routingTrain: 'routing_data/default_routing_train_data.jsonl',
  routingTest: 'routing_data/default_routing_test_data.jsonl',
  queryTrain: 'query_data/default_query_train.jsonl',
  queryTest: 'query_data/default_query_test.jsonl',
  llmData: 'llm_candidates/default_llm.json',
} as const

const layoutHelp =
  'A dataset folder holds either llms.json, train.jsonl and test.jsonl (the layout of ' +
  '../shared/data), or LLMRouter files: ' +
  `${llmRouterLayout.routingTrain} and ${llmRouterLayout.llmData}.`

/**
 * Loads a routing dataset, detecting the layout of a folder or reading the LLMRouter files
 * named in `options.llmrouter`.
 * @param options - Exactly one of `path` and `llmrouter`, and an optional name.
 * @returns The dataset; `test` is null when it has no test split.
 */
export async function loadRoutingDataset(
  options: LoadRoutingDatasetOptions,
): Promise<RoutingDataset> {
  if (options.path !== undefined && options.llmrouter !== undefined) {
    throw usageError('Give a dataset folder or LLMRouter files, not both.')
  }
  if (options.llmrouter) {
    const files = options.llmrouter
    const name = options.name ?? path.basename(files.routingTrain).replace(/\.jsonl?$/, '')
    const {train, test} = await readLLMRouterFiles(files)
    return {name, source: files.routingTrain, train, test}
  }
  if (options.path === undefined) {
    throw usageError('No dataset given: name a dataset folder or LLMRouter files.', [layoutHelp])
  }
  const folder = options.path
  const name = options.name ?? path.basename(path.resolve(folder))
  const layout = await detectDatasetLayout(folder)
  switch (layout) {
    case 'shared': {
      const {train, test, promptPrefixes} = await readSharedLayout(folder)
      return {name, source: folder, train, test, ...(promptPrefixes ? {promptPrefixes} : {})}
    }
    case 'llmrouter': {
      const {train, test} = await readLLMRouterFiles(await llmRouterFilesIn(folder))
      return {name, source: folder, train, test}
    }
  }
}

/**
 * Tells which layout a dataset folder has.
 * @param folder - The folder.
 * @returns `shared` when it has `llms.json`, `llmrouter` when it has LLMRouter's routing and
 *   candidate files.
 */
export async function detectDatasetLayout(folder: string): Promise<DatasetLayout> {
  const info = await stat(folder).catch(() => null)
  if (!info) {
    throw new UserError(`The dataset folder "${folder}" doesn't exist.`, {
      code: 'DATA_NOT_FOUND',
      suggestions: [layoutHelp],
    })
  }
  if (!info.isDirectory()) {
    throw new UserError(`"${folder}" is a file; a dataset is a folder.`, {
      code: 'DATA_NOT_FOUND',
      suggestions: [layoutHelp, 'To read single LLMRouter files, name them one by one.'],
    })
  }
  if (await isFile(path.join(folder, sharedLayoutFiles.models))) return 'shared'
  const hasRouting = await isFile(path.join(folder, llmRouterLayout.routingTrain))
  if (hasRouting && (await isFile(path.join(folder, llmRouterLayout.llmData)))) return 'llmrouter'
  throw new UserError(
    `The folder "${folder}" doesn't hold a dataset in a layout llmrouter reads.`,
    {
      code: 'DATA_NOT_FOUND',
      suggestions: [layoutHelp],
    },
  )
}

async function llmRouterFilesIn(folder: string): Promise<LLMRouterFiles> {
  const file = (name: string): string => path.join(folder, name)
  const optional = async (name: string): Promise<string | undefined> =>
    (await isFile(file(name))) ? file(name) : undefined
  return {
    routingTrain: file(llmRouterLayout.routingTrain),
    routingTest: await optional(llmRouterLayout.routingTest),
    queryTrain: await optional(llmRouterLayout.queryTrain),
    queryTest: await optional(llmRouterLayout.queryTest),
    llmData: file(llmRouterLayout.llmData),
  }
}

export {matrixCell} from './matrix/matrix-cell.js'
export type {MatrixCell} from './matrix/matrix-cell.js'
