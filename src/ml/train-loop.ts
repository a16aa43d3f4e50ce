import {performance} from 'node:perf_hooks'
import {setImmediate as yieldToEventLoop} from 'node:timers/promises'

import type {Scalar, Tensor, Variable} from '@tensorflow/tfjs-core'

import type {TensorFlow} from '../embeddings/tensorflow-runtime.js'
import {BugError, UserError} from '../errors/index.js'
import {type AdamOptions, createAdamStep} from './adam-step.js'
import {
  batchesOfEpoch,
  countTrainingItems,
  isBatchList,
  type TrainingBatches,
} from './example-batches.js'
import {createSeededRandom, deriveSeed} from './math/seeded-random.js'
import {initialiseTensorFlow} from './tensorflow-backend.js'

/** What the loss function learns about the step it runs in. */
export interface TrainingStepContext {
  /** The epoch, from 1. */
  readonly epoch: number
  /** Steps taken before this one, across epochs. */
  readonly step: number
  /** A seed for this step alone, e.g. for `tf.dropout`, derived from the training seed. */
  readonly seed: number
}

/** Options of `trainModel`. */
export interface TrainModelOptions<TBatch> {
  /** The variables to train, by name. */
  readonly parameters: Readonly<Record<string, Variable>>
  /**
   * The loss of one batch, a scalar (rank 0; typed `Tensor` because TensorFlow.js's own
   * losses are). It runs inside `tf.tidy`.
   */
  readonly loss: (batch: TBatch, context: TrainingStepContext) => Tensor
  /** The training data (see `createExampleBatches`), or a fixed list of batches. */
  readonly batches: TrainingBatches<TBatch>
  /** Passes over the data; at most this many when early stopping is on. */
  readonly epochs: number
  readonly optimizer: AdamOptions
  /**
   * A metric measured after each epoch on held-out data. It must free any tensor it makes.
   * With it, the weights of the best epoch are restored at the end.
   */
  readonly validation?: () => number | Promise<number>
  /** Whether a lower (the default) or a higher validation metric is better. */
  readonly validationDirection?: 'lower-is-better' | 'higher-is-better'
  /** How much the metric must improve to count as better; 0 by default. */
  readonly minimumImprovement?: number
  /** Epochs without improvement before stopping; never stops early when absent. */
  readonly patience?: number
  /** Seed of the shuffling and of the step seeds; 0 by default. */
  readonly seed?: number
  /** False keeps the data's order; true by default. */
  readonly shuffle?: boolean
  /** Called after each epoch, e.g. to report progress. */
  readonly onEpochEnd?: (record: EpochRecord) => void | Promise<void>
  /** Stops training between steps; the best weights are still restored. */
  readonly signal?: AbortSignal
}

/** What happened in one epoch. */
export interface EpochRecord {
  /** The epoch, from 1. */
  readonly epoch: number
  /** Mean of the epoch's batch losses, measured before each batch's update. */
  readonly trainingLoss: number
  /** The validation metric after the epoch, when there's a validation function. */
  readonly validation?: number
  /** True when the validation metric is the best so far. */
  readonly improved: boolean
  readonly seconds: number
}

/** Why training stopped. */
export type TrainingStopReason = 'epoch-limit' | 'early-stop' | 'abort'

/** The result of `trainModel`. */
export interface TrainingHistory {
  readonly epochs: readonly EpochRecord[]
  /** The epoch whose weights the parameters hold at the end, when validation picked one. */
  readonly bestEpoch?: number
  readonly bestValidation?: number
  /** True when the parameters were rolled back to `bestEpoch`. */
  readonly restoredBest: boolean
  readonly stopReason: TrainingStopReason
  readonly steps: number
  readonly seconds: number
}

interface BestEpoch {
  readonly epoch: number
  /** Steps taken when the weights were saved; later steps mean the parameters moved on. */
  readonly step: number
  readonly validation: number
  readonly weights: ReadonlyMap<Variable, Tensor>
}

/**
 * Trains variables with Adam on mini-batches: deterministic for a given seed and backend,
 * with optional early stopping on a validation metric and a roll-back to the best epoch.
 * Every tensor made during a step is freed, and so are the optimiser's state and the saved
 * best weights when training ends, even by an error.
 * @param options - Parameters, loss, data, epochs, optimiser and the optional validation.
 * @returns The per-epoch history and how training ended.
 */
