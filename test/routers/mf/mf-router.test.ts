import {describe, expect, test} from 'vitest'

import type {Artifact} from '../../../src/routers/artifact/artifact-store.js'
import {mfRouterDefinition} from '../../../src/routers/mf/index.js'
import type {RouterV1} from '../../../src/routers/spec/index.js'
import {mathQuery, trainTinyMF, triviaQuery} from './mf-fixture.js'
import {
  expectArrayDiffers,
  expectSameArrays,
  expectSameScoresAfterRoundTrip,
} from '../../support/artifact-checks.js'

function createRouter(artifact: Artifact): RouterV1 {
  return mfRouterDefinition.create(artifact, {embedder: null, seed: 7})
}

describe('mfrouter with decision: utility', () => {
  test('learns which model solves which topic and picks it at λ = 0', async () => {
    const router = createRouter(await trainTinyMF())

    const table = await router.scoreBatch?.([mathQuery, triviaQuery])
    const math = await router.route(mathQuery, {lambda: 0})
    const trivia = await router.route(triviaQuery, {lambda: 0})

    // Rows: math, trivia; columns: cheap, strong.
    const [mathCheap, mathStrong, triviaCheap, triviaStrong] = Array.from(table?.performance ?? [])
    expect(mathStrong).toBeGreaterThan(mathCheap ?? 1)
    expect(triviaCheap).toBeGreaterThan(triviaStrong ?? 1)
    expect(math.model).toBe('strong')
    expect(trivia.model).toBe('cheap')
    expect(router.capabilities.scores).toBe(true)
  })

  test('moves math queries to the cheap model once λ outweighs the quality gap', async () => {
    const router = createRouter(await trainTinyMF())

    const atZero = await router.route(mathQuery, {lambda: 0})
    const atHighLambda = await router.route(mathQuery, {lambda: 1e9})

    expect(atZero.model).toBe('strong')
    expect(atHighLambda.model).toBe('cheap')
  })

  test('gives the same factors and calibration for the same seed', async () => {
    const first = await trainTinyMF({}, 11)
    const second = await trainTinyMF({}, 11)
    const other = await trainTinyMF({}, 12)

    expectSameArrays(first, second)
    expectArrayDiffers(first, other, 'projection')
  })

  test('scores the same after a save and load round trip', async () => {
    const artifact = await trainTinyMF()

    const restored = await expectSameScoresAfterRoundTrip(artifact, createRouter, [
      mathQuery,
      triviaQuery,
    ])

    expect(restored.length).toBe(4)
  })

  test('trains with a validation split, early stopping and noise', async () => {
    const artifact = await trainTinyMF({validation_fraction: 0.34, patience: 2, noise_alpha: 0.01})

    const router = createRouter(artifact)
    const table = await router.scoreBatch?.([mathQuery])

    expect(Array.from(table?.performance ?? []).every((value) => value > 0 && value < 1)).toBe(true)
  })

  test('fits a calibration per model with calibration: per_model', async () => {
    const router = createRouter(await trainTinyMF({calibration: 'per_model'}))

    const math = await router.route(mathQuery, {lambda: 0})
    const trivia = await router.route(triviaQuery, {lambda: 0})

    expect(math.model).toBe('strong')
    expect(trivia.model).toBe('cheap')
  })

  test('rejects an artifact whose factors disagree with latent_dim', async () => {
    const artifact = await trainTinyMF()
    const broken = {...artifact, arrays: {...artifact.arrays, bias: new Float32Array(3)}}

    expect(() => createRouter(broken)).toThrow(/mfrouter artifact is unusable/)
  })
})

describe('mfrouter with decision: argmax', () => {
  test('picks the highest score per topic and ignores λ, as the Python router does', async () => {
    const router = createRouter(await trainTinyMF({decision: 'argmax'}))

    const math = await router.route(mathQuery, {lambda: 0})
    const mathAtHighLambda = await router.route(mathQuery, {lambda: 1e9})
    const trivia = await router.route(triviaQuery, {lambda: 0})

    expect(math.model).toBe('strong')
    expect(mathAtHighLambda.model).toBe('strong')
    expect(trivia.model).toBe('cheap')
    expect(router.capabilities.scores).toBe(false)
    expect('scoreBatch' in router).toBe(false)
  })
})
