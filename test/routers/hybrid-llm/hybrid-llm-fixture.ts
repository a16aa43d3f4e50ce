import type {Artifact} from '../../../src/routers/artifact/artifact-store.js'
import {hybridLLMRouterDefinition} from '../../../src/routers/hybrid-llm/index.js'
import {trainOnFixture} from '../../support/train-on-fixture.js'
import {modelCard, tinyMatrix} from '../../support/tiny-matrix.js'

// Three models: "tiny" is cheapest and fails everything, "cheap" solves only trivia, "strong"
// solves everything but one trivia query and costs a hundred times more. Math queries lie along
// x, trivia along y.
const models = [modelCard('tiny', 0.05, 1), modelCard('cheap', 0.1, 7), modelCard('strong', 10, 70)]

/** Eight training queries in two topics, with the outcomes described above. */
export const twoTopicMatrix = tinyMatrix(models, [
  {text: 'math one', performance: [0, 0, 1]},
  {text: 'math two', performance: [0, 0, 1]},
  {text: 'math three', performance: [0, 0, 1]},
  {text: 'math four', performance: [0, 0, 1]},
  {text: 'trivia one', performance: [0, 1, 1]},
  {text: 'trivia two', performance: [0, 1, 1]},
  {text: 'trivia three', performance: [0, 1, 0]},
  {text: 'trivia four', performance: [0, 1, 1]},
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

/** A new query on the math axis. */
export const mathQuery = {text: 'a math question', embedding: Float32Array.from([1, 0.05])}

/** A new query on the trivia axis. */
export const triviaQuery = {text: 'a trivia question', embedding: Float32Array.from([0.05, 1])}

/** Settings that let eight examples train in a moment: no held-out split, a high rate. */
export const tinyHparam = {
  hidden_layer_sizes: [8],
  learning_rate_init: 0.05,
  max_iter: 150,
  batch_size: 4,
  folds: 1,
  gap_prior_weight: 0,
  validation_fraction: 0,
}

/**
 * Trains hybrid_llm on the two-topic fixture.
 * @param hparam - Overrides of `tinyHparam`.
 * @param seed - Seed of training.
 * @returns The artifact.
 */
export function trainTinyHybrid(hparam: Record<string, unknown> = {}, seed = 7): Promise<Artifact> {
  return trainOnFixture(
    hybridLLMRouterDefinition,
    {matrix: twoTopicMatrix, embeddings: twoTopicEmbeddings},
    {...tinyHparam, ...hparam},
    seed,
  )
}
