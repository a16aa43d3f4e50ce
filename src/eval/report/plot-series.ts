import type {EvaluationReport, HullVertex, PointMetrics} from '../types.js'

/** A point as plotted: cost per 1k queries (USD) and mean performance. */
export interface PlotPoint {
  readonly cost: number
  readonly performance: number
}

/** One router's curve as plotted. */
export interface RouterSeries {
  readonly name: string
  readonly points: PlotPoint[]
  readonly hull: PlotPoint[]
}

/** A single point with a name: a single model, the oracle, random. */
export interface NamedPoint extends PlotPoint {
  readonly name: string
}

/** Everything a cost–quality plot shows. */
export interface PlotData {
  readonly routers: RouterSeries[]
  readonly singleModels: (NamedPoint & {readonly bestSingle: boolean})[]
  readonly oracle: NamedPoint
  readonly random: NamedPoint
  /** Hull of the single models: mixing them without routing. */
  readonly zeroRouterHull: PlotPoint[]
}

const perThousand = 1000

function plotPoint(point: PointMetrics): PlotPoint {
  return {cost: point.meanCost * perThousand, performance: point.meanPerformance}
}

function plotVertex(vertex: HullVertex): PlotPoint {
  return {cost: vertex.cost * perThousand, performance: vertex.performance}
}

/**
 * Gathers what a cost–quality plot shows, with costs per 1k queries.
 * @param report - The report.
 * @returns Router curves and hulls, single models, oracle, random and the zero-router hull.
 */
export function collectPlotData(report: EvaluationReport): PlotData {
  const {baselines} = report
  return {
    routers: report.routers.map((router) => ({
      name: router.router,
      points: router.points.map(plotPoint),
      hull: router.curve.hull.map(plotVertex),
    })),
    singleModels: baselines.singleModels.map((single) => ({
      name: single.model,
      bestSingle: single.model === baselines.bestSingle.model,
      ...plotPoint(single),
    })),
    oracle: {name: 'oracle', ...plotPoint(baselines.oracle)},
    random: {name: 'random', ...plotPoint(baselines.random)},
    zeroRouterHull: baselines.zeroRouter.hull.map(plotVertex),
  }
}

/**
 * Lists every point of a plot, for fitting the axes.
 * @param data - The plot's data.
 * @returns Router points and hulls, single models, oracle and random.
 */
export function allPlotPoints(data: PlotData): PlotPoint[] {
  return [
    ...data.routers.flatMap((router) => [...router.points, ...router.hull]),
    ...data.singleModels,
    data.oracle,
    data.random,
  ]
}

/**
 * Adds points along each segment of a path, evenly in cost, so a path that is straight in
 * linear cost is drawn bent as it should be on a log axis.
 * @param path - The path, e.g. a hull.
 * @param pieces - Pieces each segment is cut into.
 * @returns The denser path; the original vertices are kept.
 */
export function densifyPath(path: readonly PlotPoint[], pieces: number): PlotPoint[] {
  const dense: PlotPoint[] = []
  path.forEach((point, index) => {
    const previous = path[index - 1]
    if (previous) {
      for (let piece = 1; piece < pieces; piece += 1) {
        const fraction = piece / pieces
        dense.push({
          cost: previous.cost + fraction * (point.cost - previous.cost),
          performance: previous.performance + fraction * (point.performance - previous.performance),
        })
      }
    }
    dense.push(point)
  })
  return dense
}
