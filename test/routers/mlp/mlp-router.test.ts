import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, test} from 'vitest'

import {initialiseTensorFlow} from '../../../src/ml/index.js'
import {loadArtifact, saveArtifact} from '../../../src/routers/artifact/artifact-store.js'
import type {Artifact} from '../../../src/routers/artifact/artifact-store.js'
import {mlpRouterDefinition} from '../../../src/routers/mlp/index.js'
import type {RouterV1} from '../../../src/routers/spec/index.js'
import {largestDifference} from '../../ml/on-backend.js'
import {mathQuery, trainTinyMLP, triviaQuery, twoTopicMatrix} from './mlp-fixture.js'

let scratch: string

beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'llmrouter-mlp-'))
})

afterEach(async () => {
  await rm(scratch, {recursive: true, force: true})
})

function createRouter(artifact: Artifact): RouterV1 {
  return mlpRouterDefinition.create(artifact, {embedder: null, seed: 7})
}

/** Scores the math query, then the trivia query; undefined for a router that doesn't score. */
function predictions(router: RouterV1) {
  return router.scoreBatch?.([mathQuery, triviaQuery])
}

describe('mlprouter with objective: regress', () => {
  test('learns which model solves which topic and picks it at λ = 0', async () => {
    const router = createRouter(await trainTinyMLP())

    const table = await predictions(router)
    const math = await router.route(mathQuery, {lambda: 0})
    const trivia = await router.route(triviaQuery, {lambda: 0})

    // Rows: math, trivia; columns: cheap, strong.
    const [mathCheap, mathStrong, triviaCheap, triviaStrong] = Array.from(table?.performance ?? [])
    expect(mathCheap).toBeLessThan(0.2)
    expect(mathStrong).toBeGreaterThan(0.8)
    expect(triviaCheap).toBeGreaterThan(0.8)
    expect(triviaStrong).toBeGreaterThan(0.4)
    expect(triviaStrong).toBeLessThan(0.9)
    expect(math.model).toBe('strong')
    expect(trivia.model).toBe('cheap')
    expect(router.capabilities.scores).toBe(true)
  })

  test('moves math queries to the cheap model once λ outweighs the quality gap', async () => {
    const router = createRouter(await trainTinyMLP())

    const atZero = await router.route(mathQuery, {lambda: 0})
    const atHighLambda = await router.route(mathQuery, {lambda: 1e9})

    expect(atZero.model).toBe('strong')
    expect(atHighLambda.model).toBe('cheap')
    expect(atHighLambda.scores?.map((score) => score.model)).toEqual(['cheap', 'strong'])
  })

  test('gives the same weights for the same seed, dropout included', async () => {
    const first = await trainTinyMLP({dropout: 0.3})
    const second = await trainTinyMLP({dropout: 0.3})

    expect(Object.keys(first.arrays).sort()).toEqual([
      'layer0.bias',
      'layer0.weights',
      'layer1.bias',
      'layer1.weights',
    ])
    for (const [name, values] of Object.entries(first.arrays)) {
      expect(Array.from(second.arrays[name] ?? []), name).toEqual(Array.from(values))
    }
  })

  test('frees every tensor it makes while training and scoring', async () => {
    // Given: TensorFlow.js is loaded and a router trained once.
    const {tf} = await initialiseTensorFlow()
    createRouter(await trainTinyMLP())
    const before = tf.memory().numTensors

    // When
    const router = createRouter(await trainTinyMLP({objective: 'classify', dropout: 0.2}))
    await router.routeBatch(
      Array.from({length: 40}, () => mathQuery),
      {lambda: 0},
    )

    // Then
    expect(tf.memory().numTensors).toBe(before)
  })

  test('trains past missing cells, which the loss skips', async () => {
    const performance = twoTopicMatrix.performance.slice()
    // The strong model's trivia failure goes missing, so its trivia outcomes are all 1.
    performance[11] = Number.NaN
    const router = createRouter(await trainTinyMLP({}, {...twoTopicMatrix, performance}))

    const table = await predictions(router)

    expect(Array.from(table?.performance ?? []).every(Number.isFinite)).toBe(true)
    expect(table?.performance[3]).toBeGreaterThan(0.8)
  })

  test('scores the same after a save and load round trip', async () => {
    // Given
    const artifact = await trainTinyMLP()
    const folder = path.join(scratch, 'mlprouter')

    // When
    await saveArtifact(folder, artifact)
    const loaded = await loadArtifact(folder)
    const before = createRouter(artifact)
    const after = createRouter(loaded)

    // Then
    const original = await predictions(before)
    const restored = await predictions(after)
    expect(restored?.performance).toEqual(original?.performance)
    expect(restored?.cost).toEqual(original?.cost)
    expect(loaded.manifest.state.shapes).toEqual({
      'layer0.weights': [2, 8],
      'layer0.bias': [8],
      'layer1.weights': [8, 2],
      'layer1.bias': [2],
    })
  })

  test('scores a large batch in TensorFlow.js as one query at a time scores it', async () => {
    // Given: 40 queries, past the batch size where TensorFlow.js takes over.
    const router = createRouter(await trainTinyMLP())
    const queries = Array.from({length: 40}, (_, index) => {
      const angle = (index / 39) * (Math.PI / 2)
      return {
        text: `query ${index}`,
        embedding: Float32Array.from([Math.cos(angle), Math.sin(angle)]),
      }
    })

    // When
    const batch = await router.scoreBatch?.(queries)
    const oneByOne: number[] = []
    for (const query of queries) {
      oneByOne.push(...((await router.scoreBatch?.([query]))?.performance ?? []))
    }

    // Then
    expect(largestDifference(batch?.performance ?? [], oneByOne)).toBeLessThan(1e-5)
  })

  test('rejects an artifact whose layer shapes disagree with its arrays', async () => {
    const artifact = await trainTinyMLP()
    const arrays = {...artifact.arrays, 'layer1.bias': new Float32Array(3)}

    expect(() => createRouter({...artifact, arrays})).toThrow(/layer 1/)
  })
})

