import type {Optimizer, Scalar, Tensor, Variable} from '@tensorflow/tfjs-core'

import type {TensorFlow} from '../embeddings/tensorflow-runtime.js'

/** Adam settings; the defaults are PyTorch's. */
export interface AdamOptions {
  /**
   * How weight decay works. `adam` adds `weightDecay × w` to each gradient (L2, like
   * `torch.optim.Adam`); `adamw` shrinks each weight by `learningRate × weightDecay` before
   * the update, apart from the gradient (decoupled, like `torch.optim.AdamW`).
   */
  readonly kind: 'adam' | 'adamw'
  readonly learningRate: number
  /** 0 by default. */
  readonly weightDecay?: number
  /** Decay of the first-moment average; 0.9 by default. */
  readonly beta1?: number
  /** Decay of the second-moment average; 0.999 by default. */
  readonly beta2?: number
  /** Added to the root of the second moment; 1e-8 by default. */
  readonly epsilon?: number
}

/** One optimisation step over a fixed list of variables, and the optimiser's state. */
export interface AdamStep {
  /**
   * Computes the loss and its gradients and updates the variables. Call inside `tf.tidy`.
   * @param loss - Builds the scalar loss from the variables.
   * @returns The loss before the update.
   */
  readonly run: (loss: () => Scalar) => Scalar
  /** Frees the optimiser's moment estimates. */
  readonly dispose: () => void
}

/**
 * Prepares Adam for a set of variables. Every trainable variable gets a gradient each step
 * (zeros when the loss doesn't reach it), because TensorFlow.js's Adam matches its moment
 * estimates to variables by position in the gradient list.
 * @param tf - TensorFlow.js.
 * @param parameters - The variables to train; non-trainable ones are left alone.
 * @param options - Learning rate, weight decay and moment settings.
 * @returns The step function and its disposer.
 */
export function createAdamStep(
  tf: TensorFlow,
  parameters: readonly Variable[],
  options: AdamOptions,
): AdamStep {
  const trainable = parameters.filter((variable) => variable.trainable)
  const weightDecay = options.weightDecay ?? 0
  const optimizer: Optimizer = tf.train.adam(
    options.learningRate,
    options.beta1 ?? 0.9,
    options.beta2 ?? 0.999,
    options.epsilon ?? 1e-8,
  )
  const run = (loss: () => Scalar): Scalar => {
    const {value, grads} = optimizer.computeGradients(loss, trainable)
    const gradients: {name: string; tensor: Tensor}[] = trainable.map((variable) => {
      // Limitation: a parameter the loss doesn't reach still moves on its old momentum, where
      // PyTorch would skip it; keep parameters a loss never uses out of the list.
      const gradient = grads[variable.name] ?? tf.zerosLike(variable)
      const tensor =
        options.kind === 'adam' && weightDecay > 0
          ? tf.add(gradient, tf.mul(variable, weightDecay))
          : gradient
      return {name: variable.name, tensor}
    })
    if (options.kind === 'adamw' && weightDecay > 0) {
      const shrink = 1 - options.learningRate * weightDecay
      for (const variable of trainable) variable.assign(tf.mul(variable, shrink))
    }
    optimizer.applyGradients(gradients)
    return value
  }
  return {run, dispose: () => optimizer.dispose()}
}
