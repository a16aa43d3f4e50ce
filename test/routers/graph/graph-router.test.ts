import {describe, expect, test} from 'vitest'

import {fitCostModel} from '../../../src/data/cost-model.js'
import type {Artifact} from '../../../src/routers/artifact/artifact-store.js'
import {graphRouterDefinition} from '../../../src/routers/graph/index.js'
import type {RouterV1} from '../../../src/routers/spec/index.js'
import {fitRouter} from '../../../src/services/train/fit-router.js'
import {
  mathQuery,
  trainTinyGraph,
  triviaQuery,
  twoTopicEmbeddings,
  twoTopicMatrix,
} from './graph-fixture.js'
import {
  expectArrayDiffers,
  expectSameArrays,
  expectSameScoresAfterRoundTrip,
} from '../../support/artifact-checks.js'

function createRouter(artifact: Artifact): RouterV1 {
  return graphRouterDefinition.create(artifact, {embedder: null, seed: 7})
}

describe('graphrouter with decision: utility', () => {
  test('learns which model solves which task and picks it at λ = 0', async () => {
    const router = createRouter(await trainTinyGraph())

    const table = await router.scoreBatch?.([mathQuery, triviaQuery])
    const math = await router.route(mathQuery, {lambda: 0})
    const trivia = await router.route(triviaQuery, {lambda: 0})

    // Rows: math, trivia; columns: cheap, strong.
    const [mathCheap, mathStrong, triviaCheap, triviaStrong] = Array.from(table?.performance ?? [])
    expect(mathStrong).toBeGreaterThan(0.5)
    expect(mathCheap).toBeLessThan(0.5)
    expect(triviaCheap).toBeGreaterThan(triviaStrong ?? 1)
    expect(math.model).toBe('strong')
    expect(trivia.model).toBe('cheap')
    expect(router.capabilities.scores).toBe(true)
  })

  test('moves math queries to the cheap model once λ outweighs the quality gap', async () => {
    const router = createRouter(await trainTinyGraph())

    const atZero = await router.route(mathQuery, {lambda: 0})
    const atHighLambda = await router.route(mathQuery, {lambda: 1e9})

    expect(atZero.model).toBe('strong')
    expect(atHighLambda.model).toBe('cheap')
  })

  test('routes a query whose task it never saw from the query alone', async () => {
    const router = createRouter(await trainTinyGraph())

    const math = await router.route({...mathQuery, task: 'algebra'}, {lambda: 0})
    const trivia = await router.route({...triviaQuery, task: undefined}, {lambda: 0})

    expect(math.model).toBe('strong')
    expect(trivia.model).toBe('cheap')
  })

  test('gives the same arrays for the same seed and others for another seed', async () => {
    const first = await trainTinyGraph({}, 11)
    const second = await trainTinyGraph({}, 11)
    const other = await trainTinyGraph({}, 12)

    expectSameArrays(first, second)
    expectArrayDiffers(first, other, 'query.input')
  })

  test('scores the same after a save and load round trip', async () => {
    const artifact = await trainTinyGraph()

    const restored = await expectSameScoresAfterRoundTrip(artifact, createRouter, [
      mathQuery,
      triviaQuery,
    ])

    expect(restored.length).toBe(4)
  })

  test('records the task list and the embedder of the node texts', async () => {
    const artifact = await trainTinyGraph({val_split_ratio: 0.25})

    expect(artifact.manifest.state.tasks).toEqual(['math', 'trivia'])
    expect(artifact.manifest.state.builtDescriptions).toEqual([])
    expect(artifact.manifest.embedding?.id).toBe('test-hash-4')
    expect(artifact.manifest.trainingMetrics.validationQueries).toBe(2)
  })

  test('refuses to train without an embedder for the model descriptions', async () => {
    const training = fitRouter({
      definition: graphRouterDefinition,
      matrix: twoTopicMatrix,
      hparam: {},
      seed: 7,
      costModel: fitCostModel(twoTopicMatrix),
      embedder: null,
      embeddings: twoTopicEmbeddings,
    })

    await expect(training).rejects.toThrow(
      'graphrouter embeds model descriptions and task names, but training has no embedder.',
    )
  })

  test('names the missing array of a damaged artifact', async () => {
    const artifact = await trainTinyGraph()
    const arrays = Object.fromEntries(
      Object.entries(artifact.arrays).filter(([name]) => name !== 'decoder.modelBias'),
    )

    expect(() => createRouter({...artifact, arrays})).toThrow(
      'The graphrouter artifact is unusable: it has no array "decoder.modelBias".',
    )
  })
})

describe('graphrouter with decision: argmax', () => {
  test('picks the edge scored highest, ignoring λ, as the Python router does', async () => {
    const router = createRouter(await trainTinyGraph({decision: 'argmax'}))

    const math = await router.route(mathQuery, {lambda: 1e9})
    const trivia = await router.route(triviaQuery, {lambda: 0})

    expect(math.model).toBe('strong')
    expect(trivia.model).toBe('cheap')
    expect(router.capabilities.scores).toBe(false)
    expect('scoreBatch' in router).toBe(false)
  })
})
