import {readFile} from 'node:fs/promises'
import path from 'node:path'

import {readJsonLines} from '../../data/readers/json-lines.js'
import {UserError, usageError} from '../../errors/index.js'
import type {RouterQuery} from '../../routers/spec/index.js'

const queryHint = 'Each line holds a JSON object with a "query" field, as in LLMRouter query JSONL.'

/**
 * Reads queries to route from a file: `.txt` (one per line), `.json` (an array of strings or of
 * objects with `query`), or `.jsonl` (one object with `query` per line).
 * @param file - The input file.
 * @returns The queries, in file order.
 */
export async function readRouteInput(file: string): Promise<RouterQuery[]> {
  const extension = path.extname(file).toLowerCase()
  if (extension === '.jsonl') return readQueryLines(file)
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new UserError(`Can't read ${file}.`, {
      code: 'DATA_NOT_FOUND',
      cause: error,
      suggestions: ['Check the path given to --input.'],
    })
  })
  if (extension === '.txt') {
    return text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => ({text: line}))
  }
  if (extension === '.json') return parseQueryArray(file, text)
  throw usageError(`--input takes a .txt, .json or .jsonl file, not "${path.basename(file)}".`)
}

async function readQueryLines(file: string): Promise<RouterQuery[]> {
  const queries: RouterQuery[] = []
  await readJsonLines(file, (row, line) => queries.push(toQuery(row, `${file}:${line}`)), {
    hint: queryHint,
  })
  return queries
}

function parseQueryArray(file: string, text: string): RouterQuery[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new UserError(`${file} isn't valid JSON: ${(error as Error).message}.`, {
      code: 'DATA_INVALID',
      cause: error,
      suggestions: ['Write a JSON array of query strings, or of objects with a "query" field.'],
    })
  }
  if (!Array.isArray(value)) {
    throw new UserError(`${file} holds no JSON array of queries.`, {
      code: 'DATA_INVALID',
      suggestions: ['Write a JSON array of query strings, or of objects with a "query" field.'],
    })
  }
  return value.map((item: unknown, index) => toQuery(item, `${file} item ${index + 1}`))
}

function toQuery(item: unknown, where: string): RouterQuery {
  if (typeof item === 'string' && item.trim()) return {text: item}
  if (typeof item === 'object' && item !== null) {
    const record = item as Record<string, unknown>
    if (typeof record.query === 'string' && record.query.trim()) {
      return {
        text: record.query,
        id: typeof record.query_id === 'string' ? record.query_id : undefined,
        task: typeof record.task_name === 'string' ? record.task_name : undefined,
      }
    }
  }
  throw new UserError(`${where}: no query text (a string, or an object with "query").`, {
    code: 'DATA_INVALID',
    suggestions: [queryHint],
  })
}
