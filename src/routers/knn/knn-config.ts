import {z} from 'zod'

/**
 * Hyper-parameters of knnrouter. The first group keeps the names and defaults of the Python
 * LLMRouter config (scikit-learn's KNeighborsClassifier); the second is ours.
 */
export const knnHparamSchema = z.strictObject({
  n_neighbors: z.number().int().min(1).default(5),
  weights: z.enum(['uniform', 'distance']).default('uniform'),
  /** Accepted for compatibility; the search is exact or HNSW, chosen by `index`. */
  algorithm: z.enum(['auto', 'ball_tree', 'kd_tree', 'brute']).default('auto'),
  leaf_size: z.number().int().min(1).default(30),
  /** Embeddings are unit vectors, so Euclidean (p = 2) and cosine rank neighbours alike. */
  p: z.literal(2).default(2),
  metric: z.enum(['minkowski', 'euclidean', 'cosine']).default('minkowski'),
  n_jobs: z.number().int().default(-1),
  /** `score`: predict each model's performance and trade it against cost; `argmax`: the
   * Python behaviour, a vote over each neighbour's best model with ties to the first. */
  label_mode: z.enum(['score', 'argmax']).default('score'),
  /** Pseudo-neighbours at the model's overall mean, added to every estimate so a handful of
   * 0/1 outcomes do not swing a prediction to 0 or 1. */
  prior_strength: z.number().min(0).default(1),
  index: z.enum(['auto', 'exact', 'usearch']).default('auto'),
})

/** knnrouter's validated hyper-parameters. */
export type KNNHparam = z.infer<typeof knnHparamSchema>
