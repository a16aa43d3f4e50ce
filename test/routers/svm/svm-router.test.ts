import {describe, expect, test} from 'vitest'

import type {Artifact} from '../../../src/routers/artifact/artifact-store.js'
import {createRouterRegistry} from '../../../src/routers/registry.js'
import type {RouterV1} from '../../../src/routers/spec/index.js'
import {svmRouterDefinition} from '../../../src/routers/svm/index.js'
import {svmHparamSchema} from '../../../src/routers/svm/svm-config.js'
import {fitCostModel} from '../../../src/data/cost-model.js'
import {modelCard, tinyMatrix} from '../../support/tiny-matrix.js'
import {mathQuery, trainTinySVM, triviaQuery} from './svm-fixture.js'
import {
  expectArrayDiffers,
  expectSameArrays,
  expectSameScoresAfterRoundTrip,
} from '../../support/artifact-checks.js'

function createRouter(artifact: Artifact): RouterV1 {
  return svmRouterDefinition.create(artifact, {embedder: null, seed: 7})
}

async function picksAtZero(router: RouterV1): Promise<string[]> {
  const decisions = await router.routeBatch([mathQuery, triviaQuery], {lambda: 0})
  return decisions.map((decision) => decision.model)
}

describe('svmrouter with decision: utility', () => {
  test('predicts which model does well on which topic and picks it at λ = 0', async () => {
    const router = createRouter(await trainTinySVM())

    const table = await router.scoreBatch?.([mathQuery, triviaQuery])

    // Rows: math, trivia; columns: cheap, strong.
    const [mathCheap, mathStrong, triviaCheap, triviaStrong] = Array.from(table?.performance ?? [])
    expect(mathStrong).toBeGreaterThan(mathCheap ?? 1)
    expect(triviaCheap).toBeGreaterThan(triviaStrong ?? 1)
    expect(await picksAtZero(router)).toEqual(['strong', 'cheap'])
    expect(router.capabilities.scores).toBe(true)
  })

  test('moves math queries to the cheap model once λ outweighs the quality gap', async () => {
    const router = createRouter(await trainTinySVM())

    const atZero = await router.route(mathQuery, {lambda: 0})
    const atHighLambda = await router.route(mathQuery, {lambda: 1e9})

    expect(atZero.model).toBe('strong')
    expect(atHighLambda.model).toBe('cheap')
    expect(atZero.reason).toMatch(/chance of doing well/)
  })

  test('gives the same artifact for the same seed and other landmarks for another', async () => {
    const first = await trainTinySVM({n_components: 6}, 11)
    const second = await trainTinySVM({n_components: 6}, 11)
    const other = await trainTinySVM({n_components: 6}, 12)

    expectSameArrays(first, second)
    expectArrayDiffers(first, other, 'centres')
  })

  test('scores the same after a save and load round trip', async () => {
    const artifact = await trainTinySVM()

    const restored = await expectSameScoresAfterRoundTrip(artifact, createRouter, [
      mathQuery,
      triviaQuery,
    ])

    expect(restored.length).toBe(4)
  })

  test.each([
    {name: 'the squared hinge loss', hparam: {loss: 'squared_hinge'}},
    {name: 'estimator: svr', hparam: {estimator: 'svr', epsilon: 0.05}},
    {
      name: 'estimator: svr with the squared loss',
      hparam: {estimator: 'svr', loss: 'squared_hinge'},
    },
    {name: 'the linear kernel', hparam: {kernel: 'linear'}},
    {name: 'approximation: exact', hparam: {approximation: 'exact', n_components: 2}},
    {name: 'gamma: auto and few landmarks', hparam: {gamma: 'auto', n_components: 4}},
  ])('routes each topic to its model with $name', async ({hparam}) => {
    const router = createRouter(await trainTinySVM(hparam))

    expect(await picksAtZero(router)).toEqual(['strong', 'cheap'])
  })

  test('keeps every training query as a landmark with approximation: exact', async () => {
    const artifact = await trainTinySVM({approximation: 'exact', n_components: 2})

    expect(artifact.manifest.state.centreCount).toBe(16)
    expect(artifact.arrays.centres?.length).toBe(32)
  })

  test('refuses approximation: exact above 2048 training queries and names the way out', async () => {
    // Given
    const rows = Array.from({length: 2049}, (_, index) => ({
      text: `query ${index}`,
      performance: [index % 2, 1 - (index % 2)],
    }))
    const matrix = tinyMatrix([modelCard('a', 1), modelCard('b', 2)], rows)
    const embeddings = rows.map((_, index) => Float32Array.from([Math.cos(index), Math.sin(index)]))

    // When
    const training = svmRouterDefinition.train({
      matrix,
      hparam: svmHparamSchema.parse({approximation: 'exact'}),
      seed: 1,
      costModel: fitCostModel(matrix),
      embeddings,
    })

    // Then
    await expect(training).rejects.toThrow(/at most 2048 training queries; this split has 2049/)
  })

  test('refuses a training split without a single recorded outcome', async () => {
    const matrix = tinyMatrix(
      [modelCard('a', 1), modelCard('b', 2)],
      [{text: 'q', performance: [Number.NaN, Number.NaN]}],
    )

    const training = svmRouterDefinition.train({
      matrix,
      hparam: svmHparamSchema.parse({}),
      seed: 1,
      costModel: fitCostModel(matrix),
      embeddings: [Float32Array.from([1, 0])],
    })

    await expect(training).rejects.toThrow(/no training query with a recorded outcome/)
  })

  test('routes the same query alone and in a batch', async () => {
    const router = createRouter(await trainTinySVM())

    const batch = await router.scoreBatch?.([triviaQuery, mathQuery])
    const alone = await router.scoreBatch?.([mathQuery])

    expect(Array.from(alone?.performance ?? [])).toEqual(
      Array.from(batch?.performance.slice(2) ?? []),
    )
  })

  test('rejects an artifact whose coefficients disagree with its landmarks', async () => {
    const artifact = await trainTinySVM()
    const broken = {...artifact, arrays: {...artifact.arrays, intercepts: new Float64Array(3)}}

    expect(() => createRouter(broken)).toThrow(/svmrouter artifact is unusable/)
  })

  test('rejects queries embedded with another dimension', async () => {
    const router = createRouter(await trainTinySVM())

    await expect(
      router.route({text: 'x', embedding: Float32Array.from([1, 0, 0])}, {lambda: 0}),
    ).rejects.toThrow(/trained on 2/)
  })
})

