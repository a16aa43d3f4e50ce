import {describe, expect, test} from 'vitest'

import {createRouterRegistry} from '../../src/routers/registry.js'
import {knownRouterList} from '../support/known-routers.js'

describe('createRouterRegistry', () => {
  test('finds routers by id or alias whatever the case', () => {
    const registry = createRouterRegistry()

    expect(registry.resolve('KNNRouter').id).toBe('knnrouter')
    expect(registry.resolve('random').id).toBe('randomrouter')
    expect(registry.resolve(' Smallest_LLM ').id).toBe('smallest_llm')
  })

  test('rejects unknown router ids and lists the known ones', () => {
    const registry = createRouterRegistry()

    expect(() => registry.resolve('knnrouterr')).toThrow(
      `Router "knnrouterr" isn't registered. Known routers: ${knownRouterList()}.`,
    )
  })

  test('lets a later definition shadow a built-in with the same id', () => {
    const [knn] = createRouterRegistry().routers
    const shadow = {...knn!, description: 'plugin version'}

    const registry = createRouterRegistry([knn!, shadow])

    expect(registry.resolve('knnrouter').description).toBe('plugin version')
    expect(registry.routers).toHaveLength(1)
  })
})
