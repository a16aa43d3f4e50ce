import {z} from 'zod'

/**
 * Hyper-parameters of hybrid_llm. The first group keeps the names and defaults of the Python
 * LLMRouter: its router keys (`router_mode`, `router_tau`, `router_threshold`, which the Python
 * config writes at the top level) and the scikit-learn `MLPRegressor` keys of its `hparam`. The
 * second group is ours.
 */
export const hybridLLMHparamSchema = z.strictObject({
  /** How a training query is labelled from the pair's outcomes q_S and q_L:
   * `deterministic` y = 1[q_S ≥ q_L]; `probabilistic` y = σ((q_S − q_L)/τ); `transformed`
   * y = 1[q_S ≥ q_L − t] with the t that balances the labels best. The Python code defaults to
   * deterministic; its shipped config, and so ours, to probabilistic. */
  router_mode: z.enum(['deterministic', 'probabilistic', 'transformed']).default('probabilistic'),
  /** τ of `probabilistic`: the quality gap that moves the label from 0.5 to about 0.73. */
  router_tau: z.number().positive().default(0.1),
  /** `decision: threshold` sends a query to the small model when its score is at least this. */
  router_threshold: z.number().min(0).max(1).default(0.5),
  /** Width of each hidden layer, input side first; one number means one hidden layer. */
  hidden_layer_sizes: z
    .preprocess(
      (value) => (typeof value === 'number' ? [value] : value),
      z.array(z.number().int().min(1)),
    )
    .default([128, 64]),
  activation: z.enum(['relu', 'tanh', 'logistic', 'identity']).default('relu'),
  /** Optimiser; scikit-learn's `adam` is the one implemented. */
  solver: z.literal('adam').default('adam'),
  /** L2 penalty added to each gradient. */
  alpha: z.number().min(0).default(0.0001),
  /** Queries per training step (scikit-learn's `auto` is min(200, queries)). */
  batch_size: z.number().int().min(1).default(200),
  /** Adam's learning rate. */
  learning_rate_init: z.number().positive().default(0.001),
  /** Most passes over the data; early stopping usually ends sooner. */
  max_iter: z.number().int().min(1).default(300),
  /** Epochs without a better validation loss before training stops. */
  n_iter_no_change: z.number().int().min(1).default(10),
  /** Regressors cross-fitted on seeded folds of the training queries: each stops early on the
   * fold it leaves out and scores it, so every query gets a held-out score to calibrate the
   * predicted quality gap and place the threshold for `target_large_share`; routing averages
   * them, so each fold adds a forward pass to every route (three keep a route under 1 ms).
   * 1 trains one regressor on a `validation_fraction` split instead. */
  folds: z.number().int().min(1).max(20).default(3),
  /** With `folds: 1`, the share of training queries held out (seeded) to stop early and to
   * calibrate. scikit-learn's 0.1 is doubled since the held-out queries also calibrate. */
  validation_fraction: z.number().min(0).max(0.5).default(0.2),
  /** Pseudo-queries at the overall mean gap added to each step of the gap calibration, so a
   * step backed by few held-out queries promises less; 0 keeps the plain isotonic fit. */
  gap_prior_weight: z.number().min(0).default(20),
  /** Loss of the score against the label: cross-entropy, or squared error as scikit-learn. */
  regression_loss: z.enum(['bce', 'mse']).default('bce'),
  /** `utility`: both models get a predicted quality, so λ trades it against cost; `threshold`:
   * the Python rule, small when the score reaches the threshold, whatever λ. */
  decision: z.enum(['utility', 'threshold']).default('utility'),
  /** Shifts the predicted gap to cross zero at the threshold, so `decision: utility` at λ = 0
   * picks what the threshold rule picks and λ > 0 moves from there toward the small model;
   * false keeps the calibrated gap, which at λ = 0 picks the model predicted better. */
  anchor_to_threshold: z.boolean().default(true),
  /** How the pair is chosen when `small_llm`/`large_llm` don't name it: `auto` takes as large
   * the best mean training performance and as small the model that promises the pair the best
   * training performance within a cost budget of `pair_cost_share` of the large model's cost,
   * if each task went wholly to one model; `size` is the Python rule, the smallest and the
   * largest parameter counts in llms.json. */
  pair: z.enum(['auto', 'size']).default('auto'),
  /** The small model by name; null lets `pair` choose it. */
  small_llm: z.string().min(1).nullable().default(null),
  /** The large model by name; null lets `pair` choose it. */
  large_llm: z.string().min(1).nullable().default(null),
  /** With `pair: auto`, the cost budget the small models are compared at, as a share of the
   * large model's cost: 0.5 aims at half the large model's cost. */
  pair_cost_share: z.number().gt(0).max(1).default(0.5),
  /** With `decision: threshold`, the share of held-out queries that should go to the large
   * model; the threshold is then placed to give that share and `router_threshold` is ignored.
   * Null keeps `router_threshold`. */
  target_large_share: z.number().min(0).max(1).nullable().default(null),
})

/** hybrid_llm's validated hyper-parameters. */
export type HybridLLMHparam = z.infer<typeof hybridLLMHparamSchema>
