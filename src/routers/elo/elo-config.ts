import {z} from 'zod'

/**
 * Hyper-parameters of elorouter. `scale`, `base` and `init_rating` are the constants of the
 * Python LLMRouter's Elo fit (SCALE, BASE, INIT_RATING); the rest are ours.
 */
export const eloHparamSchema = z.strictObject({
  /** `similarity`: ratings refitted per query from its nearest training queries, traded
   * against cost; `global`: one ranking for every query, the top model always (the Python
   * behaviour, ties to the first model). */
  mode: z.enum(['similarity', 'global']).default('similarity'),
  /** Elo points per factor of `base` in the odds of winning. */
  scale: z.number().positive().default(400),
  base: z.number().gt(1).default(10),
  /** The mean rating; every model starts there. */
  init_rating: z.number().default(1000),
  /** `all_pairs`: every pair of models with outcomes on a query plays, the better one wins;
   * `best_vs_rest`: the Python rule, the query's first best model beats every other one, even
   * one that scored the same (`ties` does not apply). */
  battles: z.enum(['all_pairs', 'best_vs_rest']).default('all_pairs'),
  /** Equal outcomes in `all_pairs`: `half` a win each, or `skip` them. */
  ties: z.enum(['half', 'skip']).default('half'),
  /** Pseudo-queries of even battles in the small L2 prior of the global fit, around
   * `init_rating`; it keeps an unbeaten model's rating finite. */
  prior_strength: z.number().positive().default(1),
  /** Training queries whose battles rate the models for a query (similarity mode). */
  n_neighbors: z.number().int().min(1).default(128),
  /** Pseudo-queries of the L2 prior of a query's fit, around the global ratings: how hard a
   * query's ratings lean on the global ones (similarity mode). */
  similarity_prior_strength: z.number().positive().default(16),
  /** Neighbour weight e^((similarity − nearest similarity) / temperature). */
  temperature: z.number().positive().default(0.2),
  /** Newton steps at most, per fit. */
  max_iterations: z.number().int().min(1).default(50),
  /** A fit stops once no rating moves by more than this many Elo points in a step. */
  tolerance: z.number().positive().default(0.001),
  /** Vector index over the training queries. `auto` scans exactly below 2,000 queries and from
   * there searches an HNSW graph (usearch) that training stores in the artifact: nearly the same
   * neighbours, found several times faster. */
  index: z.enum(['auto', 'exact', 'usearch']).default('auto'),
})

/** elorouter's validated hyper-parameters. */
export type EloHparam = z.infer<typeof eloHparamSchema>
