import type {Tensor} from '@tensorflow/tfjs-core'

import type {TensorFlow} from '../embeddings/tensorflow-runtime.js'
import {UserError} from '../errors/index.js'
import {randomPermutation, type SeededRandom} from './math/seeded-random.js'

/**
 * Training examples served in mini-batches: `trainModel` shuffles the example indices each
 * epoch (seeded), cuts them into batches and asks `select` for each batch.
 */
export interface ExampleBatches<TBatch> {
  /** How many training examples there are. */
  readonly exampleCount: number
  /** Examples per batch; the last batch of an epoch may be smaller. */
  readonly batchSize: number
  /**
   * Builds one batch from example indices. It runs inside the training step's `tf.tidy`, so
   * tensors it creates are freed after the step.
   */
  readonly select: (indices: Int32Array) => TBatch
}

/** Either batches built per epoch from example indices, or a fixed list of ready batches. */
export type TrainingBatches<TBatch> = ExampleBatches<TBatch> | readonly TBatch[]

/** Options of `createExampleBatches`. */
export interface CreateExampleBatchesOptions<TName extends string> {
  /** The data, by name; every tensor has one row per example along its first axis. */
  readonly tensors: Readonly<Record<TName, Tensor>>
  /** Examples per batch. */
  readonly batchSize: number
}

/**
 * Serves whole-dataset tensors in mini-batches: each batch gathers the same rows of every
 * tensor. The tensors stay owned by the caller.
 * @param tf - TensorFlow.js.
 * @param options - The tensors and the batch size.
 * @returns Batches whose items carry the same names as `options.tensors`.
 */
export function createExampleBatches<TName extends string>(
  tf: TensorFlow,
  options: CreateExampleBatchesOptions<TName>,
): ExampleBatches<Record<TName, Tensor>> {
  const entries = Object.entries(options.tensors) as [TName, Tensor][]
  const exampleCount = entries[0]?.[1].shape[0] ?? 0
  for (const [name, tensor] of entries) {
    if (tensor.shape[0] !== exampleCount) {
      throw new UserError(
        `Training tensor "${name}" has ${tensor.shape[0] ?? 0} rows; the others have ` +
          `${exampleCount}. Every training tensor needs one row per example.`,
        {code: 'DATA_INVALID'},
      )
    }
  }
  return {
    exampleCount,
    batchSize: options.batchSize,
    select: (indices) => {
      const rows = tf.tensor1d(indices, 'int32')
      const batch = {} as Record<TName, Tensor>
      for (const [name, tensor] of entries) batch[name] = tf.gather(tensor, rows)
      return batch
    },
  }
}

/**
 * The batches of one epoch, each as a function that builds it, in seeded random order.
 * @param batches - Example batches or a fixed list.
 * @param random - The shuffling stream, shared by all epochs.
 * @param shuffle - False keeps the given order.
 * @returns Batch builders, in training order.
 */
export function batchesOfEpoch<TBatch>(
  batches: TrainingBatches<TBatch>,
  random: SeededRandom,
  shuffle: boolean,
): (() => TBatch)[] {
  if (isBatchList(batches)) {
    const order = shuffle ? randomPermutation(batches.length, random) : identity(batches.length)
    return Array.from(order, (index) => () => batches[index] as TBatch)
  }
  const {exampleCount, batchSize, select} = batches
  const order = shuffle ? randomPermutation(exampleCount, random) : identity(exampleCount)
  const builders: (() => TBatch)[] = []
  for (let start = 0; start < exampleCount; start += batchSize) {
    const indices = order.slice(start, start + batchSize)
    builders.push(() => select(indices))
  }
  return builders
}

/**
 * How many examples (or ready batches) the training data holds.
 * @param batches - Example batches or a fixed list.
 * @returns The count.
 */
export function countTrainingItems(batches: TrainingBatches<unknown>): number {
  return isBatchList(batches) ? batches.length : batches.exampleCount
}

/**
 * Tells a fixed list of batches from example batches.
 * @param batches - Either kind.
 * @returns True for a fixed list.
 */
export function isBatchList<TBatch>(
  batches: TrainingBatches<TBatch>,
): batches is readonly TBatch[] {
  return Array.isArray(batches)
}

function identity(length: number): Int32Array {
  return Int32Array.from({length}, (_, index) => index)
}
