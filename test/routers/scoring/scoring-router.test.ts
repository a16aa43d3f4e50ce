import {describe, expect, test} from 'vitest'

import {
  createScoringRouter,
  decideByTopScore,
  learnedRouterCapabilities,
} from '../../../src/routers/scoring/scoring-router.js'
import type {ScoredBatch} from '../../../src/routers/scoring/scoring-router.js'
import {decideFromScores} from '../../../src/routers/scoring/pick-by-utility.js'
import type {RouterQuery} from '../../../src/routers/spec/index.js'

const candidates = ['cheap', 'dear']

/** Predicts 0.5 for cheap and 0.9 for dear on every query; raw scores tie. */
function score(queries: readonly RouterQuery[]): Promise<ScoredBatch> {
  const rows = queries.length
  return Promise.resolve({
    table: {
      candidates,
      performance: Float32Array.from({length: rows * 2}, (_, cell) => (cell % 2 ? 0.9 : 0.5)),
      cost: Float64Array.from({length: rows * 2}, (_, cell) => (cell % 2 ? 1e-3 : 1e-4)),
    },
    raw: new Float64Array(rows * 2).fill(1),
  })
}

describe('createScoringRouter', () => {
  const router = createScoringRouter({
    id: 'example',
    description: 'An example.',
    capabilities: learnedRouterCapabilities({scores: true}),
    candidates,
    score,
    decide: (batch, row, lambda) => decideFromScores(batch.table, row, lambda, () => 'why'),
  })

  test('routes one query as a batch of one, trading quality against cost by λ', async () => {
    const queries = [{text: 'a'}, {text: 'b'}]

    expect((await router.route(queries[0]!, {lambda: 0})).model).toBe('dear')
    expect((await router.route(queries[0]!, {lambda: 1000})).model).toBe('cheap')
    expect((await router.routeBatch(queries, {lambda: 0})).map((d) => d.model)).toEqual([
      'dear',
      'dear',
    ])
  })

  test('offers scoreBatch only when it scores', () => {
    const voting = createScoringRouter({
      id: 'voting',
      description: 'Votes.',
      capabilities: learnedRouterCapabilities({scores: false}),
      candidates,
      score,
      decide: (batch, row) => decideByTopScore(batch, row, () => 'top'),
    })

    expect('scoreBatch' in router).toBe(true)
    expect('scoreBatch' in voting).toBe(false)
  })
})

describe('decideByTopScore', () => {
  test('takes the highest raw score, the first candidate on ties, whatever the cost', async () => {
    const batch = await score([{text: 'a'}])

    const decision = decideByTopScore(batch, 0, (chosen) => `${chosen.model} tops`)

    expect(decision.model).toBe('cheap')
    expect(decision.reason).toBe('cheap tops')
    expect(decision.scores?.map((entry) => entry.model)).toEqual(['cheap', 'dear'])
  })
})
