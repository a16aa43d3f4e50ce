import {describe, expect, test} from 'vitest'
import {formatConfigProblems} from '../../src/config/index.js'

describe('formatConfigProblems', () => {
  test('keeps tabs in the padding so the caret stays under the spot', () => {
    const message = formatConfigProblems('a.yaml', 'key: "\tvalue"', [
      {key: 'key', message: 'bad.', line: 1, column: 8},
    ])

    expect(message).toBe('a.yaml:1:8 key: bad.\n  key: "\tvalue"\n        \t^')
  })

  test('cuts a long line around the spot', () => {
    const line = `note: ${'x'.repeat(150)}BAD${'y'.repeat(50)}`
    const column = line.indexOf('BAD') + 1

    const [, shown, caret] = formatConfigProblems('a.yaml', line, [
      {key: 'note', message: 'bad.', line: 1, column},
    ]).split('\n')

    expect(shown?.length).toBeLessThanOrEqual(2 + 96 + 2)
    expect(shown?.startsWith('  …')).toBe(true)
    expect(shown?.slice(caret?.indexOf('^'), (caret?.indexOf('^') ?? 0) + 3)).toBe('BAD')
  })
})
