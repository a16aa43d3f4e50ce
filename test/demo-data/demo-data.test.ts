import {mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

import {afterAll, describe, expect, test} from 'vitest'

import {writeDemoData} from '../../scripts/make-demo-data.js'

const DATA_DIR = fileURLToPath(new URL('../../demo/data/', import.meta.url))
const FILES = ['llms.json', 'train.jsonl', 'test.jsonl'] as const

/** The published accuracies the simulation is anchored to (sources in demo/SIMULATED.md). */
const PUBLISHED: Record<string, Record<string, number>> = {
  'gpt-4o': {
    grade_school_math: 0.961,
    competition_math: 0.759,
    knowledge_mc: 0.887,
    science_reasoning: 0.967,
    python_coding: 0.902,
    trivia: 0.935,
  },
  'gpt-4o-mini': {
    grade_school_math: 0.913,
    competition_math: 0.702,
    knowledge_mc: 0.82,
    science_reasoning: 0.935,
    python_coding: 0.872,
    trivia: 0.886,
  },
  'claude-3-5-sonnet': {
    grade_school_math: 0.964,
    competition_math: 0.711,
    knowledge_mc: 0.883,
    science_reasoning: 0.967,
    python_coding: 0.92,
    trivia: 0.933,
  },
  'claude-3-haiku': {
    grade_school_math: 0.889,
    competition_math: 0.389,
    knowledge_mc: 0.752,
    science_reasoning: 0.892,
    python_coding: 0.759,
    trivia: 0.829,
  },
  'llama-3.1-70b-instruct': {
    grade_school_math: 0.951,
    competition_math: 0.68,
    knowledge_mc: 0.836,
    science_reasoning: 0.948,
    python_coding: 0.805,
    trivia: 0.898,
  },
  'llama-3.1-8b-instruct': {
    grade_school_math: 0.845,
    competition_math: 0.519,
    knowledge_mc: 0.694,
    science_reasoning: 0.834,
    python_coding: 0.726,
    trivia: 0.776,
  },
}

interface DemoRow {
  query_id: string
  task_name: string
  query: string
  ground_truth: string
  metric: string
  model_name: string
  performance: number
  cost: number
  input_tokens: number
  output_tokens: number
  extra: {difficulty: number; template: string; slots?: Record<string, number>}
}

interface ModelCard {
  input_price: number
  output_price: number
  simulated: boolean
  published_accuracy: Record<string, number>
}

const readRows = (name: string): DemoRow[] =>
  readFileSync(join(DATA_DIR, name), 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as DemoRow)

const cards = JSON.parse(readFileSync(join(DATA_DIR, 'llms.json'), 'utf8')) as Record<
  string,
  ModelCard
>
const trainRows = readRows('train.jsonl')
const testRows = readRows('test.jsonl')
const allRows = [...trainRows, ...testRows]
const firstRows = [...new Map(allRows.map((row) => [row.query_id, row])).values()]

// Independent answers for the math templates, recomputed from the slots each query stores.

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))

function fraction(numerator: number, denominator: number): string {
  const divisor = gcd(numerator, denominator)
  return denominator / divisor === 1
    ? String(numerator / divisor)
    : `\\frac{${numerator / divisor}}{${denominator / divisor}}`
}

function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0
  let result = 1n
  for (let index = 0; index < k; index++) result = (result * BigInt(n - index)) / BigInt(index + 1)
  return Number(result)
}

const countUpTo = (limit: number, keep: (value: number) => boolean): number =>
  Array.from({length: limit}, (_, index) => index + 1).filter(keep).length

function diceProbability(dice: number, total: number): string {
  let ways = 0
  for (let roll = 0; roll < 6 ** dice; roll++) {
    let [rest, sum] = [roll, 0]
    for (let die = 0; die < dice; die++) {
      sum += (rest % 6) + 1
      rest = Math.floor(rest / 6)
    }
    if (sum === total) ways++
  }
  return fraction(ways, 6 ** dice)
}

