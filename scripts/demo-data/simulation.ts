import {createHash} from 'node:crypto'

import {DEMO_MODELS} from './demo-models.js'
import type {QueryDraft} from './query-drafts.js'
import type {Random} from './random.js'
import {normal, randomFor, round, shuffled} from './random.js'
import type {TaskSpec} from './tasks.js'
import {TASKS} from './tasks.js'

/** Share of queries, in percent, that go to the test split. */
const TEST_PERCENT = 25

/** Spread of the per-(query, model) logit noise added on top of the shared difficulty. */
const MODEL_NOISE = 0.35

const logit = (probability: number): number => Math.log(probability / (1 - probability))
const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value))

/** One line of `train.jsonl` or `test.jsonl`: one model answering one query. */
export interface DemoRow {
  readonly query_id: string
  readonly task_name: string
  readonly query: string
  readonly ground_truth: string
  readonly metric: string
  readonly model_name: string
  readonly performance: number
  readonly cost: number
  readonly input_tokens: number
  readonly output_tokens: number
  readonly extra: Record<string, unknown>
}

/** Finds the logit shift that makes the mean success probability equal `target`. */
function calibrateShift(target: number, offsets: readonly number[]): number {
  let [low, high] = [-20, 20]
  for (let step = 0; step < 80; step++) {
    const middle = (low + high) / 2
    const mean =
      offsets.reduce((total, offset) => total + sigmoid(logit(target) + middle + offset), 0) /
      offsets.length
    if (mean < target) low = middle
    else high = middle
  }
  return (low + high) / 2
}

/**
 * One Bernoulli draw per probability, by systematic sampling in a shuffled order: each item still
 * succeeds with exactly its own probability, but the number of successes is the expected count
 * rounded up or down, so a small task's accuracy can't wander far from the published figure.
 */
function drawOutcomes(random: Random, probabilities: readonly number[]): number[] {
  const outcomes = probabilities.map(() => 0)
  const offset = random()
  let cumulative = 0
  for (const index of shuffled(
    random,
    probabilities.map((_, position) => position),
  )) {
    const next = cumulative + probabilities[index]!
    if (Math.floor(next - offset) > Math.floor(cumulative - offset)) outcomes[index] = 1
    cumulative = next
  }
  return outcomes
}

const estimateTokens = (text: string): number => Math.max(1, Math.ceil(text.length / 4))

/** Puts about `TEST_PERCENT` of queries in the test split, by a hash of the id alone. */
export function isTestQuery(queryId: string): boolean {
  return createHash('sha1').update(queryId).digest().readUInt32BE(0) % 100 < TEST_PERCENT
}

/** A drafted query with its id and task family. */
export interface SimulatedQuery {
  readonly id: string
  readonly task: TaskSpec
  readonly draft: QueryDraft
}

/** Simulates every model on every query: outcome, output tokens and cost. */
export function simulateRows(queries: readonly SimulatedQuery[]): DemoRow[] {
  const outcomeRandom = randomFor('outcomes')
  const tokenRandom = randomFor('tokens')
  const cells = new Map<string, {probability: number; performance: number}>()
  for (const task of TASKS) {
    const taskQueries = queries.filter((query) => query.task === task)
    for (const model of DEMO_MODELS) {
      const accuracy = model.accuracy[task.name]
      const offsets = taskQueries.map(
        (query) => -query.draft.difficulty + MODEL_NOISE * normal(outcomeRandom),
      )
      const shift = calibrateShift(accuracy, offsets)
      const probabilities = offsets.map((offset) => sigmoid(logit(accuracy) + shift + offset))
      // Drawn per split, so the small test split reflects the published figures as well.
      for (const inTest of [false, true]) {
        const members = taskQueries.flatMap((query, index) =>
          isTestQuery(query.id) === inTest ? [index] : [],
        )
        const outcomes = drawOutcomes(
          outcomeRandom,
          members.map((index) => probabilities[index]!),
        )
        members.forEach((index, position) => {
          cells.set(`${taskQueries[index]!.id}|${model.name}`, {
            probability: probabilities[index]!,
            performance: outcomes[position]!,
          })
        })
      }
    }
  }
  return queries.flatMap((query) =>
    DEMO_MODELS.map((model) => {
      const cell = cells.get(`${query.id}|${model.name}`)!
      const inputTokens = estimateTokens(query.draft.text)
      const spread = 0.12 * query.draft.difficulty + 0.25 * normal(tokenRandom)
      const outputTokens = Math.max(
        3,
        Math.round(query.task.outputTokens * model.verbosity * Math.exp(spread)),
      )
      const cost = (inputTokens * model.inputPrice + outputTokens * model.outputPrice) / 1e6
      return {
        query_id: query.id,
        task_name: query.task.name,
        query: query.draft.text,
        ground_truth: query.draft.groundTruth,
        metric: query.task.metric,
        model_name: model.name,
        performance: cell.performance,
        cost: round(cost, 10),
        input_tokens: inputTokens,
        output_tokens: outputTokens,
        extra: {
          simulated: true,
          difficulty: query.draft.difficulty,
          success_probability: round(cell.probability, 4),
          template: query.draft.template,
          ...(query.draft.slots ? {slots: query.draft.slots} : {}),
        },
      }
    }),
  )
}
