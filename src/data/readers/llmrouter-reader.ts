import {createHash} from 'node:crypto'

import createDebug from 'debug'

import {OutcomeMatrixBuilder, selectModelColumns} from '../matrix/matrix-builder.js'
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

const debug = createDebug('llmrouter:data:llmrouter-format')

/** The files of a dataset in the Python LLMRouter's formats, as its YAML `data_path` names them. */
export interface LLMRouterFiles {
  /** Routing JSONL of the training split (`routing_data_train`). */
  readonly routingTrain: string
  /** Routing JSONL of the test split (`routing_data_test`). */
  readonly routingTest?: string
  /** Query JSONL of the training split (`query_data_train`). */
  readonly queryTrain?: string
  /** Query JSONL of the test split (`query_data_test`). */
  readonly queryTest?: string
  /** LLM candidate JSON (`llm_data`). */
  readonly llmData: string
}

/** Keys of a routing row that describe the query, not the call. */
const queryKeys = new Set([
  'query_id',
  'task_name',
  'query',
  'ground_truth',
  'gt',
  'metric',
  'embedding_id',
  'user_id',
  'session_id',
  'turn',
])
/** Keys of a routing row that describe one model's call. */
const cellKeys = new Set([
  'model_name',
  'response',
  'token_num',
  'input_tokens',
  'output_tokens',
  'response_time',
  'api_key_used',
  'performance',
  'cost',
])
/** Placeholder keys the Python pipeline writes as null on every row; dropped when null. */
const nullPlaceholders = new Set(['choices', 'task_id', 'fig_id'])

const routingHint =
  'Each line must be one JSON object with task_name, query, ground_truth (or gt), metric, ' +
  'model_name and performance, as LLMRouter writes default_routing_train_data.jsonl.'
const queryHint =
  'Each line must be one JSON object with task_name, query, ground_truth and metric, ' +
  'as LLMRouter writes default_query_train.jsonl.'

/**
 * Reads an LLMRouter candidate file (`default_llm.json`): model name → `size`, `feature`,
 * `input_price`, `output_price`, `model`, `service`, `api_endpoint`. `feature` becomes the
 * card's description; every key stays in `raw`.
 * @param file - The file.
 * @returns The cards, in file order.
 */
export async function readLLMCandidates(file: string): Promise<ModelCard[]> {
  const value = await readJsonFile(file, 'the LLM candidates, keyed by model name')
  return parseModelCards(value, file, 'feature')
}

/**
 * Streams an LLMRouter routing JSONL file (one row per query × model) into an outcome matrix.
 * Rows are grouped into queries the way LLMRouter assigns `embedding_id`: by task, query text,
 * ground truth and metric. Query-level keys the matrix has no field for (`choices`, `task_id`,
 * ...) go to `extra`; per-call keys other than tokens, cost and response are dropped.
 * @param file - The routing file.
 * @param models - The candidates; a row naming another model is an error.
 * @returns The matrix, with every candidate as a column.
 */
