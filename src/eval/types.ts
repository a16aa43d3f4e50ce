/** One λ setting of a router's sweep: the model it picked for every test query. */
export interface RouterRunPoint {
  /** Willingness to pay, in quality per USD; finite and ≥ 0. */
  readonly lambda: number
  /** Model index (into `EvaluationInput.models`) picked for each test query, in query order. */
  readonly choices: Int32Array
}

/** Everything one router decided over the test split, one entry per λ. */
export interface RouterRun {
  /** Router id as the registry spells it; unique within one evaluation. */
  readonly router: string
  /** True when the router scores every candidate (its λ sweep traces a curve). */
  readonly scoring: boolean
  /** One entry per λ, in any order; the report sorts them by λ. */
  readonly points: readonly RouterRunPoint[]
}

/** What `evaluateRouters` needs: the test outcome matrix and every router's choices. */
export interface EvaluationInput {
  /** Dataset name, printed in every report. */
  readonly dataset: string
  /** Candidate model names; column order of the matrices. */
  readonly models: readonly string[]
  /** Task name of each test query. */
  readonly tasks: readonly string[]
  /** Test outcomes, queries × models row-major; NaN is a missing cell. */
  readonly performance: Float32Array
  /** Realised cost in USD of each cell, queries × models row-major; finite and ≥ 0. */
  readonly cost: Float64Array
  /** Where the costs come from, e.g. "estimated: list price × estimated tokens". */
  readonly costDescription: string
  /** Mean performance of each model on the training split; picks the best single model. */
  readonly trainMeanPerformance: Float64Array
  /** The routers to evaluate. */
  readonly runs: readonly RouterRun[]
  /** Seed of the bootstrap resampling. */
  readonly seed: number
  /** Bootstrap resamples of the queries, e.g. 1000; 0 turns intervals off. */
  readonly bootstrapSamples: number
  /** Tags printed by every output, e.g. `['simulated']`; added when the dataset name says so. */
  readonly labels?: readonly string[]
}

/** A two-sided interval; `low ≤ high`. */
export interface ConfidenceInterval {
  readonly low: number
  readonly high: number
}

/** Mean outcome on the queries of one task. */
export interface TaskMetrics {
  readonly task: string
  readonly queryCount: number
  readonly meanPerformance: number
  /** Mean USD per query. */
  readonly meanCost: number
  /** Picks of missing cells among this task's queries (expected count for `random`). */
  readonly missingPicks: number
}

/** The outcome of one way of picking a model for every test query. */
export interface PointMetrics {
  /** Mean performance per query; a pick of a missing cell scores 0. */
  readonly meanPerformance: number
  /** Mean USD per query. */
  readonly meanCost: number
  /** USD over the whole test split. */
  readonly totalCost: number
  /** Bootstrap interval of `meanPerformance`, or null when bootstrapping is off. */
  readonly performanceInterval: ConfidenceInterval | null
  /** Bootstrap interval of `meanCost`, or null when bootstrapping is off. */
  readonly costInterval: ConfidenceInterval | null
  /** Share of queries sent to each model, in `EvaluationReport.models` order; sums to 1. */
  readonly distribution: number[]
  /** Shannon entropy of `distribution`, in bits. */
  readonly entropyBits: number
  /** How many picks landed on a missing cell (expected count for `random`). */
  readonly missingPicks: number
  /** The same figures per task, sorted by task name. */
  readonly tasks: TaskMetrics[]
}

/** One λ point of a router's sweep. */
export interface RouterPoint extends PointMetrics {
  readonly lambda: number
  /** No other point of this router is at least as cheap and as good, and better in one. */
  readonly onPareto: boolean
  /** The point is a vertex of the router's upper-left convex hull. */
  readonly onHull: boolean
}

/** A vertex of a cost–quality hull. */
export interface HullVertex {
  /** Mean USD per query. */
  readonly cost: number
  readonly performance: number
  /** Index into the router's `points`, or null when the vertex is a single model. */
  readonly pointIndex: number | null
  /** Name of the single model at this vertex, or null when it is a router point. */
  readonly model: string | null
}

