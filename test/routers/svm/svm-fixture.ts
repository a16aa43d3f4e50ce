import type {Artifact} from '../../../src/routers/artifact/artifact-store.js'
import {trainOnFixture} from '../../support/train-on-fixture.js'
import {svmRouterDefinition} from '../../../src/routers/svm/index.js'
import {modelCard, tinyMatrix} from '../../support/tiny-matrix.js'

// Two topics on two axes: only the strong model solves "math" (near x); the cheap model solves
// "trivia" (near y) and the strong one misses most of it. Eight queries per topic, spread by a
// fixed angle so the fixture needs no random numbers.
const models = [modelCard('cheap', 0.1), modelCard('strong', 10)]

const angles = [0, 0.04, 0.08, 0.12, 0.16, 0.2, 0.24, 0.28]
const mathVectors = angles.map((angle) => [Math.cos(angle), Math.sin(angle)])
const triviaVectors = angles.map((angle) => [Math.sin(angle), Math.cos(angle)])

/** Sixteen training queries in two topics, with the outcomes described above. */
export const twoTopicMatrix = tinyMatrix(models, [
  ...angles.map((_, index) => ({text: `math ${index}`, performance: [0, 1]})),
  ...angles.map((_, index) => ({text: `trivia ${index}`, performance: [1, index < 2 ? 1 : 0]})),
])

/** One unit vector per training query, in the order of the matrix. */
export const twoTopicEmbeddings = [...mathVectors, ...triviaVectors].map((vector) =>
  Float32Array.from(vector),
)

/** A new query on the math axis. */
export const mathQuery = {text: 'a math question', embedding: Float32Array.from([0.998, 0.06])}

/** A new query on the trivia axis. */
export const triviaQuery = {text: 'a trivia question', embedding: Float32Array.from([0.06, 0.998])}

/** Settings that fit sixteen examples: a wide kernel and two calibration folds. */
export const tinyHparam = {gamma: 1, C: 10, calibration_folds: 2}

/**
 * Trains svmrouter on the two-topic fixture.
 * @param hparam - Overrides of `tinyHparam`.
 * @param seed - Seed of training.
 * @returns The artifact.
 */
export function trainTinySVM(hparam: Record<string, unknown> = {}, seed = 7): Promise<Artifact> {
  return trainOnFixture(
    svmRouterDefinition,
    {matrix: twoTopicMatrix, embeddings: twoTopicEmbeddings},
    {...tinyHparam, ...hparam},
    seed,
  )
}
