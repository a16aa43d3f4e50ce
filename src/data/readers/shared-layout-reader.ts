import {stat} from 'node:fs/promises'
import path from 'node:path'

import createDebug from 'debug'

import {UserError} from '../../errors/index.js'
import {OutcomeMatrixBuilder} from '../matrix/matrix-builder.js'
import type {ModelCard, OutcomeMatrix, QueryRecord} from '../types.js'
import {parseModelCards, readJsonFile} from './json-file.js'
import {readJsonLines} from './json-lines.js'
import {
  costRule,
  invalidRow,
  numberOrMissing,
  optionalId,
  optionalInteger,
  performanceRule,
  requireString,
  textOrNull,
  tokenRule,
  type JsonRow,
  type RowLocation,
  unknownModel,
} from './row-fields.js'

const debug = createDebug('llmrouter:data:shared-layout')

/** The files of a shared-layout dataset folder. */
export const sharedLayoutFiles = {
  models: 'llms.json',
  train: 'train.jsonl',
  test: 'test.jsonl',
  promptPrefixes: 'prompt_prefixes.json',
} as const

const expectedFiles =
  'A dataset folder holds llms.json (the candidates), train.jsonl and, optionally, test.jsonl, ' +
  'like the folders of ../shared/data.'

const rowHint =
  'Each line must be one JSON object with query_id, task_name, query, ground_truth, metric, ' +
  'model_name and performance (cost, input_tokens, output_tokens, response and extra optional).'

/** Everything a shared-layout folder holds. */
export interface SharedLayoutContents {
  readonly models: readonly ModelCard[]
  readonly train: OutcomeMatrix
  /** Null when the folder has no `test.jsonl`. */
  readonly test: OutcomeMatrix | null
  /** The contents of `prompt_prefixes.json`, or null when the folder has none. */
  readonly promptPrefixes: Readonly<Record<string, string>> | null
}

/**
 * Reads a dataset folder laid out like `../shared/data/<dataset>/`: `llms.json`, `train.jsonl`,
 * `test.jsonl` and, when present, `prompt_prefixes.json`. Both splits use the model order of
 * `llms.json`.
 * @param folder - The dataset folder.
 * @returns The candidates, both splits and the prompt prefixes.
 */
export async function readSharedLayout(folder: string): Promise<SharedLayoutContents> {
  await requireFolder(folder)
  const file = (name: string): string => path.join(folder, name)
  const modelsFile = file(sharedLayoutFiles.models)
  if (!(await isFile(modelsFile))) throw missingFile(folder, sharedLayoutFiles.models)
  if (!(await isFile(file(sharedLayoutFiles.train)))) {
    throw missingFile(folder, sharedLayoutFiles.train)
  }
  const models = await readSharedModelCards(modelsFile)
  const train = await readSharedSplit(file(sharedLayoutFiles.train), models)
  const testFile = file(sharedLayoutFiles.test)
  const test = (await isFile(testFile)) ? await readSharedSplit(testFile, models) : null
  const prefixesFile = file(sharedLayoutFiles.promptPrefixes)
  const promptPrefixes = (await isFile(prefixesFile))
    ? await readPromptPrefixes(prefixesFile)
    : null
  return {models, train, test, promptPrefixes}
}

/**
 * Reads a shared-layout `llms.json`.
 * @param file - The file.
 * @returns The model cards, in file order.
 */
export async function readSharedModelCards(file: string): Promise<ModelCard[]> {
  const value = await readJsonFile(file, 'the candidate models, keyed by model name')
  return parseModelCards(value, file, 'description')
}

/**
 * Streams one split file (`train.jsonl`, `test.jsonl`) into an outcome matrix whose columns
 * follow `models`. Queries keep the order of their first row; cells without a row are NaN.
 * @param file - The split file.
 * @param models - The candidates from `llms.json`.
 * @returns The matrix.
 */
export async function readSharedSplit(
  file: string,
  models: readonly ModelCard[],
): Promise<OutcomeMatrix> {
  const started = performance.now()
  const modelIndex = new Map(models.map((model, index) => [model.name, index]))
  const builder = new OutcomeMatrixBuilder(models, file)
  const rows = await readJsonLines(
    file,
    (row, line) => {
      const location: RowLocation = {file, line, hint: rowHint}
      const queryId = requireString(row, 'query_id', location)
      const modelName = requireString(row, 'model_name', location)
      const model = modelIndex.get(modelName)
      if (model === undefined) throw unknownModel(location, modelName, models)
      for (const key of ['task_name', 'query', 'ground_truth', 'metric', 'performance']) {
        if (!(key in row)) throw invalidRow(location, `the "${key}" key is missing`)
      }
      const query = builder.findQuery(queryId) ?? builder.addQuery(queryId, toQuery(row, location))
      const response = row.response
      builder.setCell(
        query,
        model,
        {
          performance: numberOrMissing(row, 'performance', performanceRule, location),
          recordedCost: numberOrMissing(row, 'cost', costRule, location),
          inputTokens: numberOrMissing(row, 'input_tokens', tokenRule, location),
          outputTokens: numberOrMissing(row, 'output_tokens', tokenRule, location),
          response: typeof response === 'string' ? response : undefined,
        },
        line,
      )
    },
    {hint: rowHint},
  )
  const matrix = builder.build()
  const elapsed = (performance.now() - started).toFixed(0)
  debug('read %s: %d lines, %d queries in %s ms', file, rows, matrix.queries.length, elapsed)
  return matrix
}

function toQuery(row: JsonRow, location: RowLocation): QueryRecord {
  const extra = row.extra
  const userId = optionalId(row.user_id)
  const sessionId = optionalId(row.session_id)
  const turn = optionalInteger(row.turn)
  const embeddingId = optionalInteger(row.embedding_id)
  return {
    id: requireString(row, 'query_id', location),
    task: requireString(row, 'task_name', location),
    text: requireString(row, 'query', location),
    groundTruth: textOrNull(row.ground_truth),
    metric: requireString(row, 'metric', location),
    ...(userId === undefined ? {} : {userId}),
    ...(sessionId === undefined ? {} : {sessionId}),
    ...(turn === undefined ? {} : {turn}),
    ...(embeddingId === undefined ? {} : {embeddingId}),
    ...(isPlainObject(extra) ? {extra} : {}),
  }
}

async function readPromptPrefixes(file: string): Promise<Record<string, string>> {
  const value = await readJsonFile(file, 'the shared prompt blocks, keyed by name')
  const valid =
    isPlainObject(value) && Object.values(value).every((prefix) => typeof prefix === 'string')
  if (!valid) {
    throw new UserError(`${file}: expected an object mapping each prefix name to its text.`, {
      code: 'DATA_INVALID',
      suggestions: ['Write it like {"arc-challenge": "Question: ...\\nAnswer: A\\n\\n"}.'],
    })
  }
  return value as Record<string, string>
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

async function requireFolder(folder: string): Promise<void> {
  const info = await stat(folder).catch(() => null)
  if (info?.isDirectory()) return
  const problem = info
    ? `"${folder}" is a file, not a dataset folder.`
    : `"${folder}" doesn't exist.`
  throw new UserError(problem, {code: 'DATA_NOT_FOUND', suggestions: [expectedFiles]})
}

/**
 * Tells whether a path is an existing regular file.
 * @param file - The path.
 * @returns True for a file.
 */
export async function isFile(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => null)
  return info?.isFile() ?? false
}

function missingFile(folder: string, name: string): UserError {
  return new UserError(`The dataset folder "${folder}" has no ${name}.`, {
    code: 'DATA_NOT_FOUND',
    suggestions: [expectedFiles],
  })
}
