import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'

import {describe, expect, test} from 'vitest'

import {readSharedLayout} from '../../../src/data/readers/shared-layout-reader.js'
import {writeSharedLayout} from '../../../src/data/writers/shared-layout-writer.js'
import {dataFixture, expectSameMatrix, withTemporaryFolder} from '../data-test-support.js'

describe('writeSharedLayout', () => {
  test.each(['three-models-dense', 'sparse-with-prefixes'])(
    'reads back the same matrices after a round trip of %s',
    async (scenario) => {
      await withTemporaryFolder(async (folder) => {
        // Given
        const original = await readSharedLayout(dataFixture(scenario))

        // When
        await writeSharedLayout(folder, original)
        const copy = await readSharedLayout(folder)

        // Then
        expectSameMatrix(copy.train, original.train)
        expectSameMatrix(copy.test!, original.test!)
        expect(copy.models).toEqual(original.models)
        expect(copy.promptPrefixes).toEqual(original.promptPrefixes)
      })
    },
  )

  test('writes float32 performance in its shortest form and omits missing cells', async () => {
    await withTemporaryFolder(async (folder) => {
      const original = await readSharedLayout(dataFixture('sparse-with-prefixes'))

      await writeSharedLayout(folder, {train: original.train, test: original.test})

      const lines = (await readFile(path.join(folder, 'test.jsonl'), 'utf8')).trim().split('\n')
      expect(lines).toHaveLength(3)
      expect(await readdir(folder)).toEqual(['llms.json', 'test.jsonl', 'train.jsonl'])
      const dense = await readSharedLayout(dataFixture('three-models-dense'))
      await writeSharedLayout(folder, {train: dense.train})
      expect(await readFile(path.join(folder, 'train.jsonl'), 'utf8')).toContain(
        '"performance":0.5,',
      )
    })
  })
})
