import type {Tensor} from '@tensorflow/tfjs-core'
import createDebug from 'debug'

import {UserError} from '../../errors/index.js'
import type {ExampleBatches} from '../../ml/index.js'
import {
  createSeededRandom,
  deriveSeed,
  exportNamedTensors,
  initialiseTensorFlow,
  trainModel,
} from '../../ml/index.js'
import {splitForValidation} from '../mlp/math/training-examples.js'
import {fitCalibrationOnRows} from '../mf/math/platt-calibration.js'
import {requireTrainingEmbeddings} from '../embed-router-queries.js'
import type {RouterTrainingInput, RouterTrainingResult} from '../router-definition.js'
import {embeddingFeatures, scoreFeatures} from './math/cluster-features.js'
import {clusterPairs, sampleLLMMasks} from './math/contrastive-masks.js'
import {kMeans} from './math/k-means.js'
import {meanPickedOutcome} from './math/picked-outcome.js'
import {similarityScores} from './math/similarity-scores.js'
import type {RouterDCHparam} from './routerdc-config.js'
import {routerDCHparamSchema} from './routerdc-config.js'
import type {RouterDCModel} from './routerdc-model.js'
import {createRouterDCModel} from './routerdc-model.js'
import {readRouterDCWeights} from './routerdc-weights.js'

const debug = createDebug('llmrouter:routers:routerdc')

type DCBatch = Record<
  'inputs' | 'positives' | 'negatives' | 'pairPositives' | 'pairNegatives' | 'anchors',
  Tensor
>

/**
 * Trains routerdc by dual contrastive learning on a frozen encoder: a projection h(q) of the
 * query embedding and one embedding k_m per model, by AdamW on the sample-LLM loss (each
 * query's `top_k` best models against its `last_k` worst) plus `cluster_loss_weight` times the
 * cluster loss (same K-means cluster against other clusters). The K-means clusters come from
 * the training queries' outcome vectors (`cluster_features: scores`) or their embeddings. The
 * epoch kept is the best on a seeded validation split of the training queries, never the test
 * set; that split then fits the Platt scaling q̂ = σ(a·sim/τ + b), one (a, b) for all models
 * (`calibration: global`) or one per model (`per_model`), with a ≥ 0.
 * @param input - Training split, embeddings, hyper-parameters and seed.
 * @returns The weights and calibration (raw arrays), shapes and training figures.
 */
