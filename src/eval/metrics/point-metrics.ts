import type {TaskMetrics} from '../types.js'

/** The test matrix as the kernels read it; built once per evaluation. */
export interface OutcomeView {
  readonly queryCount: number
  readonly modelCount: number
  /** queries × models; NaN is a missing cell. */
  readonly performance: Float32Array
  /** queries × models, USD. */
  readonly cost: Float64Array
  /** Index into `taskNames` of each query. */
  readonly taskIndex: Int32Array
  /** Distinct task names, sorted. */
  readonly taskNames: readonly string[]
}

/** Per-query outcome of one way of picking models; reused across points to spare allocations. */
export interface QueryOutcomes {
  /** Performance per query, missing cells scored 0. */
  readonly performance: Float64Array
  readonly cost: Float64Array
  /** 1 where the pick is a missing cell (a probability for the random baseline). */
  readonly missing: Float64Array
  /** Share of queries per model. */
  readonly distribution: Float64Array
}

/** The figures of `PointMetrics` that don't need resampling. */
export interface PointSummary {
  readonly meanPerformance: number
  readonly meanCost: number
  readonly totalCost: number
  readonly distribution: number[]
  readonly entropyBits: number
  readonly missingPicks: number
  readonly tasks: TaskMetrics[]
}

/**
 * Allocates per-query buffers for one evaluation.
 * @param view - The test matrix.
 * @returns Zeroed buffers.
 */
export function createQueryOutcomes(view: OutcomeView): QueryOutcomes {
  return {
    performance: new Float64Array(view.queryCount),
    cost: new Float64Array(view.queryCount),
    missing: new Float64Array(view.queryCount),
    distribution: new Float64Array(view.modelCount),
  }
}

/**
 * Reads the outcome of a pick per query; a missing cell scores 0 and is flagged.
 * @param view - The test matrix.
 * @param choices - Model index per query, already validated.
 * @param outcomes - Receives the per-query outcome; overwritten.
 */
export function readChoices(view: OutcomeView, choices: Int32Array, outcomes: QueryOutcomes): void {
  const {modelCount, queryCount} = view
  outcomes.distribution.fill(0)
  for (let query = 0; query < queryCount; query += 1) {
    const model = choices[query]!
    const cell = query * modelCount + model
    const performance = view.performance[cell]!
    const missing = Number.isNaN(performance)
    outcomes.performance[query] = missing ? 0 : performance
    outcomes.cost[query] = view.cost[cell]!
    outcomes.missing[query] = missing ? 1 : 0
    outcomes.distribution[model]! += 1
  }
  for (let model = 0; model < modelCount; model += 1) outcomes.distribution[model]! /= queryCount
}

/**
 * Picks per query the model with the best performance (missing cells count as 0), the cheapest
 * on ties, then the lowest index.
 * @param view - The test matrix.
 * @returns The oracle's choices.
 */
export function oracleChoices(view: OutcomeView): Int32Array {
  const {modelCount, queryCount} = view
  const choices = new Int32Array(queryCount)
  for (let query = 0; query < queryCount; query += 1) {
    let bestModel = 0
    let bestPerformance = -Infinity
    let bestCost = Infinity
    for (let model = 0; model < modelCount; model += 1) {
      const cell = query * modelCount + model
      const raw = view.performance[cell]!
      const performance = Number.isNaN(raw) ? 0 : raw
      const cost = view.cost[cell]!
      if (performance > bestPerformance || (performance === bestPerformance && cost < bestCost)) {
        bestModel = model
        bestPerformance = performance
        bestCost = cost
      }
    }
    choices[query] = bestModel
  }
  return choices
}

/**
 * Computes the expected outcome of picking a model uniformly at random for every query.
 * @param view - The test matrix.
 * @param outcomes - Receives expected performance, cost and missing-pick probability per query.
 */
export function readUniformPick(view: OutcomeView, outcomes: QueryOutcomes): void {
  const {modelCount, queryCount} = view
  outcomes.distribution.fill(1 / modelCount)
  for (let query = 0; query < queryCount; query += 1) {
    let performance = 0
    let cost = 0
    let missing = 0
    for (let model = 0; model < modelCount; model += 1) {
      const cell = query * modelCount + model
      const raw = view.performance[cell]!
      if (Number.isNaN(raw)) missing += 1
      else performance += raw
      cost += view.cost[cell]!
    }
    outcomes.performance[query] = performance / modelCount
    outcomes.cost[query] = cost / modelCount
    outcomes.missing[query] = missing / modelCount
  }
}

function entropyInBits(distribution: Float64Array): number {
  let entropy = 0
  for (const share of distribution) {
    if (share > 0) entropy -= share * Math.log2(share)
  }
  return entropy === 0 ? 0 : entropy
}

/**
 * Summarises per-query outcomes: means, total, routing distribution and its entropy, missing
 * picks, and the same per task.
 * @param view - The test matrix.
 * @param outcomes - Per-query outcome of one way of picking.
 * @returns The summary, as plain numbers and arrays.
 */
export function summariseOutcomes(view: OutcomeView, outcomes: QueryOutcomes): PointSummary {
  const {queryCount, taskIndex, taskNames} = view
  const taskCount = taskNames.length
  const taskPerformance = new Float64Array(taskCount)
  const taskCost = new Float64Array(taskCount)
  const taskMissing = new Float64Array(taskCount)
  const taskQueries = new Int32Array(taskCount)
  let performance = 0
  let cost = 0
  let missing = 0
  for (let query = 0; query < queryCount; query += 1) {
    const task = taskIndex[query]!
    performance += outcomes.performance[query]!
    cost += outcomes.cost[query]!
    missing += outcomes.missing[query]!
    taskPerformance[task]! += outcomes.performance[query]!
    taskCost[task]! += outcomes.cost[query]!
    taskMissing[task]! += outcomes.missing[query]!
    taskQueries[task]! += 1
  }
  const tasks = taskNames.map((task, index) => ({
    task,
    queryCount: taskQueries[index]!,
    meanPerformance: taskPerformance[index]! / taskQueries[index]!,
    meanCost: taskCost[index]! / taskQueries[index]!,
    missingPicks: taskMissing[index]!,
  }))
  return {
    meanPerformance: performance / queryCount,
    meanCost: cost / queryCount,
    totalCost: cost,
    distribution: Array.from(outcomes.distribution),
    entropyBits: entropyInBits(outcomes.distribution),
    missingPicks: missing,
    tasks,
  }
}
