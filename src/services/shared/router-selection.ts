import {usageError} from '../../errors/index.js'
import type {RouterDefinition} from '../../routers/router-definition.js'
import type {RouterRegistry} from '../../routers/registry.js'

/** One router to run, with hyper-parameters given inline (`knnrouter:n_neighbors=20`). */
export interface RouterSelection {
  readonly definition: RouterDefinition
  /** What reports call it: the id, plus the overrides when there are any. */
  readonly label: string
  readonly overrides: Readonly<Record<string, unknown>>
}

/**
 * Parses a router list such as `knnrouter,knnrouter:label_mode=argmax,smallest_llm`; `all`
 * stands for every registered router that can run outside evaluation.
 * @param text - Comma-separated router specs.
 * @param registry - Where ids are looked up.
 * @returns The selections, in the order given.
 */
export function parseRouterSelections(text: string, registry: RouterRegistry): RouterSelection[] {
  const specs = text
    .split(',')
    .map((spec) => spec.trim())
    .filter(Boolean)
  if (specs.length === 0) throw usageError('No router named. Pass --router knnrouter, say.')
  return specs.flatMap((spec) => {
    if (spec.toLowerCase() === 'all') {
      return registry.routers
        .filter((definition) => !definition.evaluationOnly)
        .map((definition) => ({definition, label: definition.id, overrides: {}}))
    }
    return [parseOneSelection(spec, registry)]
  })
}

function parseOneSelection(spec: string, registry: RouterRegistry): RouterSelection {
  const [name = '', ...assignments] = spec.split(':')
  const definition = registry.resolve(name)
  const overrides: Record<string, unknown> = {}
  for (const assignment of assignments) {
    const [key, ...rest] = assignment.split('=')
    if (!key || rest.length === 0) {
      throw usageError(
        `"${assignment}" in router spec "${spec}" isn't key=value. Write e.g. ${definition.id}:n_neighbors=20.`,
      )
    }
    overrides[key] = parseValue(rest.join('='))
  }
  const label = assignments.length > 0 ? `${definition.id}:${assignments.join(':')}` : definition.id
  return {definition, label, overrides}
}

function parseValue(text: string): unknown {
  if (text === 'true') return true
  if (text === 'false') return false
  const number = Number(text)
  return text.trim() !== '' && Number.isFinite(number) ? number : text
}
