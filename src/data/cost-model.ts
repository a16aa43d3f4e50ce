import {UserError} from '../errors/index.js'
import {CostTally} from './cost-description.js'
import {fitNonNegativeLine} from './matrix/non-negative-line.js'
import type {CostSource, OutcomeMatrix, QueryRecord} from './types.js'

/** Characters per token when none is configured; a common rule of thumb for English text. */
export const defaultCharsPerToken = 4
/** Output tokens per call when a model has no observed output. */
export const defaultOutputTokens = 256

/** A model's recorded costs fitted to query length: cost ≈ intercept + slope × input tokens. */
export interface RecordedCostFit {
  /** USD per call. */
  readonly intercept: number
  /** USD per estimated input token. */
  readonly slope: number
  /** Training cells with a recorded cost the fit used. */
  readonly cells: number
  /** `linear` for a fitted line; `mean` when the lengths didn't vary (slope 0, mean cost). */
  readonly kind: 'linear' | 'mean'
}

/** Where a model's `meanOutputTokens` came from. */
export type OutputTokensSource = 'recorded' | 'responses' | 'default'

/** One candidate's cost parameters. */
export interface ModelCostParameters {
  readonly name: string
  /** USD per million input tokens, or null when unknown. */
  readonly inputPrice: number | null
  /** USD per million output tokens, or null when unknown. */
  readonly outputPrice: number | null
  /** Output tokens assumed per call when a call's own count isn't recorded. */
  readonly meanOutputTokens: number
  readonly outputTokensSource: OutputTokensSource
  /** The fit to recorded costs, when the training data recorded any for this model. */
  readonly recorded: RecordedCostFit | null
}

/** A fitted cost model; plain JSON, stored in router artifacts. */
export interface CostModelParameters {
  readonly charsPerToken: number
  readonly defaultOutputTokens: number
  /** In candidate order. */
  readonly models: readonly ModelCostParameters[]
}

/** Settings of the cost model. */
export interface CostModelOptions {
  /** Characters per estimated token (default 4). */
  readonly charsPerToken?: number
  /** Output tokens per call for a model with no observed output (default 256). */
  readonly defaultOutputTokens?: number
}

/**
 * Estimates a text's token count from its length.
 * @param text - The text.
 * @param charsPerToken - Characters per token.
 * @returns The estimate, rounded up.
 */
export function estimateTokens(text: string, charsPerToken: number): number {
  return Math.ceil(text.length / charsPerToken)
}

/**
 * Fits the cost model on a training split: per model, the mean observed output tokens
 * (recorded counts, else response length ÷ chars per token, else the default), and, where the
 * split records costs, a non-negative line from estimated input tokens to cost.
 * @param matrix - The training split.
 * @param options - Chars per token and default output tokens.
 * @returns The parameters, JSON-serialisable.
 */
export function fitCostModel(
  matrix: OutcomeMatrix,
  options: CostModelOptions = {},
): CostModelParameters {
  const charsPerToken = positiveSetting(
    'charsPerToken',
    options.charsPerToken,
    defaultCharsPerToken,
  )
  const fallbackOutput = positiveSetting(
    'defaultOutputTokens',
    options.defaultOutputTokens,
    defaultOutputTokens,
  )
  const modelCount = matrix.models.length
  const inputTokens = matrix.queries.map((query) => estimateTokens(query.text, charsPerToken))
  const models = matrix.models.map((model, column): ModelCostParameters => {
    const recordedOutput: number[] = []
    const responseLengths: number[] = []
    const costX: number[] = []
    const costY: number[] = []
    for (let row = 0; row < matrix.queries.length; row++) {
      const cell = row * modelCount + column
      const output = matrix.outputTokens[cell] ?? NaN
      if (!Number.isNaN(output)) recordedOutput.push(output)
      const response = matrix.responses.get(cell)
      if (response !== undefined) responseLengths.push(response.length)
      const cost = matrix.recordedCost[cell] ?? NaN
      if (!Number.isNaN(cost)) {
        costX.push(inputTokens[row] ?? 0)
        costY.push(cost)
      }
    }
    const output: {meanOutputTokens: number; outputTokensSource: OutputTokensSource} =
      recordedOutput.length > 0
        ? {meanOutputTokens: mean(recordedOutput), outputTokensSource: 'recorded'}
        : responseLengths.length > 0
          ? {
              meanOutputTokens: mean(responseLengths) / charsPerToken,
              outputTokensSource: 'responses',
            }
          : {meanOutputTokens: fallbackOutput, outputTokensSource: 'default'}
    return {
      name: model.name,
      inputPrice: model.inputPrice,
      outputPrice: model.outputPrice,
      ...output,
      recorded: costY.length > 0 ? recordedFit(costX, costY) : null,
    }
  })
  return {charsPerToken, defaultOutputTokens: fallbackOutput, models}
}

function recordedFit(xs: number[], ys: number[]): RecordedCostFit {
  const line = fitNonNegativeLine(xs, ys)
  return {...line, cells: ys.length, kind: line.slope > 0 ? 'linear' : 'mean'}
}

/**
 * Predicts each candidate's cost for a new query from its text: the recorded-cost fit where
 * the model has one, else list price × (estimated input tokens + mean output tokens), else 0
 * (unpriced).
 * @param parameters - The fitted cost model.
 * @param queryText - The query as the router sees it.
 * @returns USD per candidate, in candidate order.
 */
