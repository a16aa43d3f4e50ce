import {z} from 'zod'

/**
 * A router's `hparam` schema. It should be a strict object (`z.strictObject`) so unknown keys
 * are reported, and give every key a default so a config may leave `hparam` out.
 */
export type HparamSchema = z.ZodType<Record<string, unknown>>

/** `hparam` of the baselines that have no settings: it must be empty or absent. */
export const emptyHparamSchema = z.strictObject({})

/** One router's entry in a {@link HparamSchemaTable}. */
export interface HparamSchemaEntry {
  /** Router id as written in configs, flags and the registry (`knnrouter`). */
  readonly routerId: string
  /** Other names that select the same router, matched case-insensitively. */
  readonly aliases: readonly string[]
  /** Schema of the router's `hparam` section. */
  readonly schema: HparamSchema
}

/** Options of {@link HparamSchemaTable.register}. */
export interface RegisterHparamSchemaOptions {
  /** Other names that select the same router (`dcrouter` for `routerdc`). */
  readonly aliases?: readonly string[]
}

/**
 * Router id → `hparam` schema, used to check a config's `hparam` section. Each call of
 * {@link createHparamSchemaTable} makes a fresh table, so routers and plugins register into the
 * table they are handed instead of into shared module state.
 */
export interface HparamSchemaTable {
  /**
   * Adds a router's `hparam` schema, or replaces the one registered under the same id.
   * @param routerId - The router id; matched case-insensitively.
   * @param schema - Schema of the router's `hparam` section.
   * @param options - Aliases of the router.
   * @returns The entry that was replaced, so the caller can warn about shadowing, or undefined.
   */
  register(
    routerId: string,
    schema: HparamSchema,
    options?: RegisterHparamSchemaOptions,
  ): HparamSchemaEntry | undefined
  /**
   * Finds the entry for a router id or alias, ignoring case.
   * @param routerIdOrAlias - What the user typed.
   * @returns The entry, or undefined when nothing is registered under that name.
   */
  get(routerIdOrAlias: string): HparamSchemaEntry | undefined
  /**
   * Lists the registered router ids, without aliases.
   * @returns The ids, sorted.
   */
  routerIds(): string[]
}

/** A router as the table learns it: the registry's rows have this shape. */
export interface HparamSchemaSource {
  readonly id: string
  readonly aliases: readonly string[]
  readonly hparamSchema: HparamSchema
}

/**
 * Makes a table of `hparam` schemas. The routers' own folders define the schemas; the caller
 * passes the registry's rows, since configs sit below routers and never import them.
 * @param routers - The routers to register, in order; a later id replaces an earlier one.
 * @returns A new table, which the caller may extend with {@link HparamSchemaTable.register}.
 */
export function createHparamSchemaTable(
  routers: readonly HparamSchemaSource[] = [],
): HparamSchemaTable {
  const entries = new Map<string, HparamSchemaEntry>()
  const names = new Map<string, string>()
  const table: HparamSchemaTable = {
    register(routerId, schema, options = {}) {
      const replaced = table.get(routerId)
      if (replaced) {
        entries.delete(replaced.routerId)
        for (const [name, id] of names) if (id === replaced.routerId) names.delete(name)
      }
      const entry: HparamSchemaEntry = {routerId, aliases: options.aliases ?? [], schema}
      entries.set(routerId, entry)
      for (const name of [routerId, ...entry.aliases]) names.set(name.toLowerCase(), routerId)
      return replaced
    },
    get(routerIdOrAlias) {
      const id = names.get(routerIdOrAlias.toLowerCase())
      return id === undefined ? undefined : entries.get(id)
    },
    routerIds() {
      return [...entries.keys()].sort()
    },
  }
  for (const router of routers) {
    table.register(router.id, router.hparamSchema, {aliases: router.aliases})
  }
  return table
}
