import type {Artifact} from '../../../src/routers/artifact/artifact-store.js'
import {mfRouterDefinition} from '../../../src/routers/mf/index.js'
import {trainOnFixture} from '../../support/train-on-fixture.js'
import {modelCard, tinyMatrix} from '../../support/tiny-matrix.js'

// Two topics on two axes: only the strong model solves "math" (along x); both models solve
// "trivia" (along y), but the strong one misses one, so the cheap one wins that pair.
const models = [modelCard('cheap', 0.1), modelCard('strong', 10)]

/** Six training queries in two topics, with the outcomes described above. */
export const twoTopicMatrix = tinyMatrix(models, [
  {text: 'math one', performance: [0, 1]},
  {text: 'math two', performance: [0, 1]},
  {text: 'math three', performance: [0, 1]},
  {text: 'trivia one', performance: [1, 1]},
  {text: 'trivia two', performance: [1, 1]},
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

/** Settings that let six examples train in a moment: no validation split, a high rate. */
export const tinyHparam = {
  latent_dim: 4,
  lr: 0.05,
  epochs: 80,
  batch_size: 2,
  validation_fraction: 0,
}

/**
 * Trains mfrouter on the two-topic fixture.
 * @param hparam - Overrides of `tinyHparam`.
 * @param seed - Seed of training.
 * @returns The artifact.
 */
export function trainTinyMF(hparam: Record<string, unknown> = {}, seed = 7): Promise<Artifact> {
  return trainOnFixture(
    mfRouterDefinition,
    {matrix: twoTopicMatrix, embeddings: twoTopicEmbeddings},
    {...tinyHparam, ...hparam},
    seed,
  )
}
