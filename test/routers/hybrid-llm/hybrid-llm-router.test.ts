import {describe, expect, test} from 'vitest'

import type {Artifact} from '../../../src/routers/artifact/artifact-store.js'
import {hybridLLMRouterDefinition} from '../../../src/routers/hybrid-llm/index.js'
import type {RouterV1} from '../../../src/routers/spec/index.js'
import {mathQuery, trainTinyHybrid, triviaQuery} from './hybrid-llm-fixture.js'
import {
  expectArrayDiffers,
  expectSameArrays,
  expectSameScoresAfterRoundTrip,
} from '../../support/artifact-checks.js'

function createRouter(artifact: Artifact): RouterV1 {
  return hybridLLMRouterDefinition.create(artifact, {embedder: null, seed: 7})
}

describe('hybrid_llm with decision: utility', () => {
  test('pairs the best model with the best one at half its cost or less', async () => {
    const artifact = await trainTinyHybrid()

    expect(artifact.manifest.state.pair).toEqual({
      small: 'cheap',
      large: 'strong',
      smallBasis: 'best-at-budget',
      largeBasis: 'best-performance',
    })
  })

  test('sends math to the large model and trivia to the small one at λ = 0', async () => {
    const router = createRouter(await trainTinyHybrid())

    const table = await router.scoreBatch?.([mathQuery, triviaQuery])
    const math = await router.route(mathQuery, {lambda: 0})
    const trivia = await router.route(triviaQuery, {lambda: 0})

    // Rows: math, trivia; columns: tiny, cheap, strong.
    const [, mathCheap, mathStrong, , triviaCheap, triviaStrong] = Array.from(
      table?.performance ?? [],
    )
    expect(mathStrong).toBeGreaterThan(mathCheap ?? 1)
    expect(triviaCheap).toBeGreaterThanOrEqual(triviaStrong ?? 1)
    expect(math.model).toBe('strong')
    expect(trivia.model).toBe('cheap')
    expect(math.scores?.map((score) => score.model)).toEqual(['strong', 'cheap'])
    expect(router.capabilities.scores).toBe(true)
  })

  test('gives the model outside the pair no prediction, so no λ picks it', async () => {
    const router = createRouter(await trainTinyHybrid())

    const table = await router.scoreBatch?.([mathQuery, triviaQuery])
    const atHighLambda = await router.routeBatch([mathQuery, triviaQuery], {lambda: 1e12})

    expect(Number.isNaN(table?.performance[0])).toBe(true)
    expect(Number.isNaN(table?.performance[3])).toBe(true)
    expect(atHighLambda.map((decision) => decision.model)).toEqual(['cheap', 'cheap'])
  })

  test('moves math queries to the small model once λ outweighs the quality gap', async () => {
    const router = createRouter(await trainTinyHybrid())

    const atZero = await router.route(mathQuery, {lambda: 0})
    const atHighLambda = await router.route(mathQuery, {lambda: 1e9})

    expect(atZero.model).toBe('strong')
    expect(atHighLambda.model).toBe('cheap')
  })

  test('gives the same weights and calibration for the same seed', async () => {
    const first = await trainTinyHybrid({}, 11)
    const second = await trainTinyHybrid({}, 11)
    const other = await trainTinyHybrid({}, 12)

    expectSameArrays(first, second)
    expectArrayDiffers(first, other, 'fold0.layer0.weights')
  })

  test('scores the same after a save and load round trip', async () => {
    const artifact = await trainTinyHybrid()

    const restored = await expectSameScoresAfterRoundTrip(artifact, createRouter, [
      mathQuery,
      triviaQuery,
    ])

    expect(restored.length).toBe(6)
  })

  test('trains with a held-out split and early stopping', async () => {
    const artifact = await trainTinyHybrid({validation_fraction: 0.25, n_iter_no_change: 3})

    const table = await createRouter(artifact).scoreBatch?.([mathQuery])

    expect(artifact.manifest.trainingMetrics.heldOutQueries).toBe(2)
    expect(table?.performance[2]).toBeGreaterThan(0)
  })

  test('keeps a thinly supported tie on the large model at λ = 0 with gap_prior_weight', async () => {
    const router = createRouter(
      await trainTinyHybrid({gap_prior_weight: 20, anchor_to_threshold: false}),
    )

    const atZero = await router.route(triviaQuery, {lambda: 0})
    const atSmallLambda = await router.route(triviaQuery, {lambda: 1e4})

    expect(atZero.model).toBe('strong')
    expect(atSmallLambda.model).toBe('cheap')
  })

  test('picks at λ = 0 what decision: threshold picks, whatever the threshold', async () => {
    const queries = [mathQuery, triviaQuery]
    for (const target_large_share of [0, 0.5, 1]) {
      const hparam = {target_large_share, gap_prior_weight: 20}
      const scoring = createRouter(await trainTinyHybrid(hparam))
      const rule = createRouter(await trainTinyHybrid({...hparam, decision: 'threshold'}))

      const byUtility = await scoring.routeBatch(queries, {lambda: 0})
      const byThreshold = await rule.routeBatch(queries, {lambda: 0})

      expect(byUtility.map((decision) => decision.model)).toEqual(
        byThreshold.map((decision) => decision.model),
      )
    }
  })

  test('averages the regressors cross-fitted on folds', async () => {
    const artifact = await trainTinyHybrid({folds: 4})
    const router = createRouter(artifact)

    const math = await router.route(mathQuery, {lambda: 0})

    expect(artifact.manifest.state.networkCount).toBe(4)
    expect(artifact.manifest.trainingMetrics.heldOutQueries).toBe(8)
    expect(Object.keys(artifact.arrays)).toContain('fold3.layer1.weights')
    expect(math.model).toBe('strong')
  })

  test('uses the pair named in the config', async () => {
    const artifact = await trainTinyHybrid({small_llm: 'tiny'})
    const router = createRouter(artifact)

    const trivia = await router.route(triviaQuery, {lambda: 0})

    expect(artifact.manifest.state.pair).toMatchObject({small: 'tiny', large: 'strong'})
    expect(trivia.model).toBe('strong')
  })

  test('rejects an artifact whose calibration is missing', async () => {
    const artifact = await trainTinyHybrid()
    const arrays = {...artifact.arrays}
    delete arrays['calibration.gaps']

    expect(() => createRouter({...artifact, arrays})).toThrow(/hybrid_llm artifact is unusable/)
  })
})

