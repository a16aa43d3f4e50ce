import createDebug from 'debug'

import {predictQueryCosts} from '../../data/cost-model.js'
import type {OutcomeMatrix} from '../../data/types.js'
import {UserError} from '../../errors/index.js'
import {requireTrainingEmbeddings} from '../embed-router-queries.js'
import {meanPerformanceByModel} from '../fixed/fixed-choice-router.js'
import type {RouterTrainingInput, RouterTrainingResult} from '../router-definition.js'
import {hybridLLMHparamSchema} from './hybrid-llm-config.js'
import {fitGapCalibration, thresholdForLargeShare} from './math/gap-calibration.js'
import type {ModelPair} from './math/pair-selection.js'
import {chooseModelPair} from './math/pair-selection.js'
import {routerLabels} from './math/router-labels.js'
import {crossFitRegressors, gatherRows} from './regressor-fit.js'

const debug = createDebug('llmrouter:routers:hybrid-llm')

/** The training queries where both models of the pair have an outcome. */
interface PairExamples {
  readonly inputs: Float32Array
  readonly gaps: Float32Array
  readonly rowCount: number
}

/**
 * Trains hybrid_llm. It chooses the small/large pair (see `chooseModelPair`), labels every
 * training query where both have an outcome by `router_mode`, and cross-fits MLP regressors
 * from the query embedding to the label (see `crossFitRegressors`). On their held-out scores it
 * fits, by isotonic regression shrunk toward the mean, the expected quality gap q_S − q_L as a
 * non-decreasing function of the score, which turns the score into a predicted quality for
 * both models, and places the threshold for `target_large_share` when one is set.
 * @param input - Training split, embeddings, hyper-parameters and seed.
 * @returns The regressors' weights, the gap calibration, the pair and the threshold.
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
  const queryCosts = predictTrainingCosts(input)
  const modelCount = matrix.models.length
  const pair = chooseModelPair({
    models: matrix.models,
    meanPerformance,
    meanCost: meanByModel(queryCosts, modelCount),
    outcomes: {
      performance: matrix.performance,
      queryCosts,
      tasks: matrix.queries.map((query) => query.task),
      modelCount,
    },
    hparam,
  })
  const examples = pairExamples(matrix, embeddings, pair, dimension)
  const {labels, shift} = routerLabels(examples.gaps, hparam.router_mode, hparam.router_tau)
  const fitted = await crossFitRegressors(
    hparam,
    {inputs: examples.inputs, labels, rowCount: examples.rowCount, dimension},
    input.seed,
  )
  // Calibrate on held-out scores: the training ones would flatter the regressors.
  const scores = fitted.heldOutScores
  const calibration = fitGapCalibration(
    scores,
    gatherRows(examples.gaps, fitted.heldOutRows, 1),
    hparam.gap_prior_weight,
  )
  const threshold =
    hparam.target_large_share === null
      ? hparam.router_threshold
      : thresholdForLargeShare(scores, hparam.target_large_share)
  const names = matrix.models.map((model) => model.name)
  debug(
    'pair %s (%s) / %s (%s); epochs %s; threshold %s',
    names[pair.small],
    pair.smallBasis,
    names[pair.large],
    pair.largeBasis,
    fitted.histories.map((history) => history.epochs.length).join(', '),
    threshold.toFixed(4),
  )
  return {
    state: {
      dimension,
      shapes: fitted.shapes,
      networkCount: fitted.networkCount,
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
      ...fitted.arrays,
      'calibration.scores': calibration.scores,
      'calibration.gaps': calibration.gaps,
    },
    metrics: {
      pairQueries: examples.rowCount,
      heldOutQueries: fitted.heldOutRows.length,
      regressors: fitted.networkCount,
      meanEpochs: average(fitted.histories.map((history) => history.epochs.length)),
      meanValidationLoss: average(fitted.histories.map((history) => history.bestValidation ?? NaN)),
      positiveLabelShare: average(Array.from(labels)),
      calibrationKnots: calibration.scores.length,
    },
  }
}

/** Each training query's predicted cost per candidate, as the router will predict it. */
function predictTrainingCosts(input: RouterTrainingInput): Float64Array {
  const modelCount = input.matrix.models.length
  const costs = new Float64Array(input.matrix.queries.length * modelCount)
  input.matrix.queries.forEach((query, row) => {
    costs.set(predictQueryCosts(input.costModel, query.text), row * modelCount)
  })
  return costs
}

function meanByModel(values: Float64Array, modelCount: number): number[] {
  const totals = new Float64Array(modelCount)
  values.forEach((value, cell) => {
    totals[cell % modelCount] = (totals[cell % modelCount] ?? 0) + value
  })
  const rows = Math.max(values.length / modelCount, 1)
  return Array.from(totals, (total) => total / rows)
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

function average(values: readonly number[]): number {
  const finite = values.filter((value) => Number.isFinite(value))
  return finite.length > 0 ? finite.reduce((sum, value) => sum + value, 0) / finite.length : NaN
}
