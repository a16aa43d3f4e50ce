import {describe, expect, test} from 'vitest'

import {fitCostModel} from '../../../src/data/cost-model.js'
import type {Artifact} from '../../../src/routers/artifact/artifact-store.js'
import {routerDCDefinition} from '../../../src/routers/routerdc/index.js'
import type {RouterV1} from '../../../src/routers/spec/index.js'
import {fitRouter} from '../../../src/services/train/fit-router.js'
import {modelCard, tinyMatrix} from '../../support/tiny-matrix.js'
import {
  mathQuery,
  tinyHparam,
  trainTinyRouterDC,
  triviaQuery,
  twoTopicEmbeddings,
} from './routerdc-fixture.js'
import {
  expectArrayDiffers,
  expectSameArrays,
  expectSameScoresAfterRoundTrip,
} from '../../support/artifact-checks.js'

function createRouter(artifact: Artifact): RouterV1 {
  return routerDCDefinition.create(artifact, {embedder: null, seed: 7})
}

async function expectTopicsLearned(router: RouterV1): Promise<void> {
  const math = await router.route(mathQuery, {lambda: 0})
  const trivia = await router.route(triviaQuery, {lambda: 0})
  expect(math.model).toBe('strong')
  expect(trivia.model).toBe('cheap')
}

describe('routerdc with decision: utility', () => {
  test('learns which model solves which topic and picks it at λ = 0', async () => {
    const router = createRouter(await trainTinyRouterDC())

    const table = await router.scoreBatch?.([mathQuery, triviaQuery])

    // Rows: math, trivia; columns: cheap, strong.
    const [mathCheap, mathStrong, triviaCheap, triviaStrong] = Array.from(table?.performance ?? [])
    expect(mathStrong).toBeGreaterThan(mathCheap ?? 1)
    expect(triviaCheap).toBeGreaterThan(triviaStrong ?? 1)
    await expectTopicsLearned(router)
    expect(router.capabilities.scores).toBe(true)
  })

  test('moves math queries to the cheap model once λ outweighs the quality gap', async () => {
    const router = createRouter(await trainTinyRouterDC())

    const atZero = await router.route(mathQuery, {lambda: 0})
    const atHighLambda = await router.route(mathQuery, {lambda: 1e9})

    expect(atZero.model).toBe('strong')
    expect(atHighLambda.model).toBe('cheap')
  })

  test('gives the same weights and calibration for the same seed', async () => {
    const first = await trainTinyRouterDC({}, 11)
    const second = await trainTinyRouterDC({}, 11)
    const other = await trainTinyRouterDC({}, 12)

    expect(Object.keys(first.arrays).length).toBeGreaterThan(4)
    expectSameArrays(first, second)
    expectArrayDiffers(first, other, 'projection.weights')
  })

  test('scores the same after a save and load round trip', async () => {
    const artifact = await trainTinyRouterDC()

    const restored = await expectSameScoresAfterRoundTrip(artifact, createRouter, [
      mathQuery,
      triviaQuery,
    ])

    expect(restored.length).toBe(4)
  })

  test('learns the topics with an MLP projection, dot products and clusters of embeddings', async () => {
    const artifact = await trainTinyRouterDC({
      projection: 'mlp',
      hidden_dim: 8,
      similarity_function: 'inner',
      cluster_features: 'embeddings',
    })

    expect(artifact.arrays['hidden.weights']?.length).toBe(2 * 8)
    await expectTopicsLearned(createRouter(artifact))
  })

  test('learns the topics from the sample-LLM loss alone', async () => {
    const artifact = await trainTinyRouterDC({cluster_loss_weight: 0})

    expect(artifact.manifest.trainingMetrics.validation_loss).toBeGreaterThanOrEqual(0)
    await expectTopicsLearned(createRouter(artifact))
  })

  test('keeps the epoch chosen on a validation split and calibrates per model', async () => {
    const artifact = await trainTinyRouterDC({
      validation_fraction: 0.34,
      checkpoint_metric: 'performance',
      patience: 3,
      calibration: 'per_model',
    })

    const table = await createRouter(artifact).scoreBatch?.([mathQuery])

    expect(artifact.manifest.trainingMetrics.validationQueries).toBe(2)
    expect(artifact.manifest.trainingMetrics.bestEpoch).toBeGreaterThanOrEqual(1)
    expect(artifact.manifest.trainingMetrics.validation_performance).toBeGreaterThan(0)
    expect(Array.from(table?.performance ?? []).every((value) => value > 0 && value < 1)).toBe(true)
  })

  test('rejects an artifact whose model embeddings disagree with hidden_state_dim', async () => {
    const artifact = await trainTinyRouterDC()
    const broken = {...artifact, arrays: {...artifact.arrays, modelEmbeddings: new Float32Array(3)}}

    expect(() => createRouter(broken)).toThrow(/routerdc artifact is unusable/)
  })

  test('refuses training data where no query separates a good model from a bad one', async () => {
    const allSolved = tinyMatrix(
      [modelCard('cheap', 0.1), modelCard('strong', 10)],
      twoTopicEmbeddings.map((_, index) => ({text: `q${index}`, performance: [1, 1]})),
    )

    const training = fitRouter({
      definition: routerDCDefinition,
      matrix: allSolved,
      hparam: tinyHparam,
      seed: 7,
      costModel: fitCostModel(allSolved),
      embedder: null,
      embeddings: twoTopicEmbeddings,
    })

    await expect(training).rejects.toThrow(/no training query where one model scored above 0/)
  })
})

describe('routerdc with decision: argmax', () => {
  test('picks the most similar model per topic and ignores λ, as the Python router does', async () => {
    const router = createRouter(await trainTinyRouterDC({decision: 'argmax'}))

    const math = await router.route(mathQuery, {lambda: 0})
    const mathAtHighLambda = await router.route(mathQuery, {lambda: 1e9})
    const trivia = await router.route(triviaQuery, {lambda: 0})

    expect(math.model).toBe('strong')
    expect(mathAtHighLambda.model).toBe('strong')
    expect(trivia.model).toBe('cheap')
    expect(math.reason).toMatch(/highest similarity/)
    expect(router.capabilities.scores).toBe(false)
    expect('scoreBatch' in router).toBe(false)
  })
})
