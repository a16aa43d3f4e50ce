import type {Artifact} from '../../../src/routers/artifact/artifact-store.js'
import {routerDCDefinition} from '../../../src/routers/routerdc/index.js'
import {trainOnFixture} from '../../support/train-on-fixture.js'
import {modelCard, tinyMatrix} from '../../support/tiny-matrix.js'

// Two topics on two axes: only the strong model solves "math" (along x); the cheap one solves
// every "trivia" query (along y), and the strong one misses one and has one unrecorded.
const models = [modelCard('cheap', 0.1), modelCard('strong', 10)]

/** Six training queries in two topics, with the outcomes described above. */
export const twoTopicMatrix = tinyMatrix(models, [
  {text: 'math one', performance: [0, 1]},
  {text: 'math two', performance: [0, 1]},
  {text: 'math three', performance: [0, 1]},
  {text: 'trivia one', performance: [1, 1]},
  {text: 'trivia two', performance: [1, Number.NaN]},
  {text: 'trivia three', performance: [1, 0]},
])

/** One unit vector per training query, the math ones along x and the trivia ones along y. */
export const twoTopicEmbeddings = [
  [1, 0],
  [0.99, 0.14],
  [0.98, 0.2],
  [0, 1],
  [0.14, 0.99],
  [0.2, 0.98],
].map((vector) => Float32Array.from(vector))

/** A new query on the math axis. */
export const mathQuery = {text: 'a math question', embedding: Float32Array.from([1, 0.05])}

/** A new query on the trivia axis. */
export const triviaQuery = {text: 'a trivia question', embedding: Float32Array.from([0.05, 1])}

/**
 * Settings that let six examples train in a moment: one batch, no validation split, and the
 * epoch chosen by loss, because every epoch soon routes all six training queries right.
 */
export const tinyHparam = {
  hidden_state_dim: 4,
  learning_rate: 0.05,
  epochs: 40,
  patience: 40,
  batch_size: 6,
  n_clusters: 2,
  H: 1,
  validation_fraction: 0,
  weight_decay: 0,
  checkpoint_metric: 'loss',
}

/**
 * Trains routerdc on the two-topic fixture.
 * @param hparam - Overrides of `tinyHparam`.
 * @param seed - Seed of training.
 * @returns The artifact.
 */
export function trainTinyRouterDC(
  hparam: Record<string, unknown> = {},
  seed = 7,
): Promise<Artifact> {
  return trainOnFixture(
    routerDCDefinition,
    {matrix: twoTopicMatrix, embeddings: twoTopicEmbeddings},
    {...tinyHparam, ...hparam},
    seed,
  )
}
