import {z} from 'zod'

/**
 * Hyper-parameters of svmrouter. The first group keeps the names and defaults of the Python
 * LLMRouter config (scikit-learn's SVC); the second is ours.
 */
export const svmHparamSchema = z
  .strictObject({
    /** `rbf` (Gaussian) or `linear`. scikit-learn's `poly` and `sigmoid` aren't offered. */
    kernel: z.enum(['rbf', 'linear']).default('rbf'),
    /** Penalty of training errors against the margin; larger fits the training data closer. */
    C: z.number().positive().default(1),
    /** RBF width: `scale` = 1 / (dimension · variance of the inputs), `auto` = 1 / dimension,
     * or a positive number. */
    gamma: z.union([z.enum(['scale', 'auto']), z.number().positive()]).default('scale'),
    /** Python: fit Platt probabilities. `decision: utility` needs them, so only `argmax` may
     * turn them off; `argmax` votes like scikit-learn's `predict` either way. */
    probability: z.boolean().default(true),
    /** `utility`: each model's calibrated chance of doing well, traded against cost; `argmax`:
     * the Python rule, one multi-class SVC over each query's best model (first on ties), with
     * scikit-learn's one-vs-one vote, ignoring cost. */
    decision: z.enum(['utility', 'argmax']).default('utility'),
    /** For `utility`: `svc`, one classifier per model on whether it did well (fractional
     * outcomes count as that share of a success); `svr`, one ε-regression per model on its
     * performance. Either is then mapped to q̂ by per-model Platt scaling. */
    estimator: z.enum(['svc', 'svr']).default('svc'),
    /** `nystroem`: the RBF kernel approximated on `n_components` seeded landmarks, then linear
     * SVMs, which trains in seconds and routes in under a millisecond. `exact`: every training
     * query is a landmark, so the feature map reproduces the kernel exactly and the SVM is the
     * kernel SVM itself (with LIBLINEAR's regularised bias); for up to 2,048 training queries,
     * and each route costs one kernel value per training query. */
    approximation: z.enum(['nystroem', 'exact']).default('nystroem'),
    /** Landmarks of the Nyström approximation (at most the number of training queries). */
    n_components: z.number().int().min(1).default(512),
    /** `squared_hinge` (L2-loss, LIBLINEAR's default): smoother, converges in far fewer passes
     * and ranked models better on llmrouter-dcrouter; `hinge`: the loss of scikit-learn's SVC.
     * For `estimator: svr` these mean the squared and the plain ε-insensitive loss. */
    loss: z.enum(['hinge', 'squared_hinge']).default('squared_hinge'),
    /** Width of the ε-insensitive tube of `estimator: svr` (scikit-learn SVR's default). */
    epsilon: z.number().min(0).default(0.1),
    /** Stopping tolerance of the dual coordinate descent, on its optimality violation. */
    tol: z.number().positive().default(0.01),
    /** Most passes of the dual coordinate descent over the examples. */
    max_iter: z.number().int().min(1).default(1000),
    /** Folds whose out-of-fold scores fit the Platt scaling (scikit-learn uses 5). */
    calibration_folds: z.number().int().min(2).max(20).default(5),
  })
  .superRefine((hparam, context) => {
    if (hparam.decision === 'utility' && !hparam.probability) {
      context.addIssue({
        code: 'custom',
        path: ['probability'],
        message:
          'decision: utility needs probabilities to trade against cost; set probability: true, ' +
          'or decision: argmax for the Python vote.',
      })
    }
  })

/** svmrouter's validated hyper-parameters. */
export type SVMHparam = z.infer<typeof svmHparamSchema>
