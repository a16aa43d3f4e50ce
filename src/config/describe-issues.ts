import type {z} from 'zod'
import {closestKey} from './closest-key.js'
import type {KeyedProblem} from './locate-in-yaml.js'

type Issue = z.core.$ZodIssue

/**
 * Turns zod's issues into problems worded for people who edit YAML. An issue about several
 * unknown keys becomes one problem per key, each with the closest known key as a suggestion.
 * @param issues - The issues from parsing `input` with `schema`.
 * @param input - The value that was parsed, to quote what the user wrote.
 * @param schema - The schema it was parsed with, to list the keys it knows.
 * @returns One problem per key or value to fix.
 */
export function describeIssues(
  issues: readonly Issue[],
  input: unknown,
  schema: z.core.$ZodType,
): KeyedProblem[] {
  return issues.flatMap((issue) => describeIssue(issue, input, schema))
}

function describeIssue(issue: Issue, input: unknown, schema: z.core.$ZodType): KeyedProblem[] {
  const path = issue.path
  const value = valueAt(input, path)
  const problem = (message: string): KeyedProblem[] => [{path, target: 'value', message}]
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys(shapeAt(schema, path) ?? {})
      return issue.keys.map((key) => ({
        path: [...path, key],
        target: 'key',
        message: unknownKeyMessage(key, known),
      }))
    }
    case 'invalid_type':
      if (path.length === 0 && (value === null || value === undefined)) {
        return problem('the file has no settings; a router config maps sections to values.')
      }
      if (!hasKey(input, path)) return problem("is missing, and it's required.")
      return problem(`expected ${expectedName(issue.expected)}, got ${describeValue(value)}.`)
    case 'invalid_value': {
      const allowed = issue.values.map((option) => JSON.stringify(option))
      const guess =
        typeof value === 'string' ? closestKey(value, issue.values.map(String)) : undefined
      const hint = guess === undefined ? '' : ` Did you mean "${guess}"?`
      return problem(
        `${describeValue(value)} isn't allowed. Allowed values: ${allowed.join(', ')}.${hint}`,
      )
    }
    case 'too_small':
      return problem(boundMessage('at least', 'greater than', issue, value, issue.minimum))
    case 'too_big':
      return problem(boundMessage('at most', 'less than', issue, value, issue.maximum))
    case 'not_multiple_of':
      return problem(`must be a multiple of ${issue.divisor}, got ${describeValue(value)}.`)
    case 'invalid_format':
      return problem(`isn't a valid ${issue.format}: ${describeValue(value)}.`)
    case 'custom':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return problem(issue.message)
  }
}

function unknownKeyMessage(key: string, known: readonly string[]): string {
  const guess = closestKey(key, known)
  if (guess !== undefined) return `unknown key. Did you mean "${guess}"?`
  if (known.length === 0) return 'unknown key; this section takes no keys.'
  return `unknown key. Allowed keys: ${known.join(', ')}.`
}

function boundMessage(
  inclusiveWords: string,
  exclusiveWords: string,
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  value: unknown,
  bound: number | bigint,
): string {
  const got = describeValue(value)
  switch (issue.origin) {
    case 'string':
      return bound === 1 && inclusiveWords === 'at least'
        ? "can't be empty."
        : `must be ${inclusiveWords} ${bound} characters long, got ${got}.`
    case 'array':
    case 'set':
      return `must have ${inclusiveWords} ${bound} items, got ${got}.`
    case 'number':
    case 'int':
    case 'bigint':
    case 'date':
    case 'file':
    default:
      return `must be ${issue.inclusive === false ? exclusiveWords : inclusiveWords} ${bound}, got ${got}.`
  }
}

function expectedName(expected: string): string {
  const names: Record<string, string> = {
    object: 'a mapping of keys to values',
    array: 'a list',
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
  }
  return names[expected] ?? expected
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value)
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value)
  }
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object' && value !== null) return 'a mapping'
  return 'nothing'
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<PropertyKey, unknown>)[segment]
  }
  return current
}

function hasKey(input: unknown, path: readonly PropertyKey[]): boolean {
  const parent = valueAt(input, path.slice(0, -1))
  const last = path.at(-1)
  return typeof parent === 'object' && parent !== null && last !== undefined && last in parent
}

/** Follows a key path through a schema, looking through wrappers, to the object shape there. */
function shapeAt(
  schema: z.core.$ZodType,
  path: readonly PropertyKey[],
): Record<string, z.core.$ZodType> | undefined {
  let shape = objectShape(schema)
  for (const segment of path) {
    const child = shape?.[String(segment)]
    if (child === undefined) return undefined
    shape = objectShape(child)
  }
  return shape
}

function objectShape(schema: z.core.$ZodType): Record<string, z.core.$ZodType> | undefined {
  let current: z.core.$ZodType | undefined = schema
  // Wrappers nest only a few deep; the bound guards against a cyclic lazy schema.
  for (let depth = 0; current !== undefined && depth < 16; depth++) {
    const def: z.core.$ZodTypeDef = current._zod.def
    if (def.type === 'object') return (def as z.core.$ZodObjectDef).shape
    if (def.type === 'pipe') current = (def as z.core.$ZodPipeDef).in
    else if ('innerType' in def) current = def.innerType as z.core.$ZodType
    else return undefined
  }
  return undefined
}
