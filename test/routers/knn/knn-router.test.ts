import {describe, expect, test} from 'vitest'

import {fitCostModel} from '../../../src/data/cost-model.js'
import {knnRouterDefinition} from '../../../src/routers/knn/index.js'
import type {RouterV1} from '../../../src/routers/spec/index.js'
import {fitRouter} from '../../../src/services/train/fit-router.js'
import {modelCard, tinyMatrix} from '../../support/tiny-matrix.js'

// Two topics on two axes: "math" queries point along x, "trivia" along y.
const models = [modelCard('cheap', 0.1), modelCard('strong', 10)]
const matrix = tinyMatrix(models, [
  {text: 'math one', performance: [0, 1]},
  {text: 'math two', performance: [0, 1]},
  {text: 'math three', performance: [1, 1]},
  {text: 'trivia one', performance: [1, 1]},
  {text: 'trivia two', performance: [1, 1]},
  {text: 'trivia three', performance: [1, 0]},
])
const embeddings = [
  [1, 0],
  [0.99, 0.14],
  [0.98, 0.2],
  [0, 1],
  [0.14, 0.99],
  [0.2, 0.98],
].map((vector) => Float32Array.from(vector))

async function trainKNN(hparam: Record<string, unknown>): Promise<RouterV1> {
  const {artifact} = await fitRouter({
    definition: knnRouterDefinition,
    matrix,
    hparam,
    seed: 1,
    costModel: fitCostModel(matrix),
    embedder: null,
    embeddings,
  })
  return knnRouterDefinition.create(artifact, {embedder: null, seed: 1})
}

const mathQuery = {text: 'a math question', embedding: Float32Array.from([1, 0.05])}
const triviaQuery = {text: 'a trivia question', embedding: Float32Array.from([0.05, 1])}

describe('knnrouter in score mode', () => {
  test('predicts each model from the nearest queries, shrunk towards its mean', async () => {
    const router = await trainKNN({n_neighbors: 3, prior_strength: 1})

    const decision = await router.route(mathQuery, {lambda: 0})
    const predicted = Object.fromEntries(
      (decision.scores ?? []).map((score) => [score.model, score.performance]),
    )

    // cheap: (1 × 4/6 + 1) / 4; strong: (1 × 5/6 + 3) / 4.
    expect(predicted.cheap).toBeCloseTo((4 / 6 + 1) / 4)
    expect(predicted.strong).toBeCloseTo((5 / 6 + 3) / 4)
    expect(decision.model).toBe('strong')
  })

  test('keeps the cheaper model when two models score the same', async () => {
    const router = await trainKNN({n_neighbors: 2, prior_strength: 0})

    const decision = await router.route(triviaQuery, {lambda: 0})

    expect(decision.model).toBe('cheap')
  })

  test('moves math queries to the cheap model once λ outweighs the quality gap', async () => {
    const router = await trainKNN({n_neighbors: 3, prior_strength: 0})
    const [cost] = (await router.scoreBatch?.([mathQuery]))?.cost ?? []
    expect(cost).toBeGreaterThan(0)

    const atZero = await router.route(mathQuery, {lambda: 0})
    const atHighLambda = await router.route(mathQuery, {lambda: 1e9})

    expect(atZero.model).toBe('strong')
    expect(atHighLambda.model).toBe('cheap')
  })
})

describe('knnrouter in argmax mode', () => {
  test('votes over best-model labels and gives ties to the first model, as the Python router does', async () => {
    const router = await trainKNN({n_neighbors: 3, label_mode: 'argmax'})

    // Trivia neighbours: labels cheap (tie → first), cheap (tie → first), cheap.
    const trivia = await router.route(triviaQuery, {lambda: 0})
    // Math neighbours: labels strong, strong, cheap (tie → first).
    const math = await router.route(mathQuery, {lambda: 1e9})

    expect(trivia.model).toBe('cheap')
    expect(math.model).toBe('strong')
    expect(router.capabilities.scores).toBe(false)
    expect('scoreBatch' in router).toBe(false)
  })
})

describe('knnrouter with an HNSW index', () => {
  test('finds the same neighbours as the exact index and carries its graph in the artifact', async () => {
    const exact = await trainKNN({n_neighbors: 3, index: 'exact'})
    const {artifact} = await fitRouter({
      definition: knnRouterDefinition,
      matrix,
      hparam: {n_neighbors: 3, index: 'usearch'},
      seed: 1,
      costModel: fitCostModel(matrix),
      embedder: null,
      embeddings,
    })
    const hnsw = knnRouterDefinition.create(artifact, {embedder: null, seed: 1})

    const queries = [mathQuery, triviaQuery]
    const fromExact = await exact.scoreBatch?.(queries)
    const fromHNSW = await hnsw.scoreBatch?.(queries)

    expect(artifact.arrays.hnsw).toBeInstanceOf(Uint8Array)
    expect(Array.from(fromHNSW?.performance ?? [])).toEqual(
      Array.from(fromExact?.performance ?? []),
    )
  })
})