export async function trainModel<TBatch>(
  options: TrainModelOptions<TBatch>,
): Promise<TrainingHistory> {
  checkTrainingOptions(options)
  const {tf} = await initialiseTensorFlow()
  const variables = Object.values(options.parameters)
  const adam = createAdamStep(tf, variables, options.optimizer)
  const seed = options.seed ?? 0
  const random = createSeededRandom(seed)
  const higherIsBetter = options.validationDirection === 'higher-is-better'
  const epochs: EpochRecord[] = []
  const started = performance.now()
  let best: BestEpoch | undefined
  let epochsSinceBest = 0
  let stopReason: TrainingStopReason = 'epoch-limit'
  let step = 0
  try {
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      const epochStarted = performance.now()
      let lossTotal = 0
      const builders = batchesOfEpoch(options.batches, random, options.shuffle ?? true)
      for (const buildBatch of builders) {
        if (options.signal?.aborted) break
        const context = {epoch, step, seed: deriveSeed(seed, step)}
        // Adam checks that the loss is rank 0 and names the problem if it isn't.
        const cost = tf.tidy(() => adam.run(() => options.loss(buildBatch(), context) as Scalar))
        const loss = cost.dataSync()[0] ?? Number.NaN
        cost.dispose()
        if (!Number.isFinite(loss)) throw divergenceError(loss, epoch, step)
        lossTotal += loss
        step++
      }
      if (options.signal?.aborted) {
        stopReason = 'abort'
        break
      }
      const validation = options.validation ? await options.validation() : undefined
      const improved =
        validation !== undefined &&
        isImprovement(validation, best?.validation, higherIsBetter, options.minimumImprovement)
      if (improved) {
        disposeWeights(tf, best)
        best = {epoch, step, validation, weights: snapshotWeights(tf, variables)}
        epochsSinceBest = 0
      } else {
        epochsSinceBest++
      }
      const record: EpochRecord = {
        epoch,
        trainingLoss: lossTotal / Math.max(1, builders.length),
        ...(validation === undefined ? {} : {validation}),
        improved,
        seconds: (performance.now() - epochStarted) / 1000,
      }
      epochs.push(record)
      await options.onEpochEnd?.(record)
      if (options.patience !== undefined && best && epochsSinceBest >= options.patience) {
        stopReason = epoch < options.epochs ? 'early-stop' : 'epoch-limit'
        break
      }
      // Lets progress output and abort signals through between epochs.
      await yieldToEventLoop()
    }
    const restoredBest = best !== undefined && best.step !== step
    if (best && restoredBest) {
      for (const [variable, weights] of best.weights) variable.assign(weights)
    }
    return {
      epochs,
      ...(best ? {bestEpoch: best.epoch, bestValidation: best.validation} : {}),
      restoredBest,
      stopReason,
      steps: step,
      seconds: (performance.now() - started) / 1000,
    }
  } finally {
    adam.dispose()
    disposeWeights(tf, best)
  }
}

function isImprovement(
  value: number,
  bestSoFar: number | undefined,
  higherIsBetter: boolean,
  minimumImprovement = 0,
): boolean {
  if (Number.isNaN(value)) return false
  if (bestSoFar === undefined) return true
  const gain = higherIsBetter ? value - bestSoFar : bestSoFar - value
  return gain > minimumImprovement
}

function snapshotWeights(tf: TensorFlow, variables: readonly Variable[]): Map<Variable, Tensor> {
  // A clone shares the variable's storage; the next update gives the variable new storage.
  return new Map(variables.map((variable) => [variable, tf.clone(variable)]))
}

function disposeWeights(tf: TensorFlow, best: BestEpoch | undefined): void {
  if (best) tf.dispose([...best.weights.values()])
}

function divergenceError(loss: number, epoch: number, step: number): UserError {
  return new UserError(
    `Training diverged: the loss became ${loss} at epoch ${epoch}, step ${step + 1}.`,
    {
      code: 'CONFIG_INVALID',
      suggestions: [
        'Lower the learning rate in the hparam section of the config.',
        'Check the training data for missing, NaN or infinite values.',
      ],
    },
  )
}

function checkTrainingOptions<TBatch>(options: TrainModelOptions<TBatch>): void {
  const {learningRate, weightDecay = 0} = options.optimizer
  const problems: string[] = []
  if (!(learningRate > 0) || !Number.isFinite(learningRate)) {
    problems.push(`the learning rate is ${learningRate}; it has to be a positive number`)
  }
  if (!(weightDecay >= 0) || !Number.isFinite(weightDecay)) {
    problems.push(`the weight decay is ${weightDecay}; it has to be 0 or more`)
  }
  if (!Number.isInteger(options.epochs) || options.epochs < 0) {
    problems.push(`epochs is ${options.epochs}; it has to be a whole number, 0 or more`)
  }
  const {patience} = options
  if (patience !== undefined && (!Number.isInteger(patience) || patience < 0)) {
    problems.push(`patience is ${patience}; it has to be a whole number, 0 or more`)
  }
  const batchSize = isBatchList(options.batches) ? 1 : options.batches.batchSize
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    problems.push(`the batch size is ${batchSize}; it has to be a whole number, 1 or more`)
  }
  if (problems.length > 0) {
    throw new UserError(`Training can't start: ${problems.join('; ')}.`, {code: 'CONFIG_INVALID'})
  }
  if (countTrainingItems(options.batches) === 0) {
    throw new UserError('There are no training examples to train on.', {code: 'DATA_INVALID'})
  }
  if (!Object.values(options.parameters).some((variable) => variable.trainable)) {
    throw new BugError('trainModel got no trainable parameters.')
  }
}
