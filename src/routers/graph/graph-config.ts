import {z} from 'zod'

/**
 * Hyper-parameters of graphrouter. The first group keeps the names and defaults of the Python
 * LLMRouter config (its PyTorch Geometric trainer) where they mean the same here; the second is
 * ours.
 */
export const graphHparamSchema = z.strictObject({
  /** Width of every node state and of the edge decoder. */
  hidden_dim: z.number().int().min(1).default(64),
  /** AdamW's learning rate. Python uses 0.001; we take 0.003 because each step here covers a
   * whole mask of the graph, so an epoch is only a few steps (0.003 scored higher at λ = 0 on
   * llmrouter-dcrouter and trained in fewer epochs). */
  learning_rate: z.number().positive().default(0.003),
  /** AdamW's decoupled weight decay, as in the Python trainer. */
  weight_decay: z.number().min(0).default(0.0001),
  /** Most epochs; early stopping usually ends sooner. An epoch hides every training query once. */
  train_epoch: z.number().int().min(1).default(100),
  /** Masks averaged per gradient step. Python averages 4 and steps once per epoch; we step once
   * per mask by default, which learns more per pass over the graph. */
  batch_size: z.number().int().min(1).default(1),
  /** Share of training queries whose model edges one mask hides: their outcomes leave message
   * passing and become the targets of that step. */
  train_mask_rate: z.number().gt(0).max(1).default(0.3),
  /** Share of training queries held out (seeded) as new queries to pick the best epoch. */
  val_split_ratio: z.number().min(0).max(0.5).default(0.2),
  /** Message-passing layers. */
  num_layers: z.number().int().min(1).max(4).default(2),
  /** `utility`: each edge's predicted performance q̂ traded against cost; `argmax`: the Python
   * rule, edges trained on each query's best model (first on ties) and the highest edge picked,
   * ignoring cost. */
  decision: z.enum(['utility', 'argmax']).default('utility'),
  /** Share of hidden queries trained without their task edge, so a query whose task is unknown
   * at route time (no task node to join) is not out of distribution. */
  task_edge_dropout: z.number().min(0).max(1).default(0.1),
  /** Share of query-state units dropped at each training step; 0.1 scored at least as high as 0
   * at λ = 0 on all four shared datasets (0.583 against 0.575 on llmrouter-dcrouter). */
  dropout: z.number().min(0).max(0.9).default(0.1),
  /** Epochs without a better validation figure before training stops. */
  patience: z.number().int().min(1).default(10),
})

/** graphrouter's validated hyper-parameters. */
export type GraphHparam = z.infer<typeof graphHparamSchema>
