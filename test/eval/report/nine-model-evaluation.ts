import type {TinyEvaluation, TinyQuery} from '../tiny-evaluation.js'

const models = [
  'codegemma-7b',
  'gemma-2-9b-it',
  'llama-3.1-8b-instruct',
  'llama-3.1-nemotron-51b-instruct',
  'llama-3.3-nemotron-super-49b-v1',
  'llama3-chatqa-1.5-70b',
  'llama3-chatqa-1.5-8b',
  'mistral-7b-instruct-v0.3',
  'qwen2.5-7b-instruct',
]
// USD per query, as the llmrouter-dcrouter data estimates them: three price tiers.
const costs = [6.8e-5, 3.4e-5, 6.8e-5, 3.06e-4, 3.06e-4, 3.06e-4, 6.8e-5, 6.8e-5, 6.8e-5]
// Queries each model answers, out of 40; the means come close to the real data's.
const correctCounts = [9, 18, 20, 23, 20, 11, 6, 11, 17]
const queryCount = 40

// (3q + 7m) mod 40 visits every residue once as q runs, so model m gets exactly its count right.
const isCorrect = (query: number, model: number) =>
  (3 * query + 7 * model) % queryCount < (correctCounts[model] ?? 0)

const queries: TinyQuery[] = Array.from({length: queryCount}, (_, query) => ({
  task: query % 2 === 0 ? 'math' : 'code',
  performance: models.map((_, model) => (isCorrect(query, model) ? 1 : 0)),
  cost: costs,
}))

const picks = (choose: (query: number) => number) =>
  Array.from({length: queryCount}, (_, query) => models[choose(query)] ?? '')

const firstCorrect = (query: number, candidates: readonly number[], otherwise: number) =>
  candidates.find((model) => isCorrect(query, model)) ?? otherwise

/**
 * Nine models in three price tiers and five routers shaped like a real llmrouter-dcrouter run:
 * a knnrouter sweep, an argmax variant, and smallest_llm, largest_llm and randomrouter, two of
 * which sit exactly on a single model's point.
 */
export const nineModelEvaluation: TinyEvaluation = {
  dataset: 'dcrouter-like',
  models,
  queries,
  train: correctCounts.map((count) => count / queryCount),
  routers: {
    knnrouter: [
      {lambda: 0, picks: picks((query) => firstCorrect(query, [3, 2], 3))},
      {lambda: 1, picks: picks((query) => firstCorrect(query, [1, 2], 8))},
      {lambda: 10, picks: picks((query) => firstCorrect(query, [1], 2))},
      {lambda: 100, picks: picks(() => 1)},
    ],
    'knnrouter:label_mode=argmax': [
      {lambda: 0, picks: picks((query) => (query % 2 === 0 ? 8 : 2))},
    ],
    smallest_llm: [{lambda: 0, picks: picks(() => 0)}],
    largest_llm: [{lambda: 0, picks: picks(() => 5)}],
    randomrouter: [{lambda: 0, picks: picks((query) => query % models.length)}],
  },
}
