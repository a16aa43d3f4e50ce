import type {Tensor} from '@tensorflow/tfjs-core'
import createDebug from 'debug'

import {predictQueryCosts} from '../../data/cost-model.js'
import type {OutcomeMatrix} from '../../data/types.js'
import {UserError} from '../../errors/index.js'
import {
  createExampleBatches,
  deriveSeed,
  exportNamedTensors,
  initialiseTensorFlow,
  trainModel,
} from '../../ml/index.js'
import type {TrainingHistory} from '../../ml/index.js'
import {requireTrainingEmbeddings} from '../embed-router-queries.js'
import {meanPerformanceByModel} from '../fixed/fixed-choice-router.js'
import {splitForValidation} from '../mlp/math/training-examples.js'
import {scoreEmbeddings} from '../mlp/mlp-batch-forward.js'
import {createMLPModel} from '../mlp/mlp-model.js'
import type {MLPModel} from '../mlp/mlp-model.js'
import type {RouterTrainingInput, RouterTrainingResult} from '../router-definition.js'
import type {HybridLLMHparam} from './hybrid-llm-config.js'
import {hybridLLMHparamSchema} from './hybrid-llm-config.js'
import {fitGapCalibration, thresholdForLargeShare} from './math/gap-calibration.js'
import type {ModelPair} from './math/pair-selection.js'
import {chooseModelPair} from './math/pair-selection.js'
import {routerLabels} from './math/router-labels.js'
import {readRegressorNetwork, regressorSettings} from './regressor-network.js'

const debug = createDebug('llmrouter:routers:hybrid-llm')

type ExampleBatch = Record<'inputs' | 'targets' | 'mask', Tensor>

/** The training queries where both models of the pair have an outcome. */
interface PairExamples {
  readonly inputs: Float32Array
  readonly gaps: Float32Array
  readonly rowCount: number
}

/**
 * Trains hybrid_llm. It chooses the small/large pair (see `chooseModelPair`), labels every
 * training query where both have an outcome by `router_mode`, and fits an MLP regressor from
 * the query embedding to the label with Adam and early stopping on a seeded held-out split.
 * On that split it then fits, by isotonic regression, the expected quality gap q_S − q_L as a
 * non-decreasing function of the score, which turns the score into a predicted quality for
 * both models, and places the threshold for `target_large_share` when one is set.
 * @param input - Training split, embeddings, hyper-parameters and seed.
 * @returns The regressor's weights, the gap calibration and the pair.
 */
export async function trainHybridLLMRouter(
  input: RouterTrainingInput,
): Promise<RouterTrainingResult> {
  const hparam = hybridLLMHparamSchema.parse(input.hparam)
  const {matrix} = input
  const {embeddings, dimension} = requireTrainingEmbeddings(
    'hybrid_llm',
    input.embeddings,
    matrix.queries.length,
  )
  const meanPerformance = meanPerformanceByModel(matrix)
  const meanCost = meanCostByModel(input)
  const pair = chooseModelPair({models: matrix.models, meanPerformance, meanCost, hparam})
  const examples = pairExamples(matrix, embeddings, pair, dimension)
  const {labels, shift} = routerLabels(examples.gaps, hparam.router_mode, hparam.router_tau)
  const split = splitForValidation(
    examples.rowCount,
    hparam.validation_fraction,
    deriveSeed(input.seed, 2),
  )
  const {arrays, shapes, history} = await fitRegressor(hparam, examples, labels, split, input.seed)
  const network = readRegressorNetwork(arrays, shapes, hparam)
  // Calibrate on held-out queries: the training ones would flatter the regressor.
  const calibrationRows = split.validation.length > 0 ? split.validation : split.training
  const scores = await scoreEmbeddings(
    network,
    gatherRows(examples.inputs, calibrationRows, dimension),
    calibrationRows.length,
  )
  const calibration = fitGapCalibration(scores, gatherRows(examples.gaps, calibrationRows, 1))
  const threshold =
    hparam.target_large_share === null
      ? hparam.router_threshold
      : thresholdForLargeShare(scores, hparam.target_large_share)
  const names = matrix.models.map((model) => model.name)
  debug(
    'pair %s (%s) / %s (%s); %d epochs; threshold %s',
    names[pair.small],
    pair.smallBasis,
    names[pair.large],
    pair.largeBasis,
    history.epochs.length,
    threshold.toFixed(4),
  )
  return {
    state: {
      dimension,
      shapes,
      pair: {
        small: names[pair.small],
        large: names[pair.large],
        smallBasis: pair.smallBasis,
        largeBasis: pair.largeBasis,
      },
      largeMeanPerformance: meanPerformance[pair.large] ?? 0,
      smallMeanPerformance: meanPerformance[pair.small] ?? 0,
      labelShift: shift,
      threshold,
    },
    arrays: {
      ...arrays,
      'calibration.scores': calibration.scores,
      'calibration.gaps': calibration.gaps,
    },
    metrics: {
      trainingQueries: split.training.length,
      validationQueries: split.validation.length,
      epochs: history.epochs.length,
      ...(history.bestEpoch === undefined ? {} : {bestEpoch: history.bestEpoch}),
      ...(history.bestValidation === undefined ? {} : {validationLoss: history.bestValidation}),
      trainingLoss: history.epochs.at(-1)?.trainingLoss ?? Number.NaN,
      positiveLabelShare: mean(labels),
      calibrationKnots: calibration.scores.length,
    },
  }
}

