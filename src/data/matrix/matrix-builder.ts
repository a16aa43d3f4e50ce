import {UserError} from '../../errors/index.js'
import type {ModelCard, OutcomeMatrix, QueryRecord} from '../types.js'

/** One cell's recorded outcome; NaN marks a value the source doesn't have. */
export interface CellOutcome {
  readonly performance: number
  readonly recordedCost: number
  readonly inputTokens: number
  readonly outputTokens: number
  readonly response: string | undefined
}

/**
 * Collects rows (one per query × model, in any order) into the dense arrays of an
 * `OutcomeMatrix`. Storage grows by doubling as queries arrive, so a reader can stream a file
 * without knowing its query count; cells never set stay NaN.
 */
export class OutcomeMatrixBuilder {
  private readonly models: readonly ModelCard[]
  private readonly file: string
  private readonly modelCount: number
  private readonly queries: QueryRecord[] = []
  private readonly indexByKey = new Map<string, number>()
  private readonly responses = new Map<number, string>()
  private capacity = 0
  private performance = new Float32Array(0)
  private recordedCost = new Float64Array(0)
  private inputTokens = new Float32Array(0)
  private outputTokens = new Float32Array(0)
  /** Line that set each cell (0 = unset), to name both lines of a duplicate. */
  private lineOfCell = new Int32Array(0)

  /**
   * @param models - The candidates, in column order.
   * @param file - The file being read, for duplicate-row errors.
   */
  constructor(models: readonly ModelCard[], file: string) {
    this.models = models
    this.file = file
    this.modelCount = models.length
  }

  /**
   * Finds a query already added under a grouping key.
   * @param key - The key (the query id, or a content key for sources without ids).
   * @returns Its row index, or undefined.
   */
  findQuery(key: string): number | undefined {
    return this.indexByKey.get(key)
  }

  /**
   * Adds a query row whose cells start missing.
   * @param key - The grouping key rows of this query share.
   * @param query - The query record.
   * @returns Its row index.
   */
  addQuery(key: string, query: QueryRecord): number {
    const index = this.queries.length
    if (index === this.capacity) this.grow(Math.max(64, this.capacity * 2))
    this.queries.push(query)
    this.indexByKey.set(key, index)
    return index
  }

  /**
   * Sets one cell; a second row for the same query and model is `DATA_INVALID`.
   * @param query - Row index from `addQuery`.
   * @param model - Column index.
   * @param outcome - The values.
   * @param line - The source line, for errors.
   */
  setCell(query: number, model: number, outcome: CellOutcome, line: number): void {
    const cell = query * this.modelCount + model
    const firstLine = this.lineOfCell[cell] ?? 0
    if (firstLine !== 0) {
      const queryId = this.queries[query]?.id ?? String(query)
      const modelName = this.models[model]?.name ?? String(model)
      throw new UserError(
        `${this.file}:${line}: query "${queryId}" already has a row for model "${modelName}" ` +
          `(line ${firstLine})`,
        {code: 'DATA_INVALID', suggestions: ['Keep one row per query and model.']},
      )
    }
    this.lineOfCell[cell] = line
    this.performance[cell] = outcome.performance
    this.recordedCost[cell] = outcome.recordedCost
    this.inputTokens[cell] = outcome.inputTokens
    this.outputTokens[cell] = outcome.outputTokens
    if (outcome.response !== undefined) this.responses.set(cell, outcome.response)
  }

  /**
   * Replaces a query record, keeping its row (a reader merging fields from a second file).
   * @param index - The row.
   * @param query - The new record.
   */
  replaceQuery(index: number, query: QueryRecord): void {
    this.queries[index] = query
  }

  /**
   * Reads back a query record.
   * @param index - The row.
   * @returns The record, or undefined past the end.
   */
  queryAt(index: number): QueryRecord | undefined {
    return this.queries[index]
  }

  /**
   * Freezes the collected rows into a matrix sized exactly to its queries.
   * @returns The matrix.
   */
  build(): OutcomeMatrix {
    const cells = this.queries.length * this.modelCount
    return {
      queries: this.queries.slice(),
      models: this.models.slice(),
      performance: this.performance.slice(0, cells),
      recordedCost: this.recordedCost.slice(0, cells),
      inputTokens: this.inputTokens.slice(0, cells),
      outputTokens: this.outputTokens.slice(0, cells),
      responses: new Map(this.responses),
    }
  }

  private grow(capacity: number): void {
    const cells = capacity * this.modelCount
    this.performance = grown(this.performance, new Float32Array(cells))
    this.recordedCost = grown(this.recordedCost, new Float64Array(cells))
    this.inputTokens = grown(this.inputTokens, new Float32Array(cells))
    this.outputTokens = grown(this.outputTokens, new Float32Array(cells))
    const lines = new Int32Array(cells)
    lines.set(this.lineOfCell)
    this.lineOfCell = lines
    this.capacity = capacity
  }
}

function grown<TArray extends Float32Array | Float64Array>(old: TArray, next: TArray): TArray {
  next.fill(NaN)
  next.set(old)
  return next
}

/**
 * Keeps only some model columns of a matrix, in the order given.
 * @param matrix - The matrix.
 * @param keep - Column indices to keep.
 * @returns A new matrix with those columns.
 */
export function selectModelColumns(matrix: OutcomeMatrix, keep: readonly number[]): OutcomeMatrix {
  const modelCount = matrix.models.length
  const queryCount = matrix.queries.length
  const width = keep.length
  const performance = new Float32Array(queryCount * width)
  const recordedCost = new Float64Array(queryCount * width)
  const inputTokens = new Float32Array(queryCount * width)
  const outputTokens = new Float32Array(queryCount * width)
  const responses = new Map<number, string>()
  for (let query = 0; query < queryCount; query++) {
    keep.forEach((model, column) => {
      const from = query * modelCount + model
      const to = query * width + column
      performance[to] = matrix.performance[from]!
      recordedCost[to] = matrix.recordedCost[from]!
      inputTokens[to] = matrix.inputTokens[from]!
      outputTokens[to] = matrix.outputTokens[from]!
      const response = matrix.responses.get(from)
      if (response !== undefined) responses.set(to, response)
    })
  }
  const models = keep.map((model) => matrix.models[model]!)
  return {
    queries: matrix.queries,
    models,
    performance,
    recordedCost,
    inputTokens,
    outputTokens,
    responses,
  }
}
