import type {Document, LineCounter} from 'yaml'
import {isAlias, isMap, isScalar, isSeq} from 'yaml'
import type {ConfigProblem} from './config-problem.js'

/** A problem known by its key path, before it has a position in the file. */
export interface KeyedProblem {
  /** Path from the top of the config to the key or value concerned. */
  readonly path: readonly PropertyKey[]
  /** Point at the key itself (unknown keys) or at its value (bad values). */
  readonly target: 'key' | 'value'
  /** What's wrong, then what's allowed. */
  readonly message: string
}

/**
 * Writes a key path as users read it: `hparam.hidden_layer_sizes[0]`.
 * @param path - Keys and list indexes from the top of the config.
 * @returns The dotted key, empty for the whole file.
 */
export function dottedKey(path: readonly PropertyKey[]): string {
  let key = ''
  for (const segment of path) {
    if (typeof segment === 'number') key += `[${segment}]`
    else key += key === '' ? String(segment) : `.${String(segment)}`
  }
  return key
}

/**
 * Finds where a problem is in the YAML document. A key that isn't there (a missing required
 * key) is placed at the closest enclosing key that is.
 * @param document - The parsed document, with node ranges.
 * @param lineCounter - The line counter filled while parsing.
 * @param problem - The problem and its key path.
 * @returns The problem with its line and column.
 */
export function locateProblem(
  document: Document,
  lineCounter: LineCounter,
  problem: KeyedProblem,
): ConfigProblem {
  const offset = findOffset(document, problem.path, problem.target)
  const {line, col} = lineCounter.linePos(offset)
  return {key: dottedKey(problem.path), message: problem.message, line, column: col}
}

function findOffset(
  document: Document,
  path: readonly PropertyKey[],
  target: 'key' | 'value',
): number {
  let node: unknown = document.contents
  let keyOffset = startOf(node) ?? 0
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(document)
    let next: unknown
    let nextKeyOffset: number | undefined
    if (isMap(node)) {
      const pair = node.items.find((item) => keyName(item.key) === String(segment))
      if (pair === undefined) return keyOffset
      next = pair.value
      nextKeyOffset = startOf(pair.key)
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment]
      nextKeyOffset = startOf(next)
    }
    if (nextKeyOffset === undefined) return keyOffset
    node = next
    keyOffset = nextKeyOffset
  }
  return target === 'key' ? keyOffset : (startOf(node) ?? keyOffset)
}

function keyName(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value)
  return undefined
}

function startOf(node: unknown): number | undefined {
  if (isScalar(node) || isMap(node) || isSeq(node) || isAlias(node)) return node.range?.[0]
  return undefined
}