const SOLVERS: Record<string, (slots: Record<string, number>) => string | number> = {
  change_from_bill: (s) => s.bill! - s.count1! * s.price1! - s.count2! * s.price2!,
  bakery_days: (s) => (s.loaves! - s.reserved!) * s.price! * s.days!,
  reading_hours: (s) => (s.pages! - s.read!) / s.rate!,
  sale_coupon: (s) => s.price! * (1 - s.percent! / 100) - s.coupon!,
  ages: (s) => (s.futureAge! - s.years!) / s.times!,
  two_leg_trip: (s) => s.speed1! * s.hours1! + s.speed2! * s.hours2!,
  fraction_giveaway: (s) => s.total! * (1 - 1 / s.first!) * (1 - 1 / s.second!),
  saving_weeks: (s) => (s.price! - s.saved!) / s.weekly!,
  garden_yield: (s) => (s.rows! * s.perRow! - s.died!) * s.perPlant!,
  overtime_pay: (s) => s.rate! * (40 + 1.5 * (s.hours! - 40)),
  fundraiser: (s) => (5 * s.monday! - s.fewer!) * s.price!,
  recipe_scale: (s) => (s.cups! * s.target!) / s.servings!,
  power_mod: (s) => Number(BigInt(s.base!) ** BigInt(s.exponent!) % BigInt(s.modulus!)),
  divisor_count: ({value}) => {
    let count = 0
    for (let divisor = 1; divisor * divisor <= value!; divisor++) {
      if (value! % divisor === 0) count += divisor * divisor === value! ? 1 : 2
    }
    return count
  },
  multiples_sum: (s) =>
    Array.from({length: s.high! - s.low! + 1}, (_, index) => s.low! + index)
      .filter((value) => value % s.step! === 0)
      .reduce((total, value) => total + value, 0),
  vieta: ({sum, product, power}) =>
    power === -1
      ? fraction(sum!, product!)
      : Math.round(((sum! + Math.sqrt(sum! ** 2 - 4 * product!)) / 2) ** power!) +
        Math.round(((sum! - Math.sqrt(sum! ** 2 - 4 * product!)) / 2) ** power!),
  committee: (s) => choose(s.size!, s.chosen!) - choose(s.size! - 2, s.chosen! - 2),
  lcm_three: ({a, b, c}) => {
    let multiple = Math.max(a!, b!, c!)
    while (multiple % a! || multiple % b! || multiple % c!) multiple++
    return multiple
  },
  hypotenuse_altitude: ({legA, legB}) => fraction(legA! * legB!, Math.hypot(legA!, legB!)),
  compose_linear: ({slope, intercept, input}) => {
    const f = (x: number) => slope! * x + intercept!
    return f(f(input!))
  },
  power_digit_sum: (s) =>
    [...(BigInt(s.base!) ** BigInt(s.exponent!)).toString()].reduce((t, d) => t + Number(d), 0),
  dice_probability: (s) => diceProbability(s.dice!, s.total!),
  factorial_zeros: (s) => {
    let factorial = 1n
    for (let value = 2n; value <= BigInt(s.value!); value++) factorial *= value
    return factorial.toString().length - factorial.toString().replace(/0+$/, '').length
  },
  exactly_one_divisible: ({limit, a, b}) =>
    countUpTo(limit!, (value) => (value % a! === 0) !== (value % b! === 0)),
}

/** Slots written as words or symbols; signs are written as operators, so only sizes are checked. */
const UNWRITTEN_SLOTS = new Set(['power', 'dice', 'times'])

