import {BugError, UserError, usageError} from '../errors/index.js'
import type {EvaluationInput, RouterRun} from './types.js'

function firstDuplicate(names: readonly string[]): string | undefined {
  const seen = new Set<string>()
  return names.find((name) => (seen.has(name) ? true : (seen.add(name), false)))
}

function describeCell(input: EvaluationInput, cell: number): string {
  const modelCount = input.models.length
  const model = input.models[cell % modelCount] ?? ''
  return `query #${Math.floor(cell / modelCount)}, model "${model}"`
}

function checkShapes(input: EvaluationInput, queryCount: number, modelCount: number): void {
  const cells = queryCount * modelCount
  const shapes: [string, number, number][] = [
    ['performance', input.performance.length, cells],
    ['cost', input.cost.length, cells],
    ['trainMeanPerformance', input.trainMeanPerformance.length, modelCount],
  ]
  for (const [name, actual, expected] of shapes) {
    if (actual !== expected) {
      throw new BugError(
        `Evaluation input "${name}" has ${actual} entries; ${queryCount} queries × ` +
          `${modelCount} models need ${expected}.`,
      )
    }
  }
}

function checkCells(input: EvaluationInput, queryCount: number, modelCount: number): void {
  for (let cell = 0; cell < queryCount * modelCount; cell += 1) {
    const performance = input.performance[cell] ?? Number.NaN
    const cost = input.cost[cell] ?? Number.NaN
    if (performance === Infinity || performance === -Infinity) {
      throw new UserError(
        `Performance at ${describeCell(input, cell)} is infinite; outcomes are finite or missing.`,
        {
          code: 'DATA_INVALID',
        },
      )
    }
    if (!Number.isFinite(cost) || cost < 0) {
      throw new UserError(
        `Cost at ${describeCell(input, cell)} is ${String(cost)}; every test cell needs a finite cost of at least 0.`,
        {
          code: 'DATA_INVALID',
          suggestions: [
            'Give the model an input and output price in llms.json, or record costs per cell.',
          ],
        },
      )
    }
  }
  if (!input.trainMeanPerformance.some((mean) => Number.isFinite(mean))) {
    throw new UserError("No model has a training mean performance, so there's no best single.", {
      code: 'DATA_INVALID',
      suggestions: ['Check that the training split has outcomes for at least one model.'],
    })
  }
}

function checkRun(run: RouterRun, input: EvaluationInput, queryCount: number): void {
  const modelCount = input.models.length
  if (run.points.length === 0) {
    throw new BugError(`Router "${run.router}" has no λ points to evaluate.`)
  }
  for (const point of run.points) {
    if (!Number.isFinite(point.lambda) || point.lambda < 0) {
      throw usageError(
        `λ ${String(point.lambda)} of router "${run.router}" isn't allowed; λ is a finite ` +
          'number of at least 0.',
      )
    }
    if (point.choices.length !== queryCount) {
      throw new BugError(
        `Router "${run.router}" made ${point.choices.length} choices at λ ${point.lambda}; ` +
          `the test split has ${queryCount} queries.`,
      )
    }
    for (let query = 0; query < queryCount; query += 1) {
      const choice = point.choices[query] ?? -1
      if (choice < 0 || choice >= modelCount) {
        throw new UserError(
          `Router "${run.router}" picked model index ${choice} for query #${query} at λ ` +
            `${point.lambda}; candidates are 0..${modelCount - 1} (${input.models.join(', ')}).`,
          {code: 'MODEL_UNKNOWN'},
        )
      }
    }
  }
}

/**
 * Checks an evaluation input before any figure is computed.
 * @param input - The input to check.
 * @throws {BugError} When array shapes disagree, a router repeats or has no points.
 * @throws {UserError} When the data holds infinite outcomes or unusable costs, or a router picks
 *   a model that isn't a candidate, or the seed, sample count or a λ is out of range.
 */
export function validateEvaluationInput(input: EvaluationInput): void {
  const queryCount = input.tasks.length
  const modelCount = input.models.length
  if (queryCount === 0 || modelCount === 0) {
    throw new UserError(
      `The test split has ${queryCount} queries and ${modelCount} models; evaluation needs at ` +
        'least one of each.',
      {code: 'DATA_INVALID'},
    )
  }
  const duplicateModel = firstDuplicate(input.models)
  if (duplicateModel !== undefined) {
    throw new UserError(`Model "${duplicateModel}" appears twice; model names are unique.`, {
      code: 'DATA_INVALID',
    })
  }
  if (!Number.isSafeInteger(input.seed)) {
    throw usageError(`Seed ${String(input.seed)} isn't allowed; the seed is an integer.`)
  }
  if (!Number.isSafeInteger(input.bootstrapSamples) || input.bootstrapSamples < 0) {
    throw usageError(
      `Bootstrap samples ${String(input.bootstrapSamples)} isn't allowed; use an integer of at ` +
        'least 0 (0 turns intervals off).',
    )
  }
  checkShapes(input, queryCount, modelCount)
  checkCells(input, queryCount, modelCount)
  const duplicateRouter = firstDuplicate(input.runs.map((run) => run.router))
  if (duplicateRouter !== undefined) {
    throw new BugError(`Router "${duplicateRouter}" is evaluated twice; router names are unique.`)
  }
  for (const run of input.runs) checkRun(run, input, queryCount)
}
