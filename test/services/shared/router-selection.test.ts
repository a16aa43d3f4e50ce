import {describe, expect, test} from 'vitest'

import {createRouterRegistry} from '../../../src/routers/registry.js'
import {parseRouterSelections} from '../../../src/services/shared/router-selection.js'

const registry = createRouterRegistry()

describe('parseRouterSelections', () => {
  test('reads a comma-separated list with inline settings', () => {
    const selections = parseRouterSelections(
      'knnrouter, knnrouter:label_mode=argmax:n_neighbors=10,random',
      registry,
    )

    expect(selections.map((selection) => selection.label)).toEqual([
      'knnrouter',
      'knnrouter:label_mode=argmax:n_neighbors=10',
      'randomrouter',
    ])
    expect(selections[1]?.overrides).toEqual({label_mode: 'argmax', n_neighbors: 10})
  })

  test('expands all to every router that runs outside evaluation', () => {
    const ids = parseRouterSelections('all', registry).map((selection) => selection.label)

    expect(ids).toContain('knnrouter')
    expect(ids).not.toContain('oracle')
  })

  test('rejects a setting that is not key=value', () => {
    expect(() => parseRouterSelections('knnrouter:argmax', registry)).toThrow(
      '"argmax" in router spec "knnrouter:argmax" isn\'t key=value.',
    )
  })
})
