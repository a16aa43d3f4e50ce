import {describe, expect, test} from 'vitest'
import {z} from 'zod'
import {createHparamSchemaTable, emptyHparamSchema} from '../../src/config/index.js'
import {knnHparamSchema} from '../../src/routers/knn/knn-config.js'
import {builtInRouters} from '../../src/routers/registry.js'

describe('createHparamSchemaTable', () => {
  test('holds the registry routers it is given', () => {
    const ids = builtInRouters.map((router) => router.id).sort()

    expect(createHparamSchemaTable(builtInRouters).routerIds()).toEqual(ids)
    expect(ids).toEqual(expect.arrayContaining(['knnrouter', 'oracle', 'smallest_llm']))
  })

  test('takes each router schema from its registry row', () => {
    const table = createHparamSchemaTable(builtInRouters)

    expect(table.get('knnrouter')?.schema).toBe(knnHparamSchema)
    expect(table.get('knnrouter')?.aliases).toEqual(['knn', 'knn_router'])
  })

  test('starts empty without routers', () => {
    expect(createHparamSchemaTable().routerIds()).toEqual([])
  })

  test('finds routers by id or alias whatever the case', () => {
    const table = createHparamSchemaTable(builtInRouters)
    table.register('routerdc', emptyHparamSchema, {aliases: ['dcrouter']})

    expect(table.get('KNNRouter')?.routerId).toBe('knnrouter')
    expect(table.get('KNN_Router')?.routerId).toBe('knnrouter')
    expect(table.get('DCRouter')?.routerId).toBe('routerdc')
    expect(table.get('no_such_router')).toBeUndefined()
  })

  test('lets a later router replace an earlier one with the same id', () => {
    const override = {id: 'knnrouter', aliases: [], hparamSchema: emptyHparamSchema}

    const table = createHparamSchemaTable([...builtInRouters, override])

    expect(table.get('knnrouter')?.schema).toBe(emptyHparamSchema)
    expect(table.get('knn')).toBeUndefined()
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
    const first = createHparamSchemaTable(builtInRouters)
    const second = createHparamSchemaTable(builtInRouters)

    first.register('mine', emptyHparamSchema)

    expect(second.get('mine')).toBeUndefined()
  })
})
