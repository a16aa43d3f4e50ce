import {describe, expect, test} from 'vitest'
import {z} from 'zod'
import {
  createHparamSchemaTable,
  emptyHparamSchema,
  knnRouterHparamSchema,
} from '../../src/config/index.js'

describe('knnRouterHparamSchema', () => {
  test('fills in the Python defaults and ours', () => {
    expect(knnRouterHparamSchema.parse({})).toEqual({
      n_neighbors: 5,
      weights: 'uniform',
      algorithm: 'auto',
      leaf_size: 30,
      p: 2,
      metric: 'minkowski',
      label_mode: 'score',
      index: 'auto',
    })
  })

  test('rejects a fractional neighbour count', () => {
    expect(knnRouterHparamSchema.safeParse({n_neighbors: 2.5}).success).toBe(false)
  })
})

describe('createHparamSchemaTable', () => {
  test('holds the built-in routers', () => {
    expect(createHparamSchemaTable().routerIds()).toEqual([
      'best_single',
      'knnrouter',
      'largest_llm',
      'oracle',
      'randomrouter',
      'smallest_llm',
    ])
  })

  test('finds routers by id or alias whatever the case', () => {
    const table = createHparamSchemaTable()
    table.register('routerdc', emptyHparamSchema, {aliases: ['dcrouter']})

    expect(table.get('KNNRouter')?.routerId).toBe('knnrouter')
    expect(table.get('DCRouter')?.routerId).toBe('routerdc')
    expect(table.get('svmrouter')).toBeUndefined()
  })

  test('returns the entry a registration replaces, and drops its aliases', () => {
    const table = createHparamSchemaTable()
    table.register('mine', emptyHparamSchema, {aliases: ['old-name']})

    const replaced = table.register('mine', z.strictObject({depth: z.int().default(2)}))

    expect(replaced?.schema).toBe(emptyHparamSchema)
    expect(table.get('old-name')).toBeUndefined()
    expect(table.get('mine')?.schema.parse({})).toEqual({depth: 2})
  })

  test('keeps tables apart, so registering in one leaves the others alone', () => {
    const first = createHparamSchemaTable()
    const second = createHparamSchemaTable()

    first.register('mine', emptyHparamSchema)

    expect(second.get('mine')).toBeUndefined()
  })
})
