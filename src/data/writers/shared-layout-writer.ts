import path from 'node:path'

import {BugError} from '../../errors/index.js'
import {sharedLayoutFiles} from '../readers/shared-layout-reader.js'
import type {ModelCard, OutcomeMatrix, QueryRecord} from '../types.js'
import {writeFileAtomically} from './atomic-write.js'
import {numberOrNull, shortestFloat32} from './json-values.js'

/** What a shared-layout folder is written from. */
export interface SharedLayoutInput {
  readonly train: OutcomeMatrix
  readonly test?: OutcomeMatrix | null
  readonly promptPrefixes?: Readonly<Record<string, string>> | null
}

/**
 * Writes a dataset folder in the layout of `../shared/data/<dataset>/`: `llms.json`,
 * `train.jsonl`, `test.jsonl` when there is a test split, and `prompt_prefixes.json` when there
 * are prefixes. Each file is written atomically; missing cells get no row.
 * @param folder - The folder to write; created when missing.
 * @param dataset - The splits (sharing one candidate list) and prompt prefixes.
 * @returns The paths written.
 */
export async function writeSharedLayout(
  folder: string,
  dataset: SharedLayoutInput,
): Promise<string[]> {
  const {train, test, promptPrefixes} = dataset
  if (test) requireSameModels(train, test)
  const written: string[] = []
  const write = async (name: string, pieces: Iterable<string>): Promise<void> => {
    const file = path.join(folder, name)
    await writeFileAtomically(file, pieces)
    written.push(file)
  }
  await write(sharedLayoutFiles.models, [
    `${JSON.stringify(sharedModelCards(train.models), null, 2)}\n`,
  ])
  await write(sharedLayoutFiles.train, sharedLayoutLines(train))
  if (test) await write(sharedLayoutFiles.test, sharedLayoutLines(test))
  if (promptPrefixes) {
    await write(sharedLayoutFiles.promptPrefixes, [`${JSON.stringify(promptPrefixes, null, 2)}\n`])
  }
  return written
}

/**
 * Builds the `llms.json` object: each card's source keys, with prices, size and description
 * set from the card.
 * @param models - The cards.
 * @returns Model name → card.
 */
export function sharedModelCards(models: readonly ModelCard[]): Record<string, unknown> {
  return Object.fromEntries(
    models.map((model) => [
      model.name,
      {
        ...model.raw,
        input_price: model.inputPrice,
        output_price: model.outputPrice,
        size: model.size,
        description: model.description,
      },
    ]),
  )
}

/**
 * Produces one JSONL line per recorded cell, query by query, in the shared row schema.
 * @param matrix - The split.
 * @yields Lines ending in a newline.
 */
export function* sharedLayoutLines(matrix: OutcomeMatrix): Generator<string> {
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
      const response = matrix.responses.get(cell)
      const line = {
        ...head,
        model_name: matrix.models[model]?.name,
        performance: shortestFloat32(performance),
        cost: numberOrNull(recordedCost),
        input_tokens: numberOrNull(matrix.inputTokens[cell]),
        output_tokens: numberOrNull(matrix.outputTokens[cell]),
        ...(response === undefined ? {} : {response}),
        ...(query.extra ? {extra: query.extra} : {}),
      }
      yield `${JSON.stringify(line)}\n`
    }
  }
}

function queryFields(query: QueryRecord): Record<string, unknown> {
  return {
    query_id: query.id,
    task_name: query.task,
    query: query.text,
    ground_truth: query.groundTruth,
    metric: query.metric,
    ...(query.userId === undefined ? {} : {user_id: query.userId}),
    ...(query.sessionId === undefined ? {} : {session_id: query.sessionId}),
    ...(query.turn === undefined ? {} : {turn: query.turn}),
    ...(query.embeddingId === undefined ? {} : {embedding_id: query.embeddingId}),
  }
}

/**
 * Checks that two splits share one candidate list, as a dataset's splits must.
 * @param train - The first split.
 * @param test - The second split.
 */
export function requireSameModels(train: OutcomeMatrix, test: OutcomeMatrix): void {
  const names = (matrix: OutcomeMatrix): string => matrix.models.map(({name}) => name).join('\n')
  if (names(train) !== names(test)) {
    throw new BugError('The train and test splits have different candidate lists.')
  }
}
