import {z} from 'zod'

/**
 * Hyper-parameters of mfrouter. The first group keeps the names of the Python LLMRouter config;
 * the second is ours.
 */
export const mfHparamSchema = z.strictObject({
  /** Width d of the model embeddings and of the projected query. */
  latent_dim: z.number().int().min(1).default(128),
  /** Length of the query embedding; null takes it from the training embeddings. */
  text_dim: z.number().int().min(1).nullable().default(null),
  /** Adam's learning rate. */
  lr: z.number().positive().default(0.001),
  /** Most passes over the data; early stopping usually ends sooner. Python trains 5 epochs with
   * no validation; we allow more because the validation split picks the best one. */
  epochs: z.number().int().min(1).default(50),
  /** Standard deviation of Gaussian noise added to query embeddings while training. */
  noise_alpha: z.number().min(0).default(0),
  /** `utility`: calibrated q̂ per model traded against cost; `argmax`: the Python rule, the
   * highest raw score (the first on ties), ignoring cost. */
  decision: z.enum(['utility', 'argmax']).default('utility'),
  /** How scores become q̂ = σ(a·s + b), fitted on the validation split: `global` fits one a and b
   * for all models, so q̂ ranks models as the raw scores do and λ = 0 picks what `argmax` picks;
   * `per_model` fits a and b for each model, which can reorder models at λ = 0. */
  calibration: z.enum(['global', 'per_model']).default('global'),
  batch_size: z.number().int().min(1).default(64),
  /** L2 penalty added to each gradient (Adam weight decay). */
  weight_decay: z.number().min(0).default(0.0001),
  /** Share of training queries held out (seeded) for early stopping and calibration. */
  validation_fraction: z.number().min(0).max(0.5).default(0.1),
  /** Epochs without a better validation loss before training stops. */
  patience: z.number().int().min(1).default(5),
})

/** mfrouter's validated hyper-parameters. */
export type MFHparam = z.infer<typeof mfHparamSchema>
