import type {Tensor} from '@tensorflow/tfjs-core'

import {
  createExampleBatches,
  createSeededRandom,
  deriveSeed,
  exportNamedTensors,
  initialiseTensorFlow,
  randomPermutation,
  trainModel,
} from '../../ml/index.js'
import type {TrainingHistory} from '../../ml/index.js'
import {splitForValidation} from '../mlp/math/training-examples.js'
import {scoreEmbeddings} from '../mlp/mlp-batch-forward.js'
import {createMLPModel} from '../mlp/mlp-model.js'
import type {MLPModel} from '../mlp/mlp-model.js'
import type {HybridLLMHparam} from './hybrid-llm-config.js'
import {readRegressorNetwork, regressorSettings} from './regressor-network.js'

type ExampleBatch = Record<'inputs' | 'targets' | 'mask', Tensor>

/** What the regressors learn from: one embedding and one label per query. */
export interface RegressorExamples {
  /** `rowCount` embeddings, row-major. */
  readonly inputs: Float32Array
  readonly labels: Float32Array
  readonly rowCount: number
  readonly dimension: number
}

/** The trained regressors and what they scored on queries they didn't train on. */
export interface CrossFitResult {
  /** Every regressor's weights, named `fold<k>.layer<i>.weights|bias`. */
  readonly arrays: Record<string, Float32Array | Int32Array>
  readonly shapes: Readonly<Record<string, readonly number[]>>
  readonly networkCount: number
  /** The rows scored by a regressor that didn't train on them, ascending. */
  readonly heldOutRows: Int32Array
  /** Their scores, in the same order. */
  readonly heldOutScores: Float32Array
  readonly histories: readonly TrainingHistory[]
}

/**
 * Trains the regressors. With `folds` ≥ 2 the queries are dealt (seeded) into that many folds
 * and one regressor trains on all folds but one, stopping early on the one left out, which it
 * then scores: every query gets a held-out score and routing averages the regressors. With
 * `folds: 1` one regressor trains on a seeded `validation_fraction` split, and only that split
 * is held out (the training rows stand in when it is empty).
 * @param hparam - Hyper-parameters.
 * @param examples - Embeddings and labels.
 * @param seed - Seed of the folds, the weights and the shuffling.
 * @returns The weights and the held-out scores.
 */
export async function crossFitRegressors(
  hparam: HybridLLMHparam,
  examples: RegressorExamples,
  seed: number,
): Promise<CrossFitResult> {
  const splits = foldSplits(hparam, examples.rowCount, deriveSeed(seed, 2))
  const arrays: Record<string, Float32Array | Int32Array> = {}
  const shapes: Record<string, readonly number[]> = {}
  const histories: TrainingHistory[] = []
  const heldOut: {row: number; score: number}[] = []
  for (const [fold, split] of splits.entries()) {
    const fitted = await fitRegressor(hparam, examples, split, deriveSeed(seed, 10 + fold))
    const prefix = `fold${fold}.`
    for (const [name, values] of Object.entries(fitted.arrays)) arrays[prefix + name] = values
    for (const [name, shape] of Object.entries(fitted.shapes)) shapes[prefix + name] = shape
    histories.push(fitted.history)
    const scoredRows = split.validation.length > 0 ? split.validation : split.training
    const network = readRegressorNetwork(arrays, shapes, hparam, prefix)
    const inputs = gatherRows(examples.inputs, scoredRows, examples.dimension)
    const scores = await scoreEmbeddings(network, inputs, scoredRows.length)
    scoredRows.forEach((row, index) => heldOut.push({row, score: scores[index] ?? 0}))
  }
  heldOut.sort((a, b) => a.row - b.row)
  return {
    arrays,
    shapes,
    networkCount: splits.length,
    heldOutRows: Int32Array.from(heldOut, (entry) => entry.row),
    heldOutScores: Float32Array.from(heldOut, (entry) => entry.score),
    histories,
  }
}

interface Split {
  readonly training: Int32Array
  readonly validation: Int32Array
}

function foldSplits(hparam: HybridLLMHparam, rowCount: number, seed: number): Split[] {
  const folds = Math.min(hparam.folds, rowCount)
  if (folds < 2) return [splitForValidation(rowCount, hparam.validation_fraction, seed)]
  const order = randomPermutation(rowCount, createSeededRandom(seed))
  return Array.from({length: folds}, (_, fold) => {
    const validation = order.filter((_, position) => position % folds === fold).sort()
    const training = order.filter((_, position) => position % folds !== fold).sort()
    return {training, validation}
  })
}

async function fitRegressor(
  hparam: HybridLLMHparam,
  examples: RegressorExamples,
  split: Split,
  seed: number,
): Promise<{
  arrays: Readonly<Record<string, Float32Array | Int32Array>>
  shapes: Readonly<Record<string, readonly number[]>>
  history: TrainingHistory
}> {
  const {dimension, labels} = examples
  const {tf} = await initialiseTensorFlow()
  const tensorsOf = (rows: Int32Array): ExampleBatch => ({
    inputs: tf.tensor2d(gatherRows(examples.inputs, rows, dimension), [rows.length, dimension]),
    targets: tf.tensor2d(gatherRows(labels, rows, 1), [rows.length, 1]),
    mask: tf.ones([rows.length, 1]),
  })
  const training = tensorsOf(split.training)
  const validation = tensorsOf(split.validation)
  let created: MLPModel | undefined
  try {
    const model = createMLPModel(tf, {
      hparam: regressorSettings(hparam),
      inputDimension: dimension,
      modelCount: 1,
      outputBias: Float32Array.of(logit(mean(gatherRows(labels, split.training, 1)))),
      seed: deriveSeed(seed, 1),
    })
    created = model
    const history = await trainModel<ExampleBatch>({
      parameters: model.parameters,
      loss: (batch) => model.loss(model.logits(batch.inputs), batch.targets, batch.mask),
      batches: createExampleBatches(tf, {tensors: training, batchSize: hparam.batch_size}),
      epochs: hparam.max_iter,
      // scikit-learn adds alpha × w to the gradient: L2 on the weights.
      optimizer: {kind: 'adam', learningRate: hparam.learning_rate_init, weightDecay: hparam.alpha},
      seed: deriveSeed(seed, 3),
      ...(split.validation.length > 0
        ? {
            validation: () =>
              tf.tidy(() => {
                const logits = model.logits(validation.inputs)
                const loss = model.loss(logits, validation.targets, validation.mask)
                return loss.dataSync()[0] ?? Number.NaN
              }),
            patience: hparam.n_iter_no_change,
          }
        : {}),
    })
    const {arrays, shapes} = await exportNamedTensors(model.parameters)
    return {arrays, shapes, history}
  } finally {
    tf.dispose([...Object.values(training), ...Object.values(validation)])
    created?.dispose()
  }
}

/**
 * Copies the given rows out of a row-major array.
 * @param values - Rows of `width` values.
 * @param rows - Which rows, in the order wanted.
 * @param width - Values per row.
 * @returns The rows, packed.
 */
export function gatherRows(values: Float32Array, rows: Int32Array, width: number): Float32Array {
  const gathered = new Float32Array(rows.length * width)
  rows.forEach((row, index) => {
    gathered.set(values.subarray(row * width, (row + 1) * width), index * width)
  })
  return gathered
}

function mean(values: Float32Array): number {
  let total = 0
  for (const value of values) total += value
  return values.length > 0 ? total / values.length : 0
}

function logit(probability: number): number {
  const clipped = Math.min(Math.max(probability, 1e-3), 1 - 1e-3)
  return Math.log(clipped / (1 - clipped))
}