export async function readLLMRouterRouting(
  file: string,
  models: readonly ModelCard[],
): Promise<OutcomeMatrix> {
  const started = performance.now()
  const modelIndex = new Map(models.map((model, index) => [model.name, index]))
  const builder = new OutcomeMatrixBuilder(models, file)
  const ids = new QueryIds()
  await readJsonLines(
    file,
    (row, line) => {
      const location: RowLocation = {file, line, hint: routingHint}
      const modelName = requireString(row, 'model_name', location)
      const model = modelIndex.get(modelName)
      if (model === undefined) throw unknownModel(location, modelName, models)
      if (!('performance' in row)) throw invalidRow(location, 'the "performance" key is missing')
      const identity = queryIdentity(row, location)
      const query =
        builder.findQuery(identity.key) ??
        builder.addQuery(identity.key, toQuery(row, identity, ids))
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
    {hint: routingHint, allowPythonNonFinite: true},
  )
  const matrix = builder.build()
  debug('read %s: %d queries in %d ms', file, matrix.queries.length, performance.now() - started)
  return matrix
}

/**
 * Reads an LLMRouter query JSONL file (`task_name`, `query`, `ground_truth`, `metric`,
 * `choices`, `task_id`, optional `query_id`).
 * @param file - The file.
 * @returns The queries in file order, with the same ids the routing reader gives them.
 */
export async function readLLMRouterQueries(file: string): Promise<QueryRecord[]> {
  const queries: QueryRecord[] = []
  const seen = new Set<string>()
  const ids = new QueryIds()
  await readJsonLines(
    file,
    (row, line) => {
      const identity = queryIdentity(row, {file, line, hint: queryHint})
      if (seen.has(identity.key)) return
      seen.add(identity.key)
      queries.push(toQuery(row, identity, ids))
    },
    {hint: queryHint, allowPythonNonFinite: true},
  )
  return queries
}

/**
 * Adds the fields of a query file to a routing matrix: a query in both keeps its routing record
 * and gains the query file's extra keys it lacks; a query only in the query file is appended
 * with every cell missing (NaN).
 * @param matrix - The matrix read from the routing file.
 * @param queries - The queries read from the query file.
 * @param file - The routing file, for errors.
 * @returns The merged matrix.
 */
export function mergeQueryFile(
  matrix: OutcomeMatrix,
  queries: readonly QueryRecord[],
  file: string,
): OutcomeMatrix {
  const builder = new OutcomeMatrixBuilder(matrix.models, file)
  const modelCount = matrix.models.length
  matrix.queries.forEach((query, row) => {
    builder.addQuery(query.id, query)
    for (let model = 0; model < modelCount; model++) {
      const cell = row * modelCount + model
      const performance = matrix.performance[cell] ?? NaN
      const recordedCost = matrix.recordedCost[cell] ?? NaN
      const response = matrix.responses.get(cell)
      const empty = Number.isNaN(performance) && Number.isNaN(recordedCost) && !response
      if (empty) continue
      const inputTokens = matrix.inputTokens[cell] ?? NaN
      const outputTokens = matrix.outputTokens[cell] ?? NaN
      const outcome = {performance, recordedCost, inputTokens, outputTokens, response}
      builder.setCell(row, model, outcome, 1)
    }
  })
  for (const query of queries) {
    const row = builder.findQuery(query.id)
    const existing = row === undefined ? undefined : builder.queryAt(row)
    if (row === undefined || !existing) {
      builder.addQuery(query.id, query)
      continue
    }
    const extra = {...query.extra, ...existing.extra}
    builder.replaceQuery(row, {...existing, ...(Object.keys(extra).length ? {extra} : {})})
  }
  return builder.build()
}

/**
 * Reads a dataset in the Python LLMRouter's formats. Candidates without a routing row in any
 * split are dropped, so every column has outcomes.
 * @param files - The routing, query and candidate files.
 * @returns The candidates in use and both splits.
 */
export async function readLLMRouterFiles(
  files: LLMRouterFiles,
): Promise<{models: ModelCard[]; train: OutcomeMatrix; test: OutcomeMatrix | null}> {
  const candidates = await readLLMCandidates(files.llmData)
  const readSplit = async (routing: string, queryFile?: string): Promise<OutcomeMatrix> => {
    const matrix = await readLLMRouterRouting(routing, candidates)
    if (!queryFile) return matrix
    return mergeQueryFile(matrix, await readLLMRouterQueries(queryFile), routing)
  }
  const train = await readSplit(files.routingTrain, files.queryTrain)
  const test = files.routingTest ? await readSplit(files.routingTest, files.queryTest) : null
  const used = candidates
    .map((_, model) => model)
    .filter((model) => hasOutcome(train, model) || (test !== null && hasOutcome(test, model)))
  if (used.length === candidates.length) return {models: candidates, train, test}
  const dropped = candidates.filter((_, model) => !used.includes(model)).map(({name}) => name)
  debug('dropping candidates without routing rows: %s', dropped.join(', '))
  return {
    models: candidates.filter((_, model) => used.includes(model)),
    train: selectModelColumns(train, used),
    test: test && selectModelColumns(test, used),
  }
}

function hasOutcome(matrix: OutcomeMatrix, model: number): boolean {
  const modelCount = matrix.models.length
  for (let cell = model; cell < matrix.performance.length; cell += modelCount) {
    if (!Number.isNaN(matrix.performance[cell]) || !Number.isNaN(matrix.recordedCost[cell])) {
      return true
    }
  }
  return false
}

interface QueryIdentity {
  /** Task, text, ground truth and metric: the tuple LLMRouter keys `embedding_id` on. */
  readonly key: string
  readonly task: string
  readonly text: string
  readonly groundTruth: string | null
  readonly metric: string
}

function queryIdentity(row: JsonRow, location: RowLocation): QueryIdentity {
  const task = requireString(row, 'task_name', location)
  const text = requireString(row, 'query', location)
  const metric = requireString(row, 'metric', location)
  if (!('ground_truth' in row) && !('gt' in row)) {
    throw invalidRow(location, 'the "ground_truth" key is missing (LLMRouter also writes "gt")')
  }
  const groundTruth = textOrNull('ground_truth' in row ? row.ground_truth : row.gt)
  const key = JSON.stringify([task, text, groundTruth, metric])
  return {key, task, text, groundTruth, metric}
}

function toQuery(row: JsonRow, identity: QueryIdentity, ids: QueryIds): QueryRecord {
  const given = row.query_id
  const id = typeof given === 'string' && given !== '' ? given : ids.next(identity)
  const extra: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(row)) {
    if (queryKeys.has(key) || cellKeys.has(key)) continue
    if (value === null && nullPlaceholders.has(key)) continue
    extra[key] = value
  }
  const userId = optionalId(row.user_id)
  const sessionId = optionalId(row.session_id)
  const turn = optionalInteger(row.turn)
  const embeddingId = optionalInteger(row.embedding_id)
  return {
    id,
    task: identity.task,
    text: identity.text,
    groundTruth: identity.groundTruth,
    metric: identity.metric,
    ...(userId === undefined ? {} : {userId}),
    ...(sessionId === undefined ? {} : {sessionId}),
    ...(turn === undefined ? {} : {turn}),
    ...(embeddingId === undefined ? {} : {embeddingId}),
    ...(Object.keys(extra).length > 0 ? {extra} : {}),
  }
}

/**
 * Gives queries without a `query_id` a stable one: `llmrouter:` + the first 16 hex digits of
 * sha1(task + "\n" + text), the ids of `../shared/data/llmrouter-dcrouter`; a repeat of the
 * same task and text with another ground truth or metric gets `#2`, `#3`.
 */
class QueryIds {
  private readonly used = new Set<string>()

  next(identity: QueryIdentity): string {
    const hash = createHash('sha1').update(`${identity.task}\n${identity.text}`).digest('hex')
    const base = `llmrouter:${hash.slice(0, 16)}`
    let id = base
    for (let repeat = 2; this.used.has(id); repeat++) id = `${base}#${repeat}`
    this.used.add(id)
    return id
  }
}