describe('svmrouter with decision: argmax', () => {
  test('votes for each topic’s best model and ignores λ, as the Python router does', async () => {
    const router = createRouter(await trainTinySVM({decision: 'argmax'}))

    const math = await router.route(mathQuery, {lambda: 0})
    const mathAtHighLambda = await router.route(mathQuery, {lambda: 1e9})
    const trivia = await router.route(triviaQuery, {lambda: 0})

    expect(math.model).toBe('strong')
    expect(mathAtHighLambda.model).toBe('strong')
    expect(trivia.model).toBe('cheap')
    expect(math.reason).toMatch(/wins 1 of the SVM’s one-vs-one votes/)
    expect(router.capabilities.scores).toBe(false)
    expect('scoreBatch' in router).toBe(false)
  })

  test('votes the same with probability: false, which only scikit-learn’s predict_proba reads', async () => {
    const router = createRouter(await trainTinySVM({decision: 'argmax', probability: false}))

    const decisions = await router.routeBatch([mathQuery, triviaQuery], {lambda: 0})

    expect(decisions.map((decision) => decision.model)).toEqual(['strong', 'cheap'])
    expect(decisions[1]?.scores?.[0]).toMatchObject({model: 'cheap', performance: 1})
  })
})

describe('svmrouter registry row', () => {
  test('is found by its id and the Python aliases', () => {
    const registry = createRouterRegistry()

    expect(registry.resolve('svm').id).toBe('svmrouter')
    expect(registry.resolve('SVM_Router').id).toBe('svmrouter')
    expect(registry.resolve('svmrouter')).toBe(svmRouterDefinition)
  })
})
