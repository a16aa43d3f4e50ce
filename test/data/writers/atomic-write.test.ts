import {readdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'

import {describe, expect, test} from 'vitest'

import {UserError} from '../../../src/errors/index.js'
import {writeFileAtomically} from '../../../src/data/writers/atomic-write.js'
import {withTemporaryFolder} from '../data-test-support.js'

function* linesThenFailure(): Generator<string> {
  yield 'first line\n'
  yield 'x'.repeat(2 << 20)
  throw new UserError('The data ran out.', {code: 'DATA_INVALID'})
}

describe('writeFileAtomically', () => {
  test('creates missing folders and writes every piece', async () => {
    await withTemporaryFolder(async (folder) => {
      const file = path.join(folder, 'nested', 'deeper', 'rows.jsonl')

      await writeFileAtomically(file, ['a\n', 'b\n'])

      expect(await readFile(file, 'utf8')).toBe('a\nb\n')
      expect(await readdir(path.dirname(file))).toEqual(['rows.jsonl'])
    })
  })

  test('leaves no file behind when producing the text fails midway', async () => {
    await withTemporaryFolder(async (folder) => {
      // Given
      const file = path.join(folder, 'rows.jsonl')

      // When
      const writing = writeFileAtomically(file, linesThenFailure())

      // Then
      await expect(writing).rejects.toMatchObject({code: 'DATA_INVALID'})
      expect(await readdir(folder)).toEqual([])
    })
  })

  test('keeps the previous file intact when an overwrite fails', async () => {
    await withTemporaryFolder(async (folder) => {
      const file = path.join(folder, 'rows.jsonl')
      await writeFile(file, 'old\n')

      await expect(writeFileAtomically(file, linesThenFailure())).rejects.toThrow()

      expect(await readFile(file, 'utf8')).toBe('old\n')
      expect(await readdir(folder)).toEqual(['rows.jsonl'])
    })
  })

  test('reports a folder it can’t write to as a user error with the path', async () => {
    await withTemporaryFolder(async (folder) => {
      const blocker = path.join(folder, 'taken')
      await writeFile(blocker, '')
      const file = path.join(blocker, 'rows.jsonl')

      await expect(writeFileAtomically(file, ['a\n'])).rejects.toMatchObject({
        code: 'DATA_WRITE_FAILED',
        message: expect.stringContaining(`Couldn't write "${file}"`) as unknown,
      })
    })
  })
})