/** Figures read off a cost–quality curve; see `EvaluationReport.definitions`. */
export interface CurveSummary {
  /** Upper-left convex hull of the curve's own points, cheapest first. */
  readonly hull: HullVertex[]
  /** Upper-left convex hull of the curve's points together with every single model. */
  readonly aiqHull: HullVertex[]
  /** Average improvement in quality over `aiqHull`. */
  readonly aiq: number
  /** Hull performance at the best single model's cost minus its performance; null off the hull. */
  readonly gainAtBestSingleCost: number | null
  /** 1 − (cheapest hull cost reaching best single's performance) / its cost; null if unreached. */
  readonly costSavedAtBestSingleQuality: number | null
}

/** Who is strong and who is weak when the dataset has exactly two models. */
export interface TwoModelSetup {
  /** The model with the higher training mean (first on ties). */
  readonly strongModel: string
  readonly weakModel: string
  /** Test performance of always calling the strong model. */
  readonly strongPerformance: number
  /** Test performance of always calling the weak model. */
  readonly weakPerformance: number
}

/** RouteLLM's metrics for a two-model router; null figures when the test gap is not positive. */
export interface TwoModelMetrics {
  /** Average performance gap recovered: ∫ PGR over the strong model's call share, 0..1. */
  readonly apgr: number | null
  /** Call share of the strong model needed to recover 50% of the gap. */
  readonly cpt50: number | null
  /** Call share of the strong model needed to recover 80% of the gap. */
  readonly cpt80: number | null
  /** The PGR curve the figures integrate, anchors included, by increasing strong share. */
  readonly curve: {readonly strongShare: number; readonly pgr: number}[]
}

/** Everything measured for one router. */
export interface RouterEvaluation {
  readonly router: string
  readonly scoring: boolean
  /** One entry per λ, sorted by λ ascending. */
  readonly points: RouterPoint[]
  /** Indices of the non-dominated points, cheapest first. */
  readonly paretoIndices: number[]
  readonly curve: CurveSummary
  /** Index of the point with the best performance (cheapest, then lowest λ, on ties). */
  readonly bestPerformanceIndex: number
  /** Index of the cheapest point performing at least as well as the best single model. */
  readonly matchesBestSingleIndex: number | null
  /** Present when the dataset has exactly two models. */
  readonly twoModel: TwoModelMetrics | null
}

/** A single model called for every test query. */
export interface SingleModelEvaluation extends PointMetrics {
  readonly model: string
  /** Mean performance on the training split, or null when the split has none for the model. */
  readonly trainMeanPerformance: number | null
}

/** Reference points computed exactly from the test matrix. */
export interface EvaluationBaselines {
  /** Per query the best performance, cheapest on ties. */
  readonly oracle: PointMetrics
  /** The model with the best training mean, evaluated on test. */
  readonly bestSingle: SingleModelEvaluation
  /** Expected outcome of a uniform random pick per query. */
  readonly random: PointMetrics
  /** Every model alone, in `models` order. */
  readonly singleModels: SingleModelEvaluation[]
  /** Convex combinations of single models (randomised mixing, no routing). */
  readonly zeroRouter: CurveSummary
}

/** The exact definitions behind every figure, so a JSON reader needs no other document. */
export interface MetricDefinitions {
  readonly missingCells: string
  readonly intervals: string
  readonly oracle: string
  readonly bestSingle: string
  readonly random: string
  readonly pareto: string
  readonly hull: string
  readonly aiq: string
  readonly gainAtBestSingleCost: string
  readonly costSavedAtBestSingleQuality: string
  readonly zeroRouter: string
  readonly apgr: string
  readonly cpt: string
}

/** The result of a replay evaluation; plain JSON (no NaN, no typed arrays). */
export interface EvaluationReport {
  /** Bumped when a field changes meaning or is removed. */
  readonly reportVersion: 1
  readonly dataset: string
  /** Tags every output prints, e.g. `simulated`. */
  readonly labels: string[]
  readonly models: string[]
  /** Distinct task names, sorted. */
  readonly tasks: string[]
  readonly queryCount: number
  readonly costDescription: string
  readonly seed: number
  readonly bootstrapSamples: number
  /** Coverage of every interval in the report. */
  readonly confidenceLevel: number
  readonly definitions: MetricDefinitions
  readonly baselines: EvaluationBaselines
  /** Present when the dataset has exactly two models. */
  readonly twoModel: TwoModelSetup | null
  readonly routers: RouterEvaluation[]
}
