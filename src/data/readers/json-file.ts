import {readFile} from 'node:fs/promises'

import {UserError} from '../../errors/index.js'
import {parseModelSize} from '../model-size.js'
import type {ModelCard} from '../types.js'
import {describeJsonValue, textOrNull} from './row-fields.js'

/**
 * Reads a whole JSON file (model cards, prompt prefixes). A missing file is `DATA_NOT_FOUND`;
 * bad JSON is `DATA_INVALID` with the line and column of the problem.
 * @param file - The file.
 * @param expected - What the file should hold, for the suggestion (`the candidate models`).
 * @returns The parsed value.
 */
export async function readJsonFile(file: string, expected: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    throw new UserError(
      missing ? `The file "${file}" doesn't exist.` : `Couldn't read "${file}".`,
      {code: 'DATA_NOT_FOUND', suggestions: [`It should hold ${expected}.`], cause: error},
    )
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const position = /position (\d+)/.exec(message)
    const where = position ? `:${lineAndColumn(text, Number(position[1]))}` : ''
    throw new UserError(`${file}${where}: the file isn't valid JSON (${message})`, {
      code: 'DATA_INVALID',
      suggestions: [`It should be one JSON object holding ${expected}.`],
      cause: error,
    })
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `${line}:${column}`
}

/** Which key of a model card holds its description. */
export type DescriptionKey = 'description' | 'feature'

/**
 * Turns a `name → card` object (shared `llms.json`, LLMRouter `default_llm.json`) into model
 * cards, in the file's order.
 * @param value - The parsed file.
 * @param file - Its path, for errors.
 * @param descriptionKey - `description` (shared layout) or `feature` (LLMRouter).
 * @returns The cards.
 */
export function parseModelCards(
  value: unknown,
  file: string,
  descriptionKey: DescriptionKey,
): ModelCard[] {
  const example = `{"model-a": {"input_price": 0.2, "output_price": 0.2, "size": "7B"}}`
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw cardError(`${file}: the file holds ${describeJsonValue(value)}`, example)
  }
  const entries = Object.entries(value)
  if (entries.length === 0) throw cardError(`${file}: the file lists no models`, example)
  return entries.map(([name, card]) => {
    if (typeof card !== 'object' || card === null || Array.isArray(card)) {
      throw cardError(`${file}: model "${name}" is ${describeJsonValue(card)}`, example)
    }
    const raw = card as Readonly<Record<string, unknown>>
    const price = (key: string): number | null => {
      const price = raw[key]
      if (price === undefined || price === null) return null
      if (typeof price === 'number' && Number.isFinite(price) && price >= 0) return price
      const problem = `"${key}" is ${describeJsonValue(price)}`
      throw cardError(
        `${file}: model "${name}": ${problem}; expected USD per million tokens or null`,
        example,
      )
    }
    const size = typeof raw.size === 'string' ? raw.size : textOrNull(raw.size)
    const description = raw[descriptionKey] ?? raw.description ?? raw.feature
    return {
      name,
      inputPrice: price('input_price'),
      outputPrice: price('output_price'),
      size,
      sizeBillions: parseModelSize(size),
      description: typeof description === 'string' ? description : null,
      raw,
    }
  })
}

function cardError(message: string, example: string): UserError {
  return new UserError(message, {
    code: 'DATA_INVALID',
    suggestions: [`Model cards map each model name to its card, like ${example}.`],
  })
}
