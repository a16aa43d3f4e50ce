import {z} from 'zod'

/**
 * Hyper-parameters of mlprouter. The first group keeps the names and defaults of the Python
 * LLMRouter config (its PyTorch trainer); the second is ours.
 */
export const mlpHparamSchema = z.strictObject({
  /** Width of each hidden layer, input side first; one number means one hidden layer, so
   * `mlprouter:hidden_layer_sizes=256` works on the command line. */
  hidden_layer_sizes: z
    .preprocess(
      (value) => (typeof value === 'number' ? [value] : value),
      z.array(z.number().int().min(1)),
    )
    .default([128, 64]),
  activation: z.enum(['relu', 'tanh', 'logistic', 'identity']).default('relu'),
  /** Adam's learning rate. */
  lr: z.number().positive().default(0.001),
  /** Passes over the training data; fewer when early stopping ends training. */
  epochs: z.number().int().min(1).default(100),
  batch_size: z.number().int().min(1).default(32),
  /** L2 penalty added to each gradient (PyTorch Adam's `weight_decay`). */
  alpha: z.number().min(0).default(0.0001),
  /** `regress`: one sigmoid output per model predicting its performance, traded against cost;
   * `classify`: the Python behaviour, a softmax over each query's best model (first on ties). */
  objective: z.enum(['regress', 'classify']).default('regress'),
  /** Loss of `regress` on the observed cells: binary cross-entropy or squared error. */
  regression_loss: z.enum(['bce', 'mse']).default('bce'),
  /** Share of hidden units dropped at each training step. */
  dropout: z.number().min(0).max(0.9).default(0),
  /** Share of training queries held out (seeded) to pick the best epoch and stop early. */
  validation_fraction: z.number().min(0).max(0.5).default(0.1),
  /** Epochs without a better validation loss before training stops. */
  patience: z.number().int().min(1).default(10),
})

/** mlprouter's validated hyper-parameters. */
export type MLPHparam = z.infer<typeof mlpHparamSchema>