export function predictQueryCosts(
  parameters: CostModelParameters,
  queryText: string,
): Float64Array {
  const inputTokens = estimateTokens(queryText, parameters.charsPerToken)
  return Float64Array.from(parameters.models, (model) => {
    if (model.recorded) return model.recorded.intercept + model.recorded.slope * inputTokens
    if (!isPriced(model)) return 0
    return priceCalls(model, inputTokens, model.meanOutputTokens)
  })
}

/** The realised cost of every cell of a split, with where each came from. */
export interface ResolvedCosts {
  /** USD per cell (`query * modelCount + model`); NaN for a cell without an outcome. */
  readonly cost: Float64Array
  /** Cells per cost source; cells without an outcome aren't counted. */
  readonly counts: Record<CostSource, number>
  /** One line for reports, saying which sources were used for how many cells. */
  readonly description: string
}

/** Options for resolving realised costs. */
export interface ResolveCostsOptions {
  /**
   * The dataset's prompt prefixes: a query whose `extra.prompt_prefix` names one was sent with
   * it, so its estimated input tokens include it.
   */
  readonly promptPrefixes?: Readonly<Record<string, string>> | null
}

/**
 * Gives every cell the cost its call had, for evaluation: the recorded cost; else recorded
 * tokens × list price; else an estimate (the model's recorded-cost fit, or list price × estimated
 * tokens); else 0 for an unpriced model.
 * @param matrix - The split to cost.
 * @param parameters - The cost model fitted on the training split.
 * @param options - Prompt prefixes, when the dataset has them.
 * @returns Per-cell costs, counts per source and a one-line description.
 */
export function resolveCosts(
  matrix: OutcomeMatrix,
  parameters: CostModelParameters,
  options: ResolveCostsOptions = {},
): ResolvedCosts {
  const modelCount = matrix.models.length
  const models = matrix.models.map((model) => costParametersFor(parameters, model.name))
  const cost = new Float64Array(matrix.performance.length).fill(NaN)
  const counts: Record<CostSource, number> = {recorded: 0, tokens: 0, estimated: 0, unpriced: 0}
  const tally = new CostTally(parameters)
  matrix.queries.forEach((query, row) => {
    const {charsPerToken} = parameters
    // The fit was made on the text routers see; list prices apply to the prompt as sent.
    const fitInput = estimateTokens(query.text, charsPerToken)
    const sentInput = estimateTokens(promptText(query, options.promptPrefixes), charsPerToken)
    models.forEach((model, column) => {
      const cell = row * modelCount + column
      const recorded = matrix.recordedCost[cell] ?? NaN
      if (Number.isNaN(matrix.performance[cell] ?? NaN) && Number.isNaN(recorded)) {
        tally.missing += 1
        return
      }
      const inputTokens = matrix.inputTokens[cell] ?? NaN
      const outputTokens = matrix.outputTokens[cell] ?? NaN
      let source: CostSource
      if (!Number.isNaN(recorded)) {
        cost[cell] = recorded
        source = 'recorded'
      } else if (isPriced(model) && !Number.isNaN(inputTokens) && !Number.isNaN(outputTokens)) {
        cost[cell] = priceCalls(model, inputTokens, outputTokens)
        source = 'tokens'
      } else if (model.recorded) {
        cost[cell] = model.recorded.intercept + model.recorded.slope * fitInput
        source = 'estimated'
        tally.fitted += 1
      } else if (isPriced(model)) {
        const input = Number.isNaN(inputTokens) ? sentInput : inputTokens
        const output = Number.isNaN(outputTokens) ? model.meanOutputTokens : outputTokens
        cost[cell] = priceCalls(model, input, output)
        source = 'estimated'
        tally.outputSources.add(model.outputTokensSource)
      } else {
        cost[cell] = 0
        source = 'unpriced'
        tally.unpricedModels.add(model.name)
      }
      counts[source] += 1
    })
  })
  return {cost, counts, description: tally.describe(counts)}
}

/**
 * The prompt a query was sent as: its prompt prefix (when `extra.prompt_prefix` names one of
 * the dataset's prefixes) followed by its text.
 * @param query - The query.
 * @param promptPrefixes - The dataset's prefixes, if any.
 * @returns The full prompt text.
 */
export function promptText(
  query: QueryRecord,
  promptPrefixes?: Readonly<Record<string, string>> | null,
): string {
  const name = query.extra?.prompt_prefix
  const prefix = typeof name === 'string' ? promptPrefixes?.[name] : undefined
  return prefix === undefined ? query.text : prefix + query.text
}

function costParametersFor(parameters: CostModelParameters, name: string): ModelCostParameters {
  const found = parameters.models.find((model) => model.name === name)
  if (found) return found
  const known = parameters.models.map((model) => model.name).join(', ')
  throw new UserError(`Model "${name}" has no cost parameters. Known models: ${known}.`, {
    code: 'MODEL_UNKNOWN',
    suggestions: ['Fit the cost model on a split with the same candidates.'],
  })
}

function isPriced(model: ModelCostParameters): boolean {
  return model.inputPrice !== null && model.outputPrice !== null
}

function priceCalls(model: ModelCostParameters, inputTokens: number, outputTokens: number): number {
  return (inputTokens * (model.inputPrice ?? 0) + outputTokens * (model.outputPrice ?? 0)) / 1e6
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length
}

function positiveSetting(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (Number.isFinite(value) && value > 0) return value
  throw new UserError(`The cost model's ${name} is ${value}; it must be a positive number.`, {
    code: 'CONFIG_INVALID',
    suggestions: [`Leave it out to use the default, ${fallback}.`],
  })
}
