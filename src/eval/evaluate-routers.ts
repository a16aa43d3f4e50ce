import {BugError} from '../errors/index.js'
import {describeMetrics} from './definitions.js'
import {findPointIndex} from './find-point.js'
import {createBootstrapWeights} from './metrics/bootstrap.js'
import {summariseCurve} from './metrics/curve-summary.js'
import {paretoFrontIndices} from './metrics/hull.js'
import {
  createQueryOutcomes,
  oracleChoices,
  readChoices,
  readUniformPick,
} from './metrics/point-metrics.js'
import type {OutcomeView, QueryOutcomes} from './metrics/point-metrics.js'
import {createSeriesMeter} from './metrics/series-meter.js'
import type {SeriesMeter} from './metrics/series-meter.js'
import {measureTwoModelRouter} from './metrics/two-model.js'
import type {
  EvaluationInput,
  EvaluationReport,
  HullVertex,
  PointMetrics,
  RouterEvaluation,
  RouterRun,
  SingleModelEvaluation,
  TwoModelSetup,
} from './types.js'
import {validateEvaluationInput} from './validate-evaluation-input.js'

const confidenceLevel = 0.95

function buildOutcomeView(input: EvaluationInput): OutcomeView {
  const taskNames = [...new Set(input.tasks)].sort()
  const position = new Map(taskNames.map((task, index) => [task, index]))
  return {
    queryCount: input.tasks.length,
    modelCount: input.models.length,
    performance: input.performance,
    cost: input.cost,
    taskIndex: Int32Array.from(input.tasks, (task) => position.get(task) ?? 0),
    taskNames,
  }
}

function bestTrainedModel(trainMeanPerformance: Float64Array): number {
  let best = -1
  trainMeanPerformance.forEach((mean, model) => {
    const current = best < 0 ? undefined : trainMeanPerformance[best]
    if (Number.isFinite(mean) && (current === undefined || mean > current)) best = model
  })
  return best
}

function vertexOf(point: PointMetrics, pointIndex: number | null, model: string | null) {
  return {cost: point.meanCost, performance: point.meanPerformance, pointIndex, model}
}

interface RouterContext {
  readonly view: OutcomeView
  readonly meter: SeriesMeter
  readonly outcomes: QueryOutcomes
  readonly singleVertices: readonly HullVertex[]
  readonly bestSingle: SingleModelEvaluation
  readonly strongModel: number | null
  readonly twoModel: TwoModelSetup | null
}

function evaluateRouter(run: RouterRun, context: RouterContext): RouterEvaluation {
  const {view, meter, outcomes, bestSingle} = context
  const sweep = [...run.points].sort((left, right) => left.lambda - right.lambda)
  const measured = sweep.map((point, index) => {
    readChoices(view, point.choices, outcomes)
    return {lambda: point.lambda, ...meter.measure(outcomes, {continuesSeries: index > 0})}
  })
  const vertices = measured.map((point, index) => vertexOf(point, index, null))
  const paretoIndices = paretoFrontIndices(vertices)
  const curve = summariseCurve(vertices, context.singleVertices, vertexOf(bestSingle, null, null))
  const pareto = new Set(paretoIndices)
  const hull = new Set(curve.hull.map((vertex) => vertex.pointIndex))
  const points = measured.map(({lambda, ...metrics}, index) => ({
    lambda,
    onPareto: pareto.has(index),
    onHull: hull.has(index),
    ...metrics,
  }))
  const matches = findPointIndex(points, {minPerformance: bestSingle.meanPerformance})
  const {strongModel, twoModel} = context
  return {
    router: run.router,
    scoring: run.scoring,
    points,
    paretoIndices,
    curve,
    bestPerformanceIndex: findPointIndex(points, {prefer: 'best-performance'}),
    matchesBestSingleIndex: matches < 0 ? null : matches,
    twoModel:
      strongModel === null || twoModel === null
        ? null
        : measureTwoModelRouter(
            points.map((point) => ({
              strongShare: point.distribution[strongModel] ?? 0,
              performance: point.meanPerformance,
            })),
            twoModel.weakPerformance,
            twoModel.strongPerformance,
          ),
  }
}

function reportLabels(input: EvaluationInput): string[] {
  const labels = [...(input.labels ?? [])]
  if (/simulated/i.test(input.dataset) && !labels.includes('simulated')) labels.push('simulated')
  return labels
}

/**
 * Replays every router's choices against the test outcomes and measures them against exact
 * baselines: per λ point the mean performance and cost with bootstrap intervals, the routing
 * distribution, missing-cell picks and a per-task breakdown; per router the Pareto front, convex
 * hull, AIQ, gain and cost saved against the best single model, and APGR/CPT on two-model data.
 * @param input - Test matrix, costs, training means and every router's choices per λ.
 * @returns A JSON-serialisable report; `report.definitions` states what each figure means.
 * @throws {UserError} When the data or a router's choices can't be evaluated (see
 *   `validateEvaluationInput`).
 * @throws {BugError} When the arrays' shapes disagree.
 */
export function evaluateRouters(input: EvaluationInput): EvaluationReport {
  validateEvaluationInput(input)
  const view = buildOutcomeView(input)
  const weights =
    input.bootstrapSamples > 0
      ? createBootstrapWeights(view.queryCount, input.bootstrapSamples, input.seed)
      : null
  const meter = createSeriesMeter(view, weights, confidenceLevel)
  const outcomes = createQueryOutcomes(view)

  const singleModels = input.models.map((model, index) => {
    readChoices(view, new Int32Array(view.queryCount).fill(index), outcomes)
    const trainMean = input.trainMeanPerformance[index] ?? Number.NaN
    return {
      model,
      trainMeanPerformance: Number.isFinite(trainMean) ? trainMean : null,
      ...meter.measure(outcomes, {keepAsAnchor: true}),
    }
  })
  const bestIndex = bestTrainedModel(input.trainMeanPerformance)
  const bestSingle = singleModels[bestIndex]
  if (!bestSingle) throw new BugError('No best single model although validation found one.')
  const singleVertices = singleModels.map((single) => vertexOf(single, null, single.model))
  readChoices(view, oracleChoices(view), outcomes)
  const oracle = meter.measure(outcomes)
  readUniformPick(view, outcomes)
  const random = meter.measure(outcomes)

  const weak = singleModels[1 - bestIndex]
  const twoModel: TwoModelSetup | null =
    singleModels.length === 2 && weak
      ? {
          strongModel: bestSingle.model,
          weakModel: weak.model,
          strongPerformance: bestSingle.meanPerformance,
          weakPerformance: weak.meanPerformance,
        }
      : null
  const context: RouterContext = {
    view,
    meter,
    outcomes,
    singleVertices,
    bestSingle,
    strongModel: twoModel ? bestIndex : null,
    twoModel,
  }
  return {
    reportVersion: 1,
    dataset: input.dataset,
    labels: reportLabels(input),
    models: [...input.models],
    tasks: [...view.taskNames],
    queryCount: view.queryCount,
    costDescription: input.costDescription,
    seed: input.seed,
    bootstrapSamples: input.bootstrapSamples,
    confidenceLevel,
    definitions: describeMetrics(confidenceLevel, input.bootstrapSamples, input.seed),
    baselines: {
      oracle,
      bestSingle,
      random,
      singleModels,
      zeroRouter: summariseCurve(singleVertices, singleVertices, vertexOf(bestSingle, null, null)),
    },
    twoModel,
    routers: input.runs.map((run) => evaluateRouter(run, context)),
  }
}
