import {z} from 'zod'

/**
 * Hyper-parameters of routerdc. The first group keeps the names of the Python LLMRouter config
 * (its `dcrouter.yaml`); the second is ours.
 */
export const routerDCHparamSchema = z.strictObject({
  /** Width of the projected query h(q) and of each model embedding k_m. Python: 768, the width
   * of its fine-tuned mDeBERTa; here a projection of the frozen encoder learns instead, and a
   * narrow one overfits less (32 beat 64 and 128 on llmrouter-dcrouter over three seeds). */
  hidden_state_dim: z.number().int().min(1).default(32),
  /** sim(h, k): `cos` (cosine) or `inner` (dot product), as in Python. */
  similarity_function: z.enum(['cos', 'inner']).default('cos'),
  batch_size: z.number().int().min(2).default(64),
  /** AdamW's learning rate. Python: 5e-5, for fine-tuning the whole encoder; a projection on a
   * frozen encoder needs a larger step. */
  learning_rate: z.number().positive().default(0.001),
  /** Models with the best outcomes taken as positives (only those that scored above 0). */
  top_k: z.number().int().min(1).default(3),
  /** Models with the worst outcomes taken as negatives (only those that scored 0.5 or less). */
  last_k: z.number().int().min(1).default(3),
  /** τ: every similarity is divided by it, in both losses. Python: 1; cosine similarities only
   * span ±1/τ, and 0.1 (the value of the RouterDC scripts) trained clearly better here. */
  temperature: z.number().positive().default(0.1),
  /** λ_cluster: weight of the cluster contrastive loss against the sample-LLM loss. */
  cluster_loss_weight: z.number().min(0).default(1),
  /** Negatives from other clusters per anchor in the cluster loss. */
  H: z.number().int().min(1).default(3),
  /** K of the K-means clustering behind the cluster loss. */
  n_clusters: z.number().int().min(1).default(3),
  // Ours.
  /** What K-means clusters: `scores`, each training query's vector of model outcomes (Python
   * LLMRouter and the issue), or `embeddings`, the query embeddings (the RouterDC paper). */
  cluster_features: z.enum(['scores', 'embeddings']).default('scores'),
  /** h(q) from the frozen embedding: `linear` (W·e + b) or `mlp` (one tanh hidden layer). */
  projection: z.enum(['linear', 'mlp']).default('linear'),
  /** Width of the hidden layer of `projection: mlp`. */
  hidden_dim: z.number().int().min(1).default(256),
  /** Most passes over the training data; the best epoch on the validation split is kept. */
  epochs: z.number().int().min(1).default(40),
  /** Epochs without a better validation metric before training stops. */
  patience: z.number().int().min(1).default(6),
  /** AdamW's decoupled weight decay (PyTorch's default, which Python uses, is 0.01). */
  weight_decay: z.number().min(0).default(0.1),
  /** Share of training queries held out (seeded) to choose the epoch and fit the calibration. */
  validation_fraction: z.number().min(0).max(0.5).default(0.1),
  /** How the epoch is chosen: `performance`, the mean validation outcome of the highest-similarity
   * model (the metric Python checkpoints on), or `loss`, the validation loss. */
  checkpoint_metric: z.enum(['performance', 'loss']).default('performance'),
  /** `utility`: calibrated q̂ per model traded against cost; `argmax`: the Python rule, the
   * highest similarity (the first on ties), ignoring cost. */
  decision: z.enum(['utility', 'argmax']).default('utility'),
  /** How similarities become q̂ = σ(a·s + b), fitted on the validation split: `global` fits one
   * a and b for all models, so λ = 0 picks what `argmax` picks; `per_model` fits one per model. */
  calibration: z.enum(['global', 'per_model']).default('global'),
})

/** routerdc's validated hyper-parameters. */
export type RouterDCHparam = z.infer<typeof routerDCHparamSchema>
