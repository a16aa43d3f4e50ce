import type {RouterRegistry} from '../../routers/registry.js'
import type {RouterCapabilities, RouterFamily} from '../../routers/spec/index.js'

/** One row of `llmrouter routers`. */
export interface RouterListing {
  readonly id: string
  readonly aliases: readonly string[]
  readonly family: RouterFamily
  readonly description: string
  readonly capabilities: RouterCapabilities
  readonly evaluationOnly: boolean
}

/**
 * Lists the registered routers with their family and capabilities.
 * @param registry - The registry to list.
 * @returns One listing per router.
 */
export function listRouters(registry: RouterRegistry): RouterListing[] {
  return registry.routers.map((definition) => ({
    id: definition.id,
    aliases: definition.aliases,
    family: definition.family,
    description: definition.description,
    capabilities: definition.capabilities,
    evaluationOnly: definition.evaluationOnly ?? false,
  }))
}

/**
 * Formats the listings as an aligned text table.
 * @param listings - What `listRouters` returned.
 * @returns The table, one router per line.
 */
export function formatRouterTable(listings: readonly RouterListing[]): string {
  const rows = listings.map((listing) => [
    listing.id,
    listing.family,
    capabilityTags(listing).join(' '),
    listing.description,
  ])
  const header = ['ROUTER', 'FAMILY', 'CAPABILITIES', 'DESCRIPTION']
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  )
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, column) => (column < row.length - 1 ? cell.padEnd(widths[column] ?? 0) : cell))
        .join('  '),
    )
    .join('\n')
}

function capabilityTags(listing: RouterListing): string[] {
  const {capabilities} = listing
  return [
    capabilities.trainable ? 'trains' : '',
    capabilities.scores ? 'scores' : 'chooses',
    capabilities.needsEmbeddings ? 'embeds' : '',
    capabilities.callsLLM ? 'calls-llm' : '',
    listing.evaluationOnly ? 'eval-only' : '',
  ].filter(Boolean)
}
