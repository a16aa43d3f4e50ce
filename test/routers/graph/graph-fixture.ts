import type {EmbeddingProvider} from '../../../src/embeddings/types.js'
import type {Artifact} from '../../../src/routers/artifact/artifact-store.js'
import {graphRouterDefinition} from '../../../src/routers/graph/index.js'
import {trainOnFixture} from '../../support/train-on-fixture.js'
import {modelCard, tinyMatrix} from '../../support/tiny-matrix.js'

// Two topics on two axes: only the strong model solves "math" (along x); both models solve
// "trivia" (along y), but the strong one misses one, so the cheap one wins that topic.
const models = [
  {...modelCard('cheap', 0.1, 7), description: 'A small fast model for simple questions.'},
  {...modelCard('strong', 10, 70), description: 'A large model that is good at mathematics.'},
]

/** Eight training queries in two tasks, with the outcomes described above. */
export const twoTopicMatrix = tinyMatrix(models, [
  {text: 'math one', task: 'math', performance: [0, 1]},
  {text: 'math two', task: 'math', performance: [0, 1]},
  {text: 'math three', task: 'math', performance: [0, 1]},
  {text: 'math four', task: 'math', performance: [0, 1]},
  {text: 'trivia one', task: 'trivia', performance: [1, 1]},
  {text: 'trivia two', task: 'trivia', performance: [1, 1]},
  {text: 'trivia three', task: 'trivia', performance: [1, 0]},
  {text: 'trivia four', task: 'trivia', performance: [1, 1]},
])

/** One unit vector per training query, the math ones along x and the trivia ones along y. */
export const twoTopicEmbeddings = [
  [1, 0],
  [0.99, 0.14],
  [0.98, 0.2],
  [0.97, 0.24],
  [0, 1],
  [0.14, 0.99],
  [0.2, 0.98],
  [0.24, 0.97],
].map((vector) => Float32Array.from(vector))

/** A new math query. */
export const mathQuery = {
  text: 'a math question',
  task: 'math',
  embedding: Float32Array.from([1, 0.05]),
}

/** A new trivia query. */
export const triviaQuery = {
  text: 'a trivia question',
  task: 'trivia',
  embedding: Float32Array.from([0.05, 1]),
}

/**
 * Embeds node texts (model descriptions, task names) for the fixture: each text becomes four
 * numbers from a hash of its characters, so different texts get different, stable vectors.
 * It stands in for the sentence encoder only in these tests.
 */
export const hashingEmbedder: EmbeddingProvider = {
  id: 'test-hash-4',
  dimension: 4,
  embed: (texts) =>
    Promise.resolve(
      texts.map((text) => {
        let hash = 2166136261
        for (const character of text) hash = Math.imul(hash ^ character.charCodeAt(0), 16777619)
        return Float32Array.from([0, 8, 16, 24], (shift) => ((hash >>> shift) & 255) / 255 - 0.5)
      }),
    ),
}

/** Settings that let eight examples train in a moment. */
export const tinyHparam = {
  hidden_dim: 8,
  learning_rate: 0.03,
  train_epoch: 60,
  train_mask_rate: 0.5,
  val_split_ratio: 0,
  task_edge_dropout: 0.3,
}

/**
 * Trains graphrouter on the two-topic fixture.
 * @param hparam - Overrides of `tinyHparam`.
 * @param seed - Seed of training.
 * @returns The artifact.
 */
export function trainTinyGraph(hparam: Record<string, unknown> = {}, seed = 7): Promise<Artifact> {
  return trainOnFixture(
    graphRouterDefinition,
    {matrix: twoTopicMatrix, embeddings: twoTopicEmbeddings, embedder: hashingEmbedder},
    {...tinyHparam, ...hparam},
    seed,
  )
}