export async function trainRouterDC(input: RouterTrainingInput): Promise<RouterTrainingResult> {
  const hparam = routerDCHparamSchema.parse(input.hparam)
  const {matrix} = input
  const queryCount = matrix.queries.length
  const {embeddings, dimension} = requireTrainingEmbeddings(
    'routerdc',
    input.embeddings,
    queryCount,
  )
  const modelCount = matrix.models.length
  const split = splitForValidation(
    queryCount,
    hparam.validation_fraction,
    deriveSeed(input.seed, 2),
  )
  requireContrast(matrix.performance, split.training, modelCount, hparam)
  const clustering = kMeans(
    hparam.cluster_features === 'scores'
      ? scoreFeatures(matrix.performance, split.training, modelCount)
      : embeddingFeatures(embeddings, split.training, dimension),
    hparam.cluster_features === 'scores' ? modelCount : dimension,
    hparam.n_clusters,
    deriveSeed(input.seed, 5),
  )
  const stack = (rows: Int32Array): Float32Array => {
    const stacked = new Float32Array(rows.length * dimension)
    rows.forEach((query, row) => stacked.set(embeddings[query] ?? [], row * dimension))
    return stacked
  }
  const {tf} = await initialiseTensorFlow()
  const validationRows = split.validation.length > 0 ? split.validation : split.training
  const validationInputs = tf.tensor2d(stack(validationRows), [validationRows.length, dimension])
  let created: RouterDCModel | undefined
  try {
    const model = createRouterDCModel(tf, {
      hparam,
      inputDimension: dimension,
      modelCount,
      seed: deriveSeed(input.seed, 1),
    })
    created = model
    const random = createSeededRandom(deriveSeed(input.seed, 4))
    const batches: ExampleBatches<DCBatch> = {
      exampleCount: split.training.length,
      batchSize: hparam.batch_size,
      select: (indices) => {
        const queries = Array.from(indices, (index) => split.training[index] ?? 0)
        const size = indices.length
        const masks = sampleLLMMasks(matrix.performance, queries, modelCount, {
          topK: hparam.top_k,
          lastK: hparam.last_k,
          random,
        })
        const clusters = Array.from(indices, (index) => clustering.assignments[index] ?? 0)
        const pairs = clusterPairs(clusters, hparam.H, random)
        return {
          // Stacked here, not gathered from a tensor: a recorded gather copies its whole table.
          inputs: tf.tensor2d(stack(Int32Array.from(queries)), [size, dimension]),
          positives: tf.tensor2d(masks.positives, [size, modelCount]),
          negatives: tf.tensor2d(masks.negatives, [size, modelCount]),
          pairPositives: tf.tensor2d(pairs.positives, [size, size]),
          pairNegatives: tf.tensor2d(pairs.negatives, [size, size]),
          anchors: tf.tensor1d(pairs.anchors),
        }
      },
    }
    const validationMasks = sampleLLMMasks(matrix.performance, validationRows, modelCount, {
      topK: hparam.top_k,
      lastK: hparam.last_k,
      random: createSeededRandom(deriveSeed(input.seed, 6)),
    })
    const validationScores = (): Float32Array =>
      tf.tidy(() => model.scores(model.project(validationInputs)).dataSync() as Float32Array)
    const validate =
      hparam.checkpoint_metric === 'performance'
        ? () =>
            meanPickedOutcome(validationScores(), matrix.performance, validationRows, modelCount)
        : () =>
            tf.tidy(() => {
              const rows = validationRows.length
              const loss = model.sampleLLMLoss(
                model.scores(model.project(validationInputs)),
                tf.tensor2d(validationMasks.positives, [rows, modelCount]),
                tf.tensor2d(validationMasks.negatives, [rows, modelCount]),
              )
              return loss.dataSync()[0] ?? Number.NaN
            })
    // Limitation: the checkpoint is chosen once per epoch, where Python evaluates every
    // eval_steps steps; on small data an epoch is only a few steps, so little is lost.
    const history = await trainModel<DCBatch>({
      parameters: model.parameters,
      loss: (batch) => {
        const states = model.project(batch.inputs)
        const sampleLoss = model.sampleLLMLoss(
          model.scores(states),
          batch.positives,
          batch.negatives,
        )
        if (hparam.cluster_loss_weight === 0) return sampleLoss
        const clusterLoss = model.clusterLoss(
          states,
          batch.pairPositives,
          batch.pairNegatives,
          batch.anchors,
        )
        return tf.add(sampleLoss, tf.mul(clusterLoss, hparam.cluster_loss_weight))
      },
      batches,
      epochs: hparam.epochs,
      optimizer: {
        kind: 'adamw',
        learningRate: hparam.learning_rate,
        weightDecay: hparam.weight_decay,
      },
      seed: deriveSeed(input.seed, 3),
      validation: validate,
      validationDirection:
        hparam.checkpoint_metric === 'performance' ? 'higher-is-better' : 'lower-is-better',
      patience: hparam.patience,
    })
    const {arrays, shapes} = await exportNamedTensors(model.parameters)
    const weights = readRouterDCWeights(arrays, hparam, modelCount)
    const calibrationScores = similarityScores(
      weights,
      stack(validationRows),
      validationRows.length,
    )
    const calibration = fitCalibrationOnRows(
      hparam.calibration,
      calibrationScores,
      matrix.performance,
      validationRows,
      modelCount,
    )
    debug(
      'trained for %d epochs (best %s, validation %s) in %ss',
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
        clusters: clustering.clusterCount,
        epochs: history.epochs.length,
        ...(history.bestEpoch === undefined ? {} : {bestEpoch: history.bestEpoch}),
        ...(history.bestValidation === undefined
          ? {}
          : {[`validation_${hparam.checkpoint_metric}`]: history.bestValidation}),
        trainingLoss: history.epochs.at(-1)?.trainingLoss ?? Number.NaN,
        seconds: history.seconds,
      },
    }
  } finally {
    validationInputs.dispose()
    created?.dispose()
  }
}

/** Refuses data where no training query has both a positive and a negative model. */
function requireContrast(
  performance: Float32Array,
  rows: Int32Array,
  modelCount: number,
  hparam: RouterDCHparam,
): void {
  const masks = sampleLLMMasks(performance, rows, modelCount, {
    topK: hparam.top_k,
    lastK: hparam.last_k,
    random: createSeededRandom(0),
  })
  const contrasted = rows.some((_, row) => {
    let positive = false
    let negative = false
    for (let model = 0; model < modelCount; model++) {
      positive ||= masks.positives[row * modelCount + model] === 1
      negative ||= masks.negatives[row * modelCount + model] === 1
    }
    return positive && negative
  })
  if (!contrasted) {
    throw new UserError(
      'routerdc found no training query where one model scored above 0 and another 0.5 or less.',
      {
        code: 'DATA_INVALID',
        suggestions: ['Train it on data where the models disagree, or pick another router.'],
      },
    )
  }
}