describe('hybrid_llm with decision: threshold', () => {
  test('applies router_threshold to the score and ignores λ, as the Python router does', async () => {
    const router = createRouter(await trainTinyHybrid({decision: 'threshold'}))

    const math = await router.route(mathQuery, {lambda: 0})
    const mathAtHighLambda = await router.route(mathQuery, {lambda: 1e9})
    const trivia = await router.route(triviaQuery, {lambda: 0})

    expect(math.model).toBe('strong')
    expect(mathAtHighLambda.model).toBe('strong')
    expect(trivia.model).toBe('cheap')
    expect(math.reason).toMatch(/below the threshold 0\.50/)
    expect(router.capabilities.scores).toBe(false)
    expect('scoreBatch' in router).toBe(false)
  })

  test('places the threshold for target_large_share on the held-out scores', async () => {
    const none = createRouter(await trainTinyHybrid({decision: 'threshold', target_large_share: 0}))
    const all = createRouter(await trainTinyHybrid({decision: 'threshold', target_large_share: 1}))

    const queries = [mathQuery, triviaQuery]
    const toNone = await none.routeBatch(queries, {lambda: 0})
    const toAll = await all.routeBatch(queries, {lambda: 0})

    expect(toNone.map((decision) => decision.model)).toEqual(['cheap', 'cheap'])
    expect(toAll.map((decision) => decision.model)).toEqual(['strong', 'strong'])
  })

  test('sends half the training queries to the large model with target_large_share 0.5', async () => {
    const artifact = await trainTinyHybrid({decision: 'threshold', target_large_share: 0.5})
    const router = createRouter(artifact)

    const math = await router.route(mathQuery, {lambda: 0})
    const trivia = await router.route(triviaQuery, {lambda: 0})

    expect(artifact.manifest.state.threshold).not.toBe(0.5)
    expect([math.model, trivia.model]).toEqual(['strong', 'cheap'])
  })
})
