import type {LLMRouterFiles} from '../readers/llmrouter-reader.js'
import type {ModelCard, OutcomeMatrix, QueryRecord} from '../types.js'
import {writeFileAtomically} from './atomic-write.js'
import {numberOrNull, shortestFloat32} from './json-values.js'
import {requireSameModels} from './shared-layout-writer.js'

/** Keys the writer sets itself; an `extra` key with one of these names is not copied. */
const ownKeys = new Set([
  'task_name',
  'query',
  'ground_truth',
  'gt',
  'metric',
  'choices',
  'task_id',
  'model_name',
  'response',
  'token_num',
  'input_tokens',
  'output_tokens',
  'performance',
  'cost',
  'embedding_id',
  'user_id',
  'session_id',
  'turn',
  'fig_id',
  'query_id',
])

/** What an LLMRouter-format dataset is written from. */
export interface LLMRouterInput {
  readonly train: OutcomeMatrix
  readonly test?: OutcomeMatrix | null
}

/**
 * Writes a dataset in the Python LLMRouter's formats, to the paths its YAML `data_path` would
 * name: routing JSONL per split, query JSONL per split when a path is given, and the candidate
 * JSON. Each file is written atomically.
 * @param files - Where to write; `routingTest` and `queryTest` are used only with a test split.
 * @param dataset - The splits, sharing one candidate list.
 * @returns The paths written.
 */
export async function writeLLMRouterFiles(
  files: LLMRouterFiles,
  dataset: LLMRouterInput,
): Promise<string[]> {
  const {train, test} = dataset
  if (test) requireSameModels(train, test)
  const written: string[] = []
  const write = async (file: string | undefined, pieces: Iterable<string>): Promise<void> => {
    if (!file) return
    await writeFileAtomically(file, pieces)
    written.push(file)
  }
  await write(files.llmData, [`${JSON.stringify(llmCandidates(train.models), null, 2)}\n`])
  await write(files.routingTrain, llmRouterRoutingLines(train))
  await write(files.queryTrain, llmRouterQueryLines(train.queries))
  if (test) {
    await write(files.routingTest, llmRouterRoutingLines(test))
    await write(files.queryTest, llmRouterQueryLines(test.queries))
  }
  return written
}

/**
 * Builds the LLM candidate object (`default_llm.json`): `size`, `feature` (the description),
 * `input_price`, `output_price`, then the card's other source keys (`model`, `service`,
 * `api_endpoint`, ...).
 * @param models - The cards.
 * @returns Model name → candidate.
 */
export function llmCandidates(models: readonly ModelCard[]): Record<string, unknown> {
  return Object.fromEntries(
    models.map((model) => {
      const rest: Record<string, unknown> = {...model.raw}
      for (const key of ['size', 'feature', 'input_price', 'output_price']) delete rest[key]
      if (model.raw.feature === undefined) delete rest.description
      const candidate = {
        size: model.size,
        feature: model.description,
        input_price: model.inputPrice,
        output_price: model.outputPrice,
        ...rest,
      }
      return [model.name, candidate]
    }),
  )
}

/**
 * Produces one routing JSONL line per recorded cell, with LLMRouter's keys plus `query_id` (and
 * `cost` where recorded), which LLMRouter's loaders carry along as extra columns.
 * @param matrix - The split.
 * @yields Lines ending in a newline.
 */
export function* llmRouterRoutingLines(matrix: OutcomeMatrix): Generator<string> {
  const modelCount = matrix.models.length
  for (let row = 0; row < matrix.queries.length; row++) {
    const query = matrix.queries[row]
    if (!query) continue
    const head = queryFields(query)
    for (let model = 0; model < modelCount; model++) {
      const cell = row * modelCount + model
      const performance = matrix.performance[cell] ?? NaN
      const recordedCost = matrix.recordedCost[cell] ?? NaN
      if (Number.isNaN(performance) && Number.isNaN(recordedCost)) continue
      const inputTokens = numberOrNull(matrix.inputTokens[cell])
      const outputTokens = numberOrNull(matrix.outputTokens[cell])
      const tokenCount =
        inputTokens === null || outputTokens === null ? null : inputTokens + outputTokens
      const line = {
        ...head,
        model_name: matrix.models[model]?.name,
        response: matrix.responses.get(cell) ?? null,
        token_num: tokenCount,
        input_tokens: inputTokens,
        output_tokens: outputTokens,
        performance: shortestFloat32(performance),
        ...(Number.isNaN(recordedCost) ? {} : {cost: recordedCost}),
        embedding_id: query.embeddingId ?? null,
        user_id: query.userId ?? null,
        fig_id: query.extra?.fig_id ?? null,
        query_id: query.id,
        ...(query.sessionId === undefined ? {} : {session_id: query.sessionId}),
        ...(query.turn === undefined ? {} : {turn: query.turn}),
      }
      yield `${JSON.stringify(line)}\n`
    }
  }
}

/**
 * Produces one query JSONL line per query (`task_name`, `query`, `ground_truth`, `metric`,
 * `choices`, `task_id`, `query_id`).
 * @param queries - The queries.
 * @yields Lines ending in a newline.
 */
export function* llmRouterQueryLines(queries: readonly QueryRecord[]): Generator<string> {
  for (const query of queries) {
    yield `${JSON.stringify({...queryFields(query), query_id: query.id})}\n`
  }
}

function queryFields(query: QueryRecord): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    task_name: query.task,
    query: query.text,
    ground_truth: query.groundTruth,
    metric: query.metric,
    choices: query.extra?.choices ?? null,
    task_id: query.extra?.task_id ?? null,
  }
  for (const [key, value] of Object.entries(query.extra ?? {})) {
    if (!ownKeys.has(key)) fields[key] = value
  }
  return fields
}
