import {writeFile} from 'node:fs/promises'
import path from 'node:path'

import {describe, expect, test} from 'vitest'

import {readJsonLines, replaceNonFiniteLiterals} from '../../../src/data/readers/json-lines.js'
import {withTemporaryFolder} from '../data-test-support.js'

describe('readJsonLines', () => {
  test('skips blank lines, strips a byte-order mark and reads CRLF files', async () => {
    await withTemporaryFolder(async (folder) => {
      // Given
      const file = path.join(folder, 'rows.jsonl')
      await writeFile(file, '\uFEFF{"a": 1}\r\n\r\n{"a": 2}\r\n')
      const rows: unknown[] = []

      // When
      const count = await readJsonLines(file, (row, line) => rows.push([row.a, line]), {hint: 'x'})

      // Then
      expect(rows).toEqual([
        [1, 1],
        [2, 3],
      ])
      expect(count).toBe(3)
    })
  })

  test('rejects a line that holds an array instead of an object', async () => {
    await withTemporaryFolder(async (folder) => {
      const file = path.join(folder, 'rows.jsonl')
      await writeFile(file, '{"a": 1}\n[1, 2]\n')

      await expect(readJsonLines(file, () => undefined, {hint: 'x'})).rejects.toMatchObject({
        code: 'DATA_INVALID',
        message: `${file}:2: the line holds an array, not a JSON object`,
      })
    })
  })

  test('reports a missing file as DATA_NOT_FOUND', async () => {
    await withTemporaryFolder(async (folder) => {
      const file = path.join(folder, 'absent.jsonl')

      await expect(readJsonLines(file, () => undefined, {hint: 'x'})).rejects.toMatchObject({
        code: 'DATA_NOT_FOUND',
        message: `The file "${file}" doesn't exist.`,
      })
    })
  })
})

describe('replaceNonFiniteLiterals', () => {
  test('replaces NaN and infinities outside strings only', () => {
    const line = '{"a": NaN, "b": -Infinity, "c": "NaN and \\"Infinity\\"", "d": [Infinity]}'

    expect(JSON.parse(replaceNonFiniteLiterals(line))).toEqual({
      a: null,
      b: null,
      c: 'NaN and "Infinity"',
      d: [null],
    })
  })
})
