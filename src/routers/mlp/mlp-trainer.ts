import type {Tensor} from '@tensorflow/tfjs-core'
import createDebug from 'debug'

import type {TensorFlow} from '../../embeddings/tensorflow-runtime.js'
import {UserError} from '../../errors/index.js'
import {
  createExampleBatches,
  deriveSeed,
  exportNamedTensors,
  initialiseTensorFlow,
  trainModel,
} from '../../ml/index.js'
import {meanPerformanceByModel} from '../fixed/fixed-choice-router.js'
import {argmaxLabels} from '../knn/math/neighbour-estimates.js'
import {requireTrainingEmbeddings} from '../embed-router-queries.js'
import type {RouterTrainingInput, RouterTrainingResult} from '../router-definition.js'
import type {MLPHparam} from './mlp-config.js'
import {mlpHparamSchema} from './mlp-config.js'
import type {MLPModel} from './mlp-model.js'
import {createMLPModel} from './mlp-model.js'
import type {TrainingExamples} from './math/training-examples.js'
import {
  classificationExamples,
  regressionExamples,
  splitForValidation,
} from './math/training-examples.js'

const debug = createDebug('llmrouter:routers:mlp')

type ExampleBatch = Record<'inputs' | 'targets' | 'mask', Tensor>

/**
 * Trains mlprouter: a multilayer perceptron over query embeddings, with Adam, mini-batches and
 * early stopping on a seeded validation split of the training queries. `regress` learns each
 * model's performance (missing cells masked out); `classify` learns each query's best model.
 * @param input - Training split, embeddings, hyper-parameters and seed.
 * @returns The weights (raw arrays), their shapes and the training history.
 */
export async function trainMLPRouter(input: RouterTrainingInput): Promise<RouterTrainingResult> {
  const hparam = mlpHparamSchema.parse(input.hparam)
  const {matrix} = input
  const {embeddings, dimension} = requireTrainingEmbeddings(
    'mlprouter',
    input.embeddings,
    matrix.queries.length,
  )
  const modelCount = matrix.models.length
  const examples =
    hparam.objective === 'classify'
      ? classificationExamples(embeddings, argmaxLabels(matrix.performance, modelCount), modelCount)
      : regressionExamples(embeddings, matrix.performance, modelCount)
  if (examples.rowCount === 0) {
    throw new UserError('mlprouter found no training query with a recorded outcome.', {
      code: 'DATA_INVALID',
    })
  }
  const modelMeans = meanPerformanceByModel(matrix)
  const split = splitForValidation(
    examples.rowCount,
    hparam.validation_fraction,
    deriveSeed(input.seed, 2),
  )
  const {tf} = await initialiseTensorFlow()
  const training = toTensors(tf, examples, split.training, dimension, modelCount)
  const validation = toTensors(tf, examples, split.validation, dimension, modelCount)
  let created: MLPModel | undefined
  try {
    const model = createMLPModel(tf, {
      hparam,
      inputDimension: dimension,
      modelCount,
      outputBias: startingBias(hparam, modelMeans),
      seed: deriveSeed(input.seed, 1),
    })
    created = model
    const history = await trainModel<ExampleBatch>({
      parameters: model.parameters,
      loss: (batch, context) =>
        model.loss(model.logits(batch.inputs, context.seed), batch.targets, batch.mask),
      batches: createExampleBatches(tf, {tensors: training, batchSize: hparam.batch_size}),
      epochs: hparam.epochs,
      // PyTorch's Adam adds `weight_decay × w` to the gradient: L2, as the Python trainer does.
      optimizer: {kind: 'adam', learningRate: hparam.lr, weightDecay: hparam.alpha},
      seed: deriveSeed(input.seed, 3),
      ...(split.validation.length > 0
        ? {
            validation: () =>
              tf.tidy(() => {
                const logits = model.logits(validation.inputs)
                const loss = model.loss(logits, validation.targets, validation.mask)
                return loss.dataSync()[0] ?? Number.NaN
              }),
            patience: hparam.patience,
          }
        : {}),
    })
    debug(
      'trained %s for %d epochs (best %s, validation loss %s) in %ss',
      hparam.objective,
      history.epochs.length,
      history.bestEpoch,
      history.bestValidation?.toFixed(4),
      history.seconds.toFixed(1),
    )
    const {arrays, shapes} = await exportNamedTensors(model.parameters)
    return {
      state: {dimension, modelCount, shapes, modelMeans},
      arrays,
      metrics: {
        trainingQueries: split.training.length,
        validationQueries: split.validation.length,
        epochs: history.epochs.length,
        ...(history.bestEpoch === undefined ? {} : {bestEpoch: history.bestEpoch}),
        ...(history.bestValidation === undefined ? {} : {validationLoss: history.bestValidation}),
        trainingLoss: history.epochs.at(-1)?.trainingLoss ?? Number.NaN,
      },
    }
  } finally {
    tf.dispose([...Object.values(training), ...Object.values(validation)])
    created?.dispose()
  }
}

/** Regress starts each output at its model's mean, so early epochs learn only the differences. */
function startingBias(hparam: MLPHparam, modelMeans: readonly number[]): Float32Array {
  if (hparam.objective === 'classify') return new Float32Array(modelMeans.length)
  return Float32Array.from(modelMeans, (mean) => {
    const clipped = Math.min(Math.max(mean, 1e-3), 1 - 1e-3)
    return Math.log(clipped / (1 - clipped))
  })
}

function toTensors(
  tf: TensorFlow,
  examples: TrainingExamples,
  rows: Int32Array,
  dimension: number,
  modelCount: number,
): ExampleBatch {
  const inputs = new Float32Array(rows.length * dimension)
  const targets = new Float32Array(rows.length * modelCount)
  const mask = new Float32Array(rows.length * modelCount)
  rows.forEach((row, index) => {
    inputs.set(examples.inputs.subarray(row * dimension, (row + 1) * dimension), index * dimension)
    const from = row * modelCount
    targets.set(examples.targets.subarray(from, from + modelCount), index * modelCount)
    mask.set(examples.mask.subarray(from, from + modelCount), index * modelCount)
  })
  return {
    inputs: tf.tensor2d(inputs, [rows.length, dimension]),
    targets: tf.tensor2d(targets, [rows.length, modelCount]),
    mask: tf.tensor2d(mask, [rows.length, modelCount]),
  }
}
