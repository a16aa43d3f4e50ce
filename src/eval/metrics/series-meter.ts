import type {ConfidenceInterval, PointMetrics} from '../types.js'
import {addResampleDeltas, percentileInterval, resampleSums} from './bootstrap.js'
import type {BootstrapWeights, ResampleSums} from './bootstrap.js'
import {summariseOutcomes} from './point-metrics.js'
import type {OutcomeView, QueryOutcomes} from './point-metrics.js'

/** How a measurement relates to earlier ones; it changes speed and last-digit rounding only. */
export interface MeasureOptions {
  /** The outcomes follow the last measured ones in the same λ sweep. */
  readonly continuesSeries?: boolean
  /** Keep these outcomes as a starting point for later series (used for single models). */
  readonly keepAsAnchor?: boolean
}

/** Measures one way of picking after another, reusing resample sums of similar earlier ones. */
export interface SeriesMeter {
  /**
   * Measures per-query outcomes.
   * @param outcomes - The outcomes to measure.
   * @param options - Hints that let the meter start from a similar earlier series.
   * @returns The figures, intervals included.
   */
  measure(outcomes: QueryOutcomes, options?: MeasureOptions): PointMetrics
}

/** Outcomes already measured, with their resample sums. */
interface MeasuredSeries {
  readonly performance: Float64Array
  readonly cost: Float64Array
  readonly sums: ResampleSums
}

function countDifferences(from: MeasuredSeries, to: QueryOutcomes, limit: number): number {
  let differences = 0
  for (let query = 0; query < to.performance.length && differences < limit; query += 1) {
    if (from.performance[query] !== to.performance[query] || from.cost[query] !== to.cost[query]) {
      differences += 1
    }
  }
  return differences
}

function createSeries(queryCount: number, sampleCount: number): MeasuredSeries {
  return {
    performance: new Float64Array(queryCount),
    cost: new Float64Array(queryCount),
    sums: {first: new Float64Array(sampleCount), second: new Float64Array(sampleCount)},
  }
}

function copySeries(from: MeasuredSeries, to: MeasuredSeries): void {
  to.performance.set(from.performance)
  to.cost.set(from.cost)
  to.sums.first.set(from.sums.first)
  to.sums.second.set(from.sums.second)
}

/**
 * Creates a meter over one test matrix. Resample sums of a new series start from the closest
 * earlier one (the previous λ point or a single model) and visit only the queries whose outcome
 * differs, so a λ sweep costs about one full pass plus its changes.
 * @param view - The test matrix.
 * @param weights - Bootstrap resamples, or null to leave intervals out.
 * @param confidenceLevel - Coverage of the intervals.
 * @returns The meter.
 */
export function createSeriesMeter(
  view: OutcomeView,
  weights: BootstrapWeights | null,
  confidenceLevel: number,
): SeriesMeter {
  const {queryCount} = view
  const sampleCount = weights?.sampleCount ?? 0
  const anchors: MeasuredSeries[] = []
  const current = createSeries(queryCount, sampleCount)
  let hasCurrent = false
  const changedQueries = new Int32Array(queryCount)
  const performanceDeltas = new Float64Array(queryCount)
  const costDeltas = new Float64Array(queryCount)

  const updateSums = (
    bootstrap: BootstrapWeights,
    outcomes: QueryOutcomes,
    options: MeasureOptions,
  ) => {
    let base: MeasuredSeries | undefined
    // A full pass visits every query, so a base must differ in fewer to be worth it.
    let fewest = queryCount
    const candidates = options.continuesSeries && hasCurrent ? [current, ...anchors] : anchors
    for (const candidate of candidates) {
      const differences = countDifferences(candidate, outcomes, fewest)
      if (differences < fewest) {
        base = candidate
        fewest = differences
      }
    }
    if (!base) {
      resampleSums(bootstrap, outcomes.performance, outcomes.cost, current.sums)
    } else {
      let changed = 0
      for (let query = 0; query < queryCount; query += 1) {
        const performanceDelta = outcomes.performance[query]! - base.performance[query]!
        const costDelta = outcomes.cost[query]! - base.cost[query]!
        if (performanceDelta === 0 && costDelta === 0) continue
        changedQueries[changed] = query
        performanceDeltas[changed] = performanceDelta
        costDeltas[changed] = costDelta
        changed += 1
      }
      if (base !== current) {
        current.sums.first.set(base.sums.first)
        current.sums.second.set(base.sums.second)
      }
      addResampleDeltas(
        bootstrap,
        changedQueries,
        changed,
        performanceDeltas,
        costDeltas,
        current.sums,
      )
    }
  }

  return {
    measure(outcomes, options = {}) {
      const summary = summariseOutcomes(view, outcomes)
      let performanceInterval: ConfidenceInterval | null = null
      let costInterval: ConfidenceInterval | null = null
      if (weights) {
        updateSums(weights, outcomes, options)
        current.performance.set(outcomes.performance)
        current.cost.set(outcomes.cost)
        hasCurrent = true
        if (options.keepAsAnchor) {
          const anchor = createSeries(queryCount, sampleCount)
          copySeries(current, anchor)
          anchors.push(anchor)
        }
        performanceInterval = percentileInterval(current.sums.first, queryCount, confidenceLevel)
        costInterval = percentileInterval(current.sums.second, queryCount, confidenceLevel)
      }
      // Spelled out so JSON lists each mean next to its interval.
      return {
        meanPerformance: summary.meanPerformance,
        meanCost: summary.meanCost,
        totalCost: summary.totalCost,
        performanceInterval,
        costInterval,
        distribution: summary.distribution,
        entropyBits: summary.entropyBits,
        missingPicks: summary.missingPicks,
        tasks: summary.tasks,
      }
    },
  }
}
