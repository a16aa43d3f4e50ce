import {z} from 'zod'

/**
 * A router's `hparam` schema. It should be a strict object (`z.strictObject`) so unknown keys
 * are reported, and give every key a default so a config may leave `hparam` out.
 */
export type HparamSchema = z.ZodType<Record<string, unknown>>

/**
 * `hparam` of `knnrouter`. The Python keys are those of scikit-learn's `KNeighborsClassifier`,
 * which the Python router receives unchanged; `label_mode` and `index` are ours.
 */
export const knnRouterHparamSchema = z.strictObject({
  /** How many neighbours vote (scikit-learn's K). */
  n_neighbors: z.int().min(1).default(5),
  /** `uniform`: every neighbour counts the same; `distance`: closer neighbours count more. */
  weights: z.enum(['uniform', 'distance']).default('uniform'),
  /** Python search structure; accepted so Python configs load. Our search follows `index`. */
  algorithm: z.enum(['auto', 'ball_tree', 'kd_tree', 'brute']).default('auto'),
  /** Python tree leaf size; accepted so Python configs load, unused by our indexes. */
  leaf_size: z.int().min(1).default(30),
  /** Minkowski power: 1 is Manhattan distance, 2 is Euclidean. */
  p: z.number().min(1).default(2),
  /** Distance between query embeddings. */
  metric: z.enum(['minkowski', 'euclidean', 'manhattan', 'cosine']).default('minkowski'),
  /** Python worker count; accepted so Python configs load, unused here. */
  n_jobs: z.int().optional(),
  /**
   * `score`: neighbours' measured quality per model, so λ can trade it against cost; `argmax`:
   * each neighbour votes for its best model, ties to the first, as the Python router does.
   */
  label_mode: z.enum(['score', 'argmax']).default('score'),
  /** Vector index: `exact` search, `usearch` HNSW, or `auto` to pick by dataset size. */
  index: z.enum(['auto', 'exact', 'usearch']).default('auto'),
})

/** Validated `hparam` of `knnrouter`, defaults filled in. */
export type KNNRouterHparam = z.output<typeof knnRouterHparamSchema>

/** `hparam` of `randomrouter`, which picks a candidate uniformly at random. */
export const randomRouterHparamSchema = z.strictObject({
  /** Seed of the random picks; the config's top-level `seed` is used when absent. */
  seed: z.int().optional(),
})

/** Validated `hparam` of `randomrouter`. */
export type RandomRouterHparam = z.output<typeof randomRouterHparamSchema>

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

/**
 * Makes a table holding the built-in `hparam` schemas: `knnrouter`, `randomrouter`,
 * `smallest_llm`, `largest_llm`, `oracle` and `best_single`.
 * @returns A new table, which the caller may extend with {@link HparamSchemaTable.register}.
 */
export function createHparamSchemaTable(): HparamSchemaTable {
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
  table.register('knnrouter', knnRouterHparamSchema)
  table.register('randomrouter', randomRouterHparamSchema)
  for (const routerId of ['smallest_llm', 'largest_llm', 'oracle', 'best_single']) {
    table.register(routerId, emptyHparamSchema)
  }
  return table
}