async function fitRegressor(
  hparam: HybridLLMHparam,
  examples: PairExamples,
  labels: Float32Array,
  split: {training: Int32Array; validation: Int32Array},
  seed: number,
): Promise<{
  arrays: Record<string, Float32Array | Int32Array>
  shapes: Readonly<Record<string, readonly number[]>>
  history: TrainingHistory
}> {
  const dimension = examples.inputs.length / Math.max(examples.rowCount, 1)
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
                const loss = model.loss(
                  model.logits(validation.inputs),
                  validation.targets,
                  validation.mask,
                )
                return loss.dataSync()[0] ?? Number.NaN
              }),
            patience: hparam.n_iter_no_change,
          }
        : {}),
    })
    const {arrays, shapes} = await exportNamedTensors(model.parameters)
    return {arrays: {...arrays}, shapes, history}
  } finally {
    tf.dispose([...Object.values(training), ...Object.values(validation)])
    created?.dispose()
  }
}

/** Mean predicted cost of each candidate over the training queries, as the router will see it. */
function meanCostByModel(input: RouterTrainingInput): number[] {
  const totals = new Float64Array(input.matrix.models.length)
  for (const query of input.matrix.queries) {
    predictQueryCosts(input.costModel, query.text).forEach((cost, model) => {
      totals[model] = (totals[model] ?? 0) + cost
    })
  }
  const count = Math.max(input.matrix.queries.length, 1)
  return Array.from(totals, (total) => total / count)
}

function pairExamples(
  matrix: OutcomeMatrix,
  embeddings: readonly Float32Array[],
  pair: ModelPair,
  dimension: number,
): PairExamples {
  const modelCount = matrix.models.length
  const usable: number[] = []
  const gaps: number[] = []
  matrix.queries.forEach((_, query) => {
    const small = matrix.performance[query * modelCount + pair.small] ?? Number.NaN
    const large = matrix.performance[query * modelCount + pair.large] ?? Number.NaN
    if (Number.isNaN(small) || Number.isNaN(large)) return
    usable.push(query)
    gaps.push(small - large)
  })
  if (usable.length === 0) {
    const names = `${matrix.models[pair.small]?.name} and ${matrix.models[pair.large]?.name}`
    throw new UserError(`hybrid_llm found no training query with outcomes for both ${names}.`, {
      code: 'DATA_INVALID',
      suggestions: ['Name a pair with outcomes on the same queries (hparam.small_llm, large_llm).'],
    })
  }
  const inputs = new Float32Array(usable.length * dimension)
  usable.forEach((query, row) => inputs.set(embeddings[query] ?? [], row * dimension))
  return {inputs, gaps: Float32Array.from(gaps), rowCount: usable.length}
}

function gatherRows(values: Float32Array, rows: Int32Array, width: number): Float32Array {
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
