import {UserError} from '../../errors/index.js'
import type {ModelCard} from '../types.js'

/** Where a row came from and what a good line looks like, for error messages. */
export interface RowLocation {
  readonly file: string
  readonly line: number
  /** One sentence saying what each line must hold; becomes the error's suggestion. */
  readonly hint: string
}

/** A JSON object as parsed from one line. */
export type JsonRow = Readonly<Record<string, unknown>>

/**
 * Builds the error for a bad line: `<file>:<line>: <reason>`.
 * @param location - The file, line and hint.
 * @param reason - What is wrong with the line.
 * @returns The error to throw.
 */
export function invalidRow(location: RowLocation, reason: string): UserError {
  return new UserError(`${location.file}:${location.line}: ${reason}`, {
    code: 'DATA_INVALID',
    suggestions: [location.hint],
  })
}

/**
 * Describes a JSON value in a few words for an error message (`a string ("abc")`, `null`).
 * @param value - The value.
 * @returns The description.
 */
export function describeJsonValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') {
    return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)})`
  }
  if (typeof value === 'number') return `the number ${value}`
  if (typeof value === 'boolean') return String(value)
  return typeof value === 'object' ? 'an object' : typeof value
}

/**
 * Reads a key that must hold a string.
 * @param row - The parsed line.
 * @param key - The key.
 * @param location - For the error.
 * @returns The string.
 */
export function requireString(row: JsonRow, key: string, location: RowLocation): string {
  const value = row[key]
  if (typeof value === 'string') return value
  if (value === undefined) throw invalidRow(location, `the "${key}" key is missing`)
  throw invalidRow(location, `"${key}" is ${describeJsonValue(value)}; expected a string`)
}

/**
 * Reads a key that may hold text or nothing; other JSON values (lists, numbers) become their JSON
 * text, the way the shared layout stores structured answers.
 * @param value - The raw value (undefined when the key is absent).
 * @returns The text, or null.
 */
export function textOrNull(value: unknown): string | null {
  if (value === undefined || value === null) return null
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** Limits a numeric field must respect. */
export interface NumberRule {
  readonly min?: number
  readonly max?: number
  /** Words for the error: "a number from 0 to 1". */
  readonly expected: string
}

/**
 * Reads a key that may hold a number, null or nothing; null and absence read as NaN.
 * @param row - The parsed line.
 * @param key - The key.
 * @param rule - The allowed range and how to describe it.
 * @param location - For the error.
 * @returns The number, or NaN.
 */
export function numberOrMissing(
  row: JsonRow,
  key: string,
  rule: NumberRule,
  location: RowLocation,
): number {
  const value = row[key]
  if (value === undefined || value === null) return NaN
  const inRange =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= (rule.min ?? -Infinity) &&
    value <= (rule.max ?? Infinity)
  if (!inRange) {
    throw invalidRow(location, `"${key}" is ${describeJsonValue(value)}; expected ${rule.expected}`)
  }
  return value
}

/** Performance: quality in [0, 1]. */
export const performanceRule: NumberRule = {
  min: 0,
  max: 1,
  expected: 'a number from 0 to 1 or null',
}
/** USD per call. */
export const costRule: NumberRule = {min: 0, expected: 'a non-negative number of USD or null'}
/** Token counts. */
export const tokenRule: NumberRule = {min: 0, expected: 'a non-negative token count or null'}

/**
 * Reads an optional id-like field (`user_id`, `session_id`) that may be a string or a number.
 * @param value - The raw value.
 * @returns The id as a string, or undefined when absent or null.
 */
export function optionalId(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return undefined
}

/**
 * Reads an optional integer field (`turn`, `embedding_id`).
 * @param value - The raw value.
 * @returns The integer, or undefined when absent, null or not an integer.
 */
export function optionalInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined
}

/**
 * Builds the error for a row naming a model that isn't a candidate.
 * @param location - Where the row is.
 * @param modelName - The unknown name.
 * @param models - The candidates.
 * @returns The error.
 */
export function unknownModel(
  location: RowLocation,
  modelName: string,
  models: readonly ModelCard[],
): UserError {
  const known = models.map((model) => model.name).join(', ')
  return new UserError(
    `${location.file}:${location.line}: model "${modelName}" isn't a candidate. ` +
      `Known models: ${known}.`,
    {
      code: 'MODEL_UNKNOWN',
      suggestions: ['Add the model to the model cards file, or drop its rows.'],
    },
  )
}
