import {createReadStream} from 'node:fs'
import {createInterface} from 'node:readline'

import {LLMRouterError, UserError} from '../../errors/index.js'
import {describeJsonValue, invalidRow, type JsonRow, type RowLocation} from './row-fields.js'

/** How to read a JSON Lines file. */
export interface JsonLinesOptions {
  /** One sentence saying what each line must hold; the suggestion on a broken line. */
  readonly hint: string
  /**
   * Reads the bare `NaN`, `Infinity` and `-Infinity` that Python's `json.dumps` writes for a
   * pandas gap as null, instead of rejecting the line.
   */
  readonly allowPythonNonFinite?: boolean
}

/**
 * Streams a JSON Lines file line by line and hands each object to `onRow`. Blank lines are
 * skipped; a line that isn't a JSON object stops the read with `DATA_INVALID` naming
 * `file:line`. Errors thrown by `onRow` stop the read and are passed on.
 * @param file - The file to read.
 * @param onRow - Called with each parsed object and its 1-based line number.
 * @param options - The hint for broken lines and the Python leniency switch.
 * @returns The number of lines read.
 */
export function readJsonLines(
  file: string,
  onRow: (row: JsonRow, line: number) => void,
  options: JsonLinesOptions,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const stream = createReadStream(file, {encoding: 'utf8', highWaterMark: 1 << 20})
    const lines = createInterface({input: stream, crlfDelay: Infinity})
    let lineNumber = 0
    let failed = false
    const fail = (error: unknown): void => {
      if (failed) return
      failed = true
      lines.close()
      stream.destroy()
      reject(LLMRouterError.isInstance(error) ? error : readFailure(file, error))
    }
    // readline re-emits input errors on the interface, before the stream's own listeners run.
    lines.on('error', fail)
    stream.on('error', fail)
    lines.on('line', (text) => {
      if (failed) return
      lineNumber += 1
      const location: RowLocation = {file, line: lineNumber, hint: options.hint}
      try {
        const row = parseLine(lineNumber === 1 ? stripByteOrderMark(text) : text, location, options)
        if (row) onRow(row, lineNumber)
      } catch (error) {
        fail(error)
      }
    })
    lines.on('close', () => {
      if (!failed) resolve(lineNumber)
    })
  })
}

function parseLine(text: string, location: RowLocation, options: JsonLinesOptions): JsonRow | null {
  if (text.trim() === '') return null
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    value = options.allowPythonNonFinite ? parsePythonJson(text) : undefined
    if (value === undefined) {
      const detail = error instanceof Error ? ` (${error.message})` : ''
      throw invalidRow(location, `the line isn't valid JSON${detail}`)
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidRow(location, `the line holds ${describeJsonValue(value)}, not a JSON object`)
  }
  return value as JsonRow
}

function parsePythonJson(text: string): unknown {
  if (!/NaN|Infinity/.test(text)) return undefined
  try {
    return JSON.parse(replaceNonFiniteLiterals(text))
  } catch {
    return undefined
  }
}

/**
 * Replaces the bare `NaN`, `Infinity` and `-Infinity` tokens outside strings with `null`.
 * @param text - One line of Python-written JSON.
 * @returns Standard JSON text.
 */
export function replaceNonFiniteLiterals(text: string): string {
  let result = ''
  let inString = false
  let index = 0
  while (index < text.length) {
    const character = text[index]
    if (inString) {
      result += character
      if (character === '\\') {
        result += text[index + 1] ?? ''
        index += 2
        continue
      }
      if (character === '"') inString = false
      index += 1
      continue
    }
    if (character === '"') inString = true
    const token = ['NaN', 'Infinity', '-Infinity'].find((word) => text.startsWith(word, index))
    if (token) {
      result += 'null'
      index += token.length
      continue
    }
    result += character
    index += 1
  }
  return result
}

function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function readFailure(file: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') {
    return new UserError(`The file "${file}" doesn't exist.`, {
      code: 'DATA_NOT_FOUND',
      suggestions: ['Check the path; relative paths start from the current folder.'],
      cause: error,
    })
  }
  const detail = error instanceof Error ? error.message : String(error)
  return new UserError(`Couldn't read "${file}": ${detail}.`, {
    code: 'DATA_NOT_FOUND',
    cause: error,
  })
}