describe('mlprouter with objective: classify', () => {
  test('picks each topic’s best model as labelled, ties going to the first model', async () => {
    // Trivia labels: cheap (tie → first), cheap (tie → first), cheap; math: strong ×3.
    const router = createRouter(await trainTinyMLP({objective: 'classify'}))

    const math = await router.route(mathQuery, {lambda: 0})
    const trivia = await router.route(triviaQuery, {lambda: 0})

    expect(math.model).toBe('strong')
    expect(trivia.model).toBe('cheap')
    expect(router.capabilities.scores).toBe(false)
    expect('scoreBatch' in router).toBe(false)
  })

  test('ignores λ, as the Python router does', async () => {
    const router = createRouter(await trainTinyMLP({objective: 'classify'}))

    const decision = await router.route(mathQuery, {lambda: 1e9})

    expect(decision.model).toBe('strong')
    expect(decision.reason).toMatch(/strong a \d+% chance of being the best model/)
  })

  test('keeps the first model when two models are equally probable', async () => {
    // Given: zero weights make every class equally probable.
    const artifact = await trainTinyMLP({objective: 'classify'})
    const arrays = Object.fromEntries(
      Object.entries(artifact.arrays).map(([name, values]) => [
        name,
        new Float32Array(values.length),
      ]),
    )

    // When
    const decision = await createRouter({...artifact, arrays}).route(mathQuery, {lambda: 0})

    // Then
    expect(decision.model).toBe('cheap')
    expect(decision.scores?.map((score) => score.performance)).toEqual([0.5, 0.5])
  })
})

describe('mlprouter scores in regress mode on a tie', () => {
  test('keeps the cheaper model when two models score the same', async () => {
    const artifact = await trainTinyMLP()
    const arrays = Object.fromEntries(
      Object.entries(artifact.arrays).map(([name, values]) => [
        name,
        new Float32Array(values.length),
      ]),
    )
    // Listed first is the expensive model, so the tie can't go to it by position.
    const candidates = ['strong', 'cheap']
    const costModel = {
      ...artifact.manifest.costModel,
      models: [...artifact.manifest.costModel.models].reverse(),
    }
    const manifest = {...artifact.manifest, candidates, costModel}

    const decision = await createRouter({manifest, arrays}).route(mathQuery, {lambda: 0})

    expect(decision.model).toBe('cheap')
  })
})