describe('demo dataset', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'llmrouter-demo-data-'))
  afterAll(() => rmSync(scratch, {recursive: true, force: true}))

  test('regenerates byte-identical files from the fixed seed', () => {
    // Given a fresh folder
    // When the generator writes into it
    writeDemoData(scratch)
    // Then every file matches the committed one byte for byte
    for (const name of FILES) {
      expect(readFileSync(join(scratch, name)).equals(readFileSync(join(DATA_DIR, name)))).toBe(
        true,
      )
    }
  })

  test('stays small enough to ship in the package', () => {
    const bytes = FILES.reduce((total, name) => total + statSync(join(DATA_DIR, name)).size, 0)
    expect(bytes).toBeLessThan(1.5 * 1024 * 1024)
  })

  test('labels every model card as simulated, with its published accuracies', () => {
    expect(Object.keys(cards).sort()).toEqual(Object.keys(PUBLISHED).sort())
    for (const [name, card] of Object.entries(cards)) {
      expect(card.simulated).toBe(true)
      expect(card.published_accuracy).toEqual(PUBLISHED[name])
    }
  })

  test('has one row per query and model, with the shared layout', () => {
    const models = Object.keys(cards)
    const byQuery = new Map<string, string[]>()
    for (const row of allRows) {
      expect(Object.keys(row).slice(0, 10)).toEqual([
        'query_id',
        'task_name',
        'query',
        'ground_truth',
        'metric',
        'model_name',
        'performance',
        'cost',
        'input_tokens',
        'output_tokens',
      ])
      expect(row.query_id.startsWith('demo:')).toBe(true)
      expect([0, 1]).toContain(row.performance)
      byQuery.set(row.query_id, [...(byQuery.get(row.query_id) ?? []), row.model_name])
    }
    for (const names of byQuery.values()) expect(names).toEqual(models)
    expect(byQuery.size).toBeGreaterThanOrEqual(300)
    expect(byQuery.size).toBeLessThanOrEqual(400)
  })

  test('splits queries about 75/25 with no query in both splits', () => {
    const trainIds = new Set(trainRows.map((row) => row.query_id))
    const testIds = new Set(testRows.map((row) => row.query_id))
    expect([...testIds].filter((id) => trainIds.has(id))).toEqual([])
    const share = testIds.size / (trainIds.size + testIds.size)
    expect(share).toBeGreaterThan(0.18)
    expect(share).toBeLessThan(0.32)
  })

  test('prices every row from its tokens and the model card', () => {
    for (const row of allRows) {
      const card = cards[row.model_name]!
      const expected =
        (row.input_tokens * card.input_price + row.output_tokens * card.output_price) / 1e6
      expect(row.cost).toBeCloseTo(expected, 9)
      expect(row.input_tokens).toBe(Math.ceil(row.query.length / 4))
    }
  })

  test('gives math queries the answer their slots compute', () => {
    const mathRows = firstRows.filter((row) => row.task_name.endsWith('_math'))
    expect(mathRows.length).toBeGreaterThan(100)
    for (const row of mathRows) {
      const slots = row.extra.slots!
      const solve = SOLVERS[row.extra.template]
      expect(solve, row.extra.template).toBeDefined()
      expect(row.ground_truth, row.query_id).toBe(String(solve!(slots)))
      for (const [name, value] of Object.entries(slots)) {
        if (!UNWRITTEN_SLOTS.has(name))
          expect(row.query, `${row.query_id} ${name}`).toContain(String(Math.abs(value)))
      }
    }
    const gradeSchool = mathRows.filter((row) => row.task_name === 'grade_school_math')
    for (const row of gradeSchool) expect(Number.isInteger(Number(row.ground_truth))).toBe(true)
  })

  test('points multiple-choice answers at an option shown in the query', () => {
    const choiceRows = firstRows.filter((row) =>
      ['knowledge_mc', 'science_reasoning'].includes(row.task_name),
    )
    for (const row of choiceRows) {
      expect(['A', 'B', 'C', 'D']).toContain(row.ground_truth)
      const marker =
        row.task_name === 'knowledge_mc' ? `\n${row.ground_truth}. ` : `\n(${row.ground_truth}) `
      expect(row.query).toContain(marker)
    }
  })

  test('keeps each model within 0.1 of its published accuracy on every task', () => {
    for (const [model, figures] of Object.entries(PUBLISHED)) {
      for (const [task, published] of Object.entries(figures)) {
        const rows = allRows.filter((row) => row.model_name === model && row.task_name === task)
        const mean = rows.reduce((total, row) => total + row.performance, 0) / rows.length
        expect(Math.abs(mean - published), `${model} on ${task}`).toBeLessThanOrEqual(0.1)
      }
    }
  })
})
