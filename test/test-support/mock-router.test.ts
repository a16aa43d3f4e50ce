import {describe, expect, test} from 'vitest'

import {createMockRouter} from '../../src/test-support/index.js'

describe('createMockRouter', () => {
  test('routes by its fixed predictions and records every query', async () => {
    const router = createMockRouter({
      candidates: [
        {model: 'cheap', performance: 0.6, cost: 0.001},
        {model: 'strong', performance: 0.9, cost: 0.01},
      ],
    })

    const best = await router.route({text: 'first'}, {lambda: 0})
    const thrifty = await router.route({text: 'second'}, {lambda: 100})

    expect(best.model).toBe('strong')
    expect(thrifty.model).toBe('cheap')
    expect(router.calls.map((query) => query.text)).toEqual(['first', 'second'])
  })
})
