import type {Tensor} from '@tensorflow/tfjs-core'
import createDebug from 'debug'

import {BugError, UserError} from '../../errors/index.js'
import {
  createExampleBatches,
  deriveSeed,
  exportNamedTensors,
  initialiseTensorFlow,
  trainModel,
} from '../../ml/index.js'
import {splitForValidation} from '../mlp/math/training-examples.js'
import {requireTrainingEmbeddings} from '../embed-router-queries.js'
import type {RouterTrainingInput, RouterTrainingResult} from '../router-definition.js'
import {mfHparamSchema} from './mf-config.js'
import type {MFModel} from './mf-model.js'
import {createMFModel} from './mf-model.js'
import type {BilinearFactors} from './math/bilinear-scores.js'
import {bilinearScores, winnerPairs} from './math/bilinear-scores.js'
import {fitCalibrationOnRows} from './math/platt-calibration.js'

const debug = createDebug('llmrouter:routers:mf')

type PairBatch = Record<'inputs' | 'pairs', Tensor>

/**
 * Trains mfrouter: the bilinear factors (W, P, bias) by Adam on the pairwise winner/loser loss
 * over every pair of models whose outcomes differ on a training query, with early stopping on
 * the same loss over a seeded validation split of the training queries. Then, with the factors
 * fixed, it maps scores to predicted performance by Platt scaling, q̂ = σ(a·s + b), fitted by
 * cross-entropy to that validation split's scores and recorded (0/1 or fractional) outcomes, or
 * to the training rows when the split is empty: one (a, b) for all models with `calibration:
 * global`, the default (`fitGlobalCalibration`), or one (a_m, b_m) per model with `calibration:
 * per_model` (`fitPlattCalibration`). Slopes are kept ≥ 0, so q̂ never falls as the score rises.
 * @param input - Training split, embeddings, hyper-parameters and seed.
 * @returns The factors and calibration (raw arrays), their shapes and the training history.
 */
export async function trainMFRouter(input: RouterTrainingInput): Promise<RouterTrainingResult> {
  const hparam = mfHparamSchema.parse(input.hparam)
  const {matrix} = input
  const {embeddings, dimension} = requireTrainingEmbeddings(
    'mfrouter',
    input.embeddings,
    matrix.queries.length,
  )
  const modelCount = matrix.models.length
  if (hparam.text_dim !== null && hparam.text_dim !== dimension) {
    throw new UserError(
      `hparam.text_dim is ${hparam.text_dim}, but the embeddings have ${dimension} dimensions.`,
      {code: 'CONFIG_INVALID', suggestions: ['Set `text_dim` to null to take it from the data.']},
    )
  }
  const split = splitForValidation(
    matrix.queries.length,
    hparam.validation_fraction,
    deriveSeed(input.seed, 2),
  )
  const stack = (rows: Int32Array): Float32Array => {
    const stacked = new Float32Array(rows.length * dimension)
    rows.forEach((query, row) => stacked.set(embeddings[query] ?? [], row * dimension))
    return stacked
  }
  const trainingPairs = winnerPairs(matrix.performance, split.training, modelCount)
  if (!trainingPairs.some((weight) => weight > 0)) {
    throw new UserError('mfrouter found no training query where two models differ.', {
      code: 'DATA_INVALID',
    })
  }
  const {tf} = await initialiseTensorFlow()
  const tensorsOf = (rows: Int32Array, pairs: Float32Array): PairBatch => ({
    inputs: tf.tensor2d(stack(rows), [rows.length, dimension]),
    pairs: tf.tensor2d(pairs, [rows.length, modelCount * modelCount]),
  })
  const training = tensorsOf(split.training, trainingPairs)
  const validationPairs = winnerPairs(matrix.performance, split.validation, modelCount)
  const validation = tensorsOf(split.validation, validationPairs)
  const validates = validationPairs.some((weight) => weight > 0)
  let created: MFModel | undefined
  try {
    const model = createMFModel(tf, {
      inputDimension: dimension,
      latentDim: hparam.latent_dim,
      modelCount,
      noiseAlpha: hparam.noise_alpha,
      seed: deriveSeed(input.seed, 1),
    })
    created = model
    const history = await trainModel<PairBatch>({
      parameters: model.parameters,
      loss: (batch, context) => model.loss(model.scores(batch.inputs, context.seed), batch.pairs),
      batches: createExampleBatches(tf, {tensors: training, batchSize: hparam.batch_size}),
      epochs: hparam.epochs,
      optimizer: {kind: 'adam', learningRate: hparam.lr, weightDecay: hparam.weight_decay},
      seed: deriveSeed(input.seed, 3),
      ...(validates
        ? {
            validation: () =>
              tf.tidy(
                () =>
                  model.loss(model.scores(validation.inputs), validation.pairs).dataSync()[0] ??
                  Number.NaN,
              ),
            patience: hparam.patience,
          }
        : {}),
    })
    const {arrays, shapes} = await exportNamedTensors(model.parameters)
    const factors = readTrainedFactors(arrays, dimension, hparam.latent_dim, modelCount)
    const calibrationRows = split.validation.length > 0 ? split.validation : split.training
    const calibration = fitCalibrationOnRows(
      hparam.calibration,
      bilinearScores(factors, stack(calibrationRows), calibrationRows.length),
      matrix.performance,
      calibrationRows,
      modelCount,
    )
    debug(
      'trained for %d epochs (best %s, validation loss %s) in %ss',
      history.epochs.length,
      history.bestEpoch,
      history.bestValidation?.toFixed(4),
      history.seconds.toFixed(1),
    )
    return {
      state: {dimension, modelCount, shapes},
      arrays: {
        ...arrays,
        'calibration.scale': calibration.scale,
        'calibration.offset': calibration.offset,
      },
      metrics: {
        trainingQueries: split.training.length,
        validationQueries: split.validation.length,
        epochs: history.epochs.length,
        ...(history.bestEpoch === undefined ? {} : {bestEpoch: history.bestEpoch}),
        ...(history.bestValidation === undefined ? {} : {validationLoss: history.bestValidation}),
        trainingLoss: history.epochs.at(-1)?.trainingLoss ?? Number.NaN,
        seconds: history.seconds,
      },
    }
  } finally {
    tf.dispose([...Object.values(training), ...Object.values(validation)])
    created?.dispose()
  }
}

function readTrainedFactors(
  arrays: Readonly<Record<string, Float32Array | Int32Array>>,
  dimension: number,
  latentDim: number,
  modelCount: number,
): BilinearFactors {
  const {projection, modelEmbeddings, bias} = arrays
  if (
    !(projection instanceof Float32Array) ||
    !(modelEmbeddings instanceof Float32Array) ||
    !(bias instanceof Float32Array)
  ) {
    throw new BugError('mfrouter could not read back its trained factors.')
  }
  return {projection, modelEmbeddings, bias, dimension, latentDim, modelCount}
}
