/**
 * Writes the simulated demo dataset that ships in `demo/data/` (see `demo/SIMULATED.md`).
 *
 * The queries are written for this project from templates with seeded slots; the prices and the
 * per-benchmark accuracies are the published figures listed in SIMULATED.md; every outcome
 * (performance, output tokens, cost) is simulated. Run it with
 * `node --import tsx scripts/make-demo-data.ts [--output DIR]`: the same seed gives byte-identical
 * files.
 */
import {createHash} from 'node:crypto'
import {mkdirSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

// Limitation: this one file holds the generator, its templates and the simulation (past the usual
// 400 lines), because the demo data may only be built from this path; split it into
// scripts/demo-data/ if it grows further.

const SEED = 20240723
const QUERIES_PER_TASK = 60
const TEST_PERCENT = 25
/** Spread of the per-(query, model) logit noise added on top of the shared difficulty. */
const MODEL_NOISE = 0.35
/** Stretches the template difficulty levels (about -1.5 to 1.6) into logit units. */
const DIFFICULTY_SCALE = 2

// Random numbers

type Random = () => number

/** Mulberry32: a tiny seeded PRNG, enough for reproducible sampling. */
function createRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/** One independent stream per label, so editing one task's templates leaves the others alone. */
function randomFor(label: string): Random {
  let hash = 0x811c9dc5
  for (const character of `${SEED}:${label}`) {
    hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193) >>> 0
  }
  return createRandom(hash)
}

function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}

function pickOne<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    ;[copy[index], copy[other]] = [copy[other]!, copy[index]!]
  }
  return copy
}

function pickDistinct<T>(random: Random, items: readonly T[], count: number): T[] {
  return shuffled(random, items).slice(0, count)
}

/** Standard normal draw (Box-Muller). */
function normal(random: Random): number {
  const radius = Math.sqrt(-2 * Math.log(1 - random()))
  return radius * Math.cos(2 * Math.PI * random())
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits))
const logit = (probability: number): number => Math.log(probability / (1 - probability))
const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value))

// Models: real list prices and published accuracies (sources in demo/SIMULATED.md)

type TaskName =
  | 'grade_school_math'
  | 'competition_math'
  | 'knowledge_mc'
  | 'science_reasoning'
  | 'python_coding'
  | 'trivia'

interface DemoModel {
  readonly name: string
  readonly inputPrice: number
  readonly outputPrice: number
  readonly size: string | null
  readonly description: string
  readonly apiModel: string
  readonly priceSource: string
  /** Multiplies every output-token draw: some models answer at greater length. */
  readonly verbosity: number
  readonly accuracy: Readonly<Record<TaskName, number>>
  readonly accuracySource: Readonly<Record<TaskName, string>>
}

const OPENAI_PRICES =
  'OpenAI API pricing page (openai.com/api/pricing), standard-tier list price as published in ' +
  'late 2024, USD per 1M tokens'
const ANTHROPIC_PRICES =
  'Anthropic API pricing page (anthropic.com/pricing), list price as published in late 2024, ' +
  'USD per 1M tokens'
const TOGETHER_PRICES =
  'Together AI serverless price of the Meta-Llama-3.1 Instruct Turbo endpoint (together.ai/pricing) ' +
  'as published in late 2024, USD per 1M tokens; other hosts charge differently'
const SIMPLE_EVALS = 'openai/simple-evals README (0-shot CoT)'
const LLAMA_CARD = 'Llama 3.1 model card, instruction-tuned table'
const LLAMA_RELEASE = 'Llama 3.1 release comparison table (Meta, 2024-07-23)'
const CLAUDE3_CARD = 'Claude 3 model card (Anthropic, 2024-03)'
const CLAUDE35_NEWS = 'Claude 3.5 Sonnet announcement (Anthropic, 2024-06-20)'
const PHI35_CARD = 'Phi-3.5-MoE-instruct model card, GPT-4o-mini column (Microsoft, 2024-08)'
const TRIVIA_ESTIMATE =
  'estimate: no published TriviaQA figure; logit-linear fit of TriviaQA on MMLU through the two ' +
  'Llama 3.1 points'

const DEMO_MODELS: readonly DemoModel[] = [
  {
    name: 'gpt-4o',
    inputPrice: 2.5,
    outputPrice: 10,
    size: null,
    description: 'OpenAI GPT-4o (2024-08-06 snapshot), closed flagship model.',
    apiModel: 'gpt-4o-2024-08-06',
    priceSource: OPENAI_PRICES,
    verbosity: 1,
    accuracy: {
      grade_school_math: 0.961,
      competition_math: 0.759,
      knowledge_mc: 0.887,
      science_reasoning: 0.967,
      python_coding: 0.902,
      trivia: 0.935,
    },
    accuracySource: {
      grade_school_math: `GSM8K 8-shot CoT, ${LLAMA_RELEASE}`,
      competition_math: `MATH, ${SIMPLE_EVALS}, gpt-4o-2024-08-06`,
      knowledge_mc: `MMLU, ${SIMPLE_EVALS}, gpt-4o-2024-08-06`,
      science_reasoning: `ARC-Challenge 0-shot, ${LLAMA_RELEASE}`,
      python_coding: `HumanEval 0-shot, ${SIMPLE_EVALS}, gpt-4o-2024-08-06`,
      trivia: TRIVIA_ESTIMATE,
    },
  },
  {
    name: 'gpt-4o-mini',
    inputPrice: 0.15,
    outputPrice: 0.6,
    size: null,
    description: 'OpenAI GPT-4o mini (2024-07-18 snapshot), small closed model.',
    apiModel: 'gpt-4o-mini-2024-07-18',
    priceSource: OPENAI_PRICES,
    verbosity: 1.12,
    accuracy: {
      grade_school_math: 0.913,
      competition_math: 0.702,
      knowledge_mc: 0.82,
      science_reasoning: 0.935,
      python_coding: 0.872,
      trivia: 0.886,
    },
    accuracySource: {
      grade_school_math: `GSM8K 8-shot CoT, ${PHI35_CARD}`,
      competition_math: `MATH, ${SIMPLE_EVALS}`,
      knowledge_mc: `MMLU, ${SIMPLE_EVALS}`,
      science_reasoning: `ARC-Challenge 10-shot, ${PHI35_CARD}`,
      python_coding: `HumanEval, ${SIMPLE_EVALS}`,
      trivia: TRIVIA_ESTIMATE,
    },
  },
  {
    name: 'claude-3-5-sonnet',
    inputPrice: 3,
    outputPrice: 15,
    size: null,
    description: 'Anthropic Claude 3.5 Sonnet (2024-06-20 snapshot), closed flagship model.',
    apiModel: 'claude-3-5-sonnet-20240620',
    priceSource: ANTHROPIC_PRICES,
    verbosity: 1.2,
    accuracy: {
      grade_school_math: 0.964,
      competition_math: 0.711,
      knowledge_mc: 0.883,
      science_reasoning: 0.967,
      python_coding: 0.92,
      trivia: 0.933,
    },
    accuracySource: {
      grade_school_math: `GSM8K 0-shot CoT, ${CLAUDE35_NEWS}`,
      competition_math: `MATH 0-shot CoT, ${CLAUDE35_NEWS}`,
      knowledge_mc: `MMLU 0-shot CoT, ${CLAUDE35_NEWS} (as listed in simple-evals)`,
      science_reasoning: `ARC-Challenge 0-shot, ${LLAMA_RELEASE}`,
      python_coding: `HumanEval 0-shot, ${CLAUDE35_NEWS}`,
      trivia: TRIVIA_ESTIMATE,
    },
  },
  {
    name: 'claude-3-haiku',
    inputPrice: 0.25,
    outputPrice: 1.25,
    size: null,
    description: 'Anthropic Claude 3 Haiku (2024-03-07 snapshot), small closed model.',
    apiModel: 'claude-3-haiku-20240307',
    priceSource: ANTHROPIC_PRICES,
    verbosity: 0.8,
    accuracy: {
      grade_school_math: 0.889,
      competition_math: 0.389,
      knowledge_mc: 0.752,
      science_reasoning: 0.892,
      python_coding: 0.759,
      trivia: 0.829,
    },
    accuracySource: {
      grade_school_math: `GSM8K 0-shot CoT, ${CLAUDE3_CARD}`,
      competition_math: `MATH, ${CLAUDE3_CARD}`,
      knowledge_mc: `MMLU 5-shot, ${CLAUDE3_CARD}`,
      science_reasoning: `ARC-Challenge 25-shot, ${CLAUDE3_CARD}`,
      python_coding: `HumanEval 0-shot, ${CLAUDE3_CARD}`,
      trivia: TRIVIA_ESTIMATE,
    },
  },
  {
    name: 'llama-3.1-70b-instruct',
    inputPrice: 0.88,
    outputPrice: 0.88,
    size: '70B',
    description: 'Meta Llama 3.1 70B Instruct, open weights, served by a hosting provider.',
    apiModel: 'meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo',
    priceSource: TOGETHER_PRICES,
    verbosity: 1.08,
    accuracy: {
      grade_school_math: 0.951,
      competition_math: 0.68,
      knowledge_mc: 0.836,
      science_reasoning: 0.948,
      python_coding: 0.805,
      trivia: 0.898,
    },
    accuracySource: {
      grade_school_math: `GSM8K 8-shot CoT, ${LLAMA_CARD}`,
      competition_math: `MATH 0-shot CoT, ${LLAMA_CARD}`,
      knowledge_mc: `MMLU 5-shot, ${LLAMA_CARD}`,
      science_reasoning: `ARC-C 0-shot, ${LLAMA_CARD}`,
      python_coding: `HumanEval 0-shot, ${LLAMA_CARD}`,
      trivia: 'TriviaQA-Wiki 5-shot, Llama 3.1 model card, pretrained (base) table',
    },
  },
  {
    name: 'llama-3.1-8b-instruct',
    inputPrice: 0.18,
    outputPrice: 0.18,
    size: '8B',
    description: 'Meta Llama 3.1 8B Instruct, open weights, served by a hosting provider.',
    apiModel: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo',
    priceSource: TOGETHER_PRICES,
    verbosity: 1.25,
    accuracy: {
      grade_school_math: 0.845,
      competition_math: 0.519,
      knowledge_mc: 0.694,
      science_reasoning: 0.834,
      python_coding: 0.726,
      trivia: 0.776,
    },
    accuracySource: {
      grade_school_math: `GSM8K 8-shot CoT, ${LLAMA_CARD}`,
      competition_math: `MATH 0-shot CoT, ${LLAMA_CARD}`,
      knowledge_mc: `MMLU 5-shot, ${LLAMA_CARD}`,
      science_reasoning: `ARC-C 0-shot, ${LLAMA_CARD}`,
      python_coding: `HumanEval 0-shot, ${LLAMA_CARD}`,
      trivia: 'TriviaQA-Wiki 5-shot, Llama 3.1 model card, pretrained (base) table',
    },
  },
]

// Queries

type Slots = Record<string, number | string>

/** A query before simulation: text, reference answer and how hard it is. */
interface QueryDraft {
  readonly text: string
  readonly groundTruth: string
  /** Shared across models, in logit units: higher is harder for every model. */
  readonly difficulty: number
  readonly template: string
  /** Template inputs, kept for math tasks so tests can recompute the answer. */
  readonly slots?: Slots
}

interface TaskSpec {
  readonly name: TaskName
  readonly benchmark: string
  readonly metric: string
  /** Mean output tokens of a verbosity-1 model on a query of difficulty 0. */
  readonly outputTokens: number
  readonly generate: (random: Random) => QueryDraft[]
}

/**
 * Calls `draw` until `count` distinct drafts exist, cycling through `templates` for balance.
 * Drafts are told apart by `keyOf`, the whole text unless a task needs a stricter test.
 */
function collectDrafts<T>(
  random: Random,
  templates: readonly T[],
  count: number,
  draw: (random: Random, template: T) => QueryDraft,
  keyOf: (draft: QueryDraft) => string = (draft) => draft.text,
): QueryDraft[] {
  const drafts: QueryDraft[] = []
  const seen = new Set<string>()
  for (let index = 0; drafts.length < count; index++) {
    const template = templates[index % templates.length]!
    for (let attempt = 0; ; attempt++) {
      if (attempt > 200) throw new Error(`Template ${index % templates.length} ran out of variety.`)
      const draft = draw(random, template)
      if (!seen.has(keyOf(draft))) {
        seen.add(keyOf(draft))
        drafts.push(draft)
        break
      }
    }
  }
  return drafts
}

/** Base difficulty plus a little seeded jitter, so no two queries sit at exactly the same level. */
function jitter(random: Random, base: number): number {
  return round(DIFFICULTY_SCALE * base + 0.3 * normal(random), 3)
}

const LETTERS = ['A', 'B', 'C', 'D'] as const

/** Shuffles the options and returns them with the letter of the correct one. */
function multipleChoice(
  random: Random,
  correct: string,
  distractors: readonly string[],
): {options: string[]; answer: string} {
  const options = shuffled(random, [correct, ...distractors.slice(0, 3)])
  return {options, answer: LETTERS[options.indexOf(correct)]!}
}

// Grade-school math word problems (GSM8K-like)

interface Person {
  readonly name: string
  readonly subject: 'he' | 'she'
  readonly object: 'him' | 'her'
  readonly possessive: 'his' | 'her'
}

const PEOPLE: readonly (readonly [string, 'he' | 'she'])[] = [
  ['Maya', 'she'],
  ['Liam', 'he'],
  ['Priya', 'she'],
  ['Jonas', 'he'],
  ['Amara', 'she'],
  ['Diego', 'he'],
  ['Hana', 'she'],
  ['Omar', 'he'],
  ['Sofia', 'she'],
  ['Kofi', 'he'],
  ['Elena', 'she'],
  ['Mateo', 'he'],
  ['Aiko', 'she'],
  ['Noah', 'he'],
  ['Zara', 'she'],
  ['Ravi', 'he'],
  ['Lucia', 'she'],
  ['Felix', 'he'],
]

function pickPerson(random: Random, other?: Person): Person {
  const candidates = PEOPLE.filter(([name]) => name !== other?.name)
  const [name, subject] = pickOne(random, candidates)
  return subject === 'she'
    ? {name, subject, object: 'her', possessive: 'her'}
    : {name, subject, object: 'him', possessive: 'his'}
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

interface MathQuestion {
  readonly text: string
  readonly answer: number | string
  readonly base: number
  readonly slots: Slots
}

type MathTemplate = readonly [string, (random: Random) => MathQuestion]

const SHOP_ITEMS = [
  'notebooks',
  'pencil cases',
  'paint brushes',
  'water bottles',
  'packs of stickers',
  'comic books',
  'flower pots',
  'tennis balls',
]

const GRADE_SCHOOL_TEMPLATES: readonly MathTemplate[] = [
  [
    'change_from_bill',
    (random) => {
      const person = pickPerson(random)
      const [first, second] = pickDistinct(random, SHOP_ITEMS, 2)
      const count1 = randomInt(random, 2, 6)
      const price1 = randomInt(random, 2, 9)
      const count2 = randomInt(random, 2, 5)
      const price2 = randomInt(random, 3, 15)
      const total = count1 * price1 + count2 * price2
      const bill = [20, 50, 100, 200].find((value) => value > total)!
      return {
        text:
          `${person.name} buys ${count1} ${first} for $${price1} each and ${count2} ${second} ` +
          `for $${price2} each. ${capitalize(person.subject)} pays with a $${bill} bill. ` +
          `How much change, in dollars, should ${person.subject} get back?`,
        answer: bill - total,
        base: -0.2,
        slots: {count1, price1, count2, price2, bill},
      }
    },
  ],
  [
    'bakery_days',
    (random) => {
      const loaves = randomInt(random, 40, 120)
      const reserved = randomInt(random, 5, 25)
      const price = randomInt(random, 2, 6)
      const days = randomInt(random, 2, 7)
      const goods = pickOne(random, ['loaves of bread', 'bagels', 'croissants', 'muffins'])
      return {
        text:
          `A bakery makes ${loaves} ${goods} every morning. Each day it sets aside ${reserved} ` +
          `of them for a café order and sells the rest for $${price} each. How many dollars ` +
          `does the bakery take in from these sales over ${days} days?`,
        answer: (loaves - reserved) * price * days,
        base: -0.1,
        slots: {loaves, reserved, price, days},
      }
    },
  ],
  [
    'reading_hours',
    (random) => {
      const person = pickPerson(random)
      const rate = randomInt(random, 12, 40)
      const hours = randomInt(random, 2, 9)
      const read = randomInt(random, 20, 150)
      const pages = read + rate * hours
      return {
        text:
          `${person.name} is reading a ${pages}-page novel and has already finished ${read} ` +
          `pages. If ${person.subject} reads ${rate} pages per hour, how many more hours will ` +
          `it take ${person.object} to finish the book?`,
        answer: hours,
        base: -0.8,
        slots: {pages, read, rate},
      }
    },
  ],
  [
    'sale_coupon',
    (random) => {
      const person = pickPerson(random)
      const price = pickOne(random, [40, 60, 80, 120, 160, 200, 240])
      const percent = pickOne(
        random,
        [10, 20, 25, 30, 40, 50].filter((value) => (price * value) % 100 === 0),
      )
      const coupon = randomInt(random, 5, 15)
      const item = pickOne(random, ['hiking boots', 'headphones', 'a winter coat', 'a backpack'])
      return {
        text:
          `${capitalize(item)} normally ${item.startsWith('a ') ? 'costs' : 'cost'} $${price}. ` +
          `This week the store takes ${percent}% off, and ${person.name} also uses a ` +
          `$${coupon} coupon on the discounted price. How much does ${person.name} pay, ` +
          `in dollars?`,
        answer: price - (price * percent) / 100 - coupon,
        base: 0.4,
        slots: {price, percent, coupon},
      }
    },
  ],
  [
    'ages',
    (random) => {
      const older = pickPerson(random)
      const younger = pickPerson(random, older)
      const youngerAge = randomInt(random, 4, 15)
      const times = randomInt(random, 2, 4)
      const years = randomInt(random, 2, 10)
      const futureAge = times * youngerAge + years
      const timesWord = ['', '', 'twice', 'three times', 'four times'][times]!
      return {
        text:
          `${older.name} is ${timesWord} as old as ${older.possessive} cousin ${younger.name}. ` +
          `In ${years} years, ${older.name} will be ${futureAge} years old. ` +
          `How old is ${younger.name} now?`,
        answer: youngerAge,
        base: 0.3,
        slots: {times, years, futureAge},
      }
    },
  ],
  [
    'two_leg_trip',
    (random) => {
      const speed1 = 5 * randomInt(random, 8, 14)
      const hours1 = randomInt(random, 1, 4)
      const speed2 = 5 * randomInt(random, 10, 16)
      const hours2 = randomInt(random, 1, 3)
      const vehicle = pickOne(random, ['delivery van', 'school bus', 'tour coach', 'pickup truck'])
      return {
        text:
          `A ${vehicle} drives at ${speed1} miles per hour for ${hours1} hours, stops for ` +
          `lunch, and then drives at ${speed2} miles per hour for ${hours2} more hours. ` +
          `How many miles does it travel in all?`,
        answer: speed1 * hours1 + speed2 * hours2,
        base: -0.6,
        slots: {speed1, hours1, speed2, hours2},
      }
    },
  ],
  [
    'fraction_giveaway',
    (random) => {
      const person = pickPerson(random)
      const first = randomInt(random, 2, 5)
      const second = randomInt(random, 2, 4)
      const total = first * second * randomInt(random, 2, 8)
      const left = total - total / first
      const thing = pickOne(random, ['stickers', 'marbles', 'trading cards', 'seashells'])
      return {
        text:
          `${person.name} has ${total} ${thing}. ${capitalize(person.subject)} gives 1/${first} ` +
          `of them to ${person.possessive} brother and then gives 1/${second} of the ${thing} ` +
          `${person.subject} has left to a friend. How many ${thing} does ${person.name} keep?`,
        answer: left - left / second,
        base: 0.6,
        slots: {total, first, second},
      }
    },
  ],
  [
    'saving_weeks',
    (random) => {
      const person = pickPerson(random)
      const weekly = randomInt(random, 5, 25)
      const weeks = randomInt(random, 3, 20)
      const saved = randomInt(random, 10, 80)
      const price = saved + weekly * weeks
      const goal = pickOne(random, ['a bike', 'a telescope', 'a keyboard', 'a skateboard'])
      return {
        text:
          `${person.name} wants ${goal} that costs $${price}. ${capitalize(person.subject)} has ` +
          `already saved $${saved} and puts aside $${weekly} every week. How many weeks will it ` +
          `take ${person.object} to have exactly enough money?`,
        answer: weeks,
        base: -0.5,
        slots: {price, saved, weekly},
      }
    },
  ],
  [
    'garden_yield',
    (random) => {
      const rows = randomInt(random, 4, 12)
      const perRow = randomInt(random, 6, 15)
      const died = randomInt(random, 2, 10)
      const perPlant = randomInt(random, 3, 9)
      const crop = pickOne(random, [
        ['tomato plants', 'tomatoes'],
        ['pepper plants', 'peppers'],
        ['squash plants', 'squashes'],
      ] as const)
      return {
        text:
          `A farmer plants ${rows} rows of ${crop[0]} with ${perRow} plants in each row. ` +
          `${died} of the plants die during a dry spell. If every remaining plant produces ` +
          `${perPlant} ${crop[1]}, how many ${crop[1]} does the farmer harvest?`,
        answer: (rows * perRow - died) * perPlant,
        base: 0.1,
        slots: {rows, perRow, died, perPlant},
      }
    },
  ],
  [
    'overtime_pay',
    (random) => {
      const person = pickPerson(random)
      const rate = 2 * randomInt(random, 6, 15)
      const hours = randomInt(random, 41, 55)
      return {
        text:
          `${person.name} earns $${rate} per hour for the first 40 hours ${person.subject} works ` +
          `in a week and time and a half for every hour after that. Last week ` +
          `${person.subject} worked ${hours} hours. How much did ${person.subject} earn, ` +
          `in dollars?`,
        answer: 40 * rate + ((hours - 40) * rate * 3) / 2,
        base: 0.7,
        slots: {rate, hours},
      }
    },
  ],
  [
    'fundraiser',
    (random) => {
      const person = pickPerson(random)
      const monday = randomInt(random, 10, 40)
      const fewer = randomInt(random, 3, 15)
      const price = randomInt(random, 1, 4)
      const goods = pickOne(random, ['cookies', 'raffle tickets', 'cupcakes', 'bookmarks'])
      return {
        text:
          `At a school fundraiser, ${person.name} sold ${monday} ${goods} on Monday and twice ` +
          `as many on Tuesday. On Wednesday ${person.subject} sold ${fewer} fewer than on ` +
          `Tuesday. If each one costs $${price}, how much money did ${person.subject} raise ` +
          `over the three days?`,
        answer: (monday + 2 * monday + (2 * monday - fewer)) * price,
        base: 0.8,
        slots: {monday, fewer, price},
      }
    },
  ],
  [
    'recipe_scale',
    (random) => {
      const servings = pickOne(random, [4, 6, 8])
      const cups = randomInt(random, 2, 6)
      const target = pickOne(
        random,
        [6, 8, 10, 12, 16, 18, 20, 24, 30, 32, 36, 40].filter(
          (value) => value !== servings && (cups * value) % servings === 0,
        ),
      )
      const dish = pickOne(random, ['pancake', 'bread', 'muffin', 'pizza dough'])
      return {
        text:
          `A ${dish} recipe needs ${cups} cups of flour to make ${servings} servings. ` +
          `How many cups of flour are needed to make ${target} servings?`,
        answer: (cups * target) / servings,
        base: 0,
        slots: {cups, servings, target},
      }
    },
  ],
]

/** Bigger numbers make a problem a little harder, for every model alike. */
function magnitudeBump(answer: number | string): number {
  const size = typeof answer === 'number' ? Math.abs(answer) : answer.length * 10
  return 0.15 * Math.log10(Math.max(10, size))
}

function generateMathTask(random: Random, templates: readonly MathTemplate[]): QueryDraft[] {
  return collectDrafts(random, templates, QUERIES_PER_TASK, (draw, [template, build]) => {
    const question = build(draw)
    return {
      text: question.text,
      groundTruth: String(question.answer),
      difficulty: jitter(draw, question.base + magnitudeBump(question.answer)),
      template,
      slots: question.slots,
    }
  })
}

// Competition math (MATH-like)

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b))
const lcm = (a: number, b: number): number => (a / gcd(a, b)) * b

function binomial(n: number, k: number): number {
  let result = 1
  for (let index = 1; index <= k; index++) result = (result * (n - k + index)) / index
  return Math.round(result)
}

/** A reduced fraction in the LaTeX form MATH answers use (`\frac{12}{5}`), or an integer. */
function fraction(numerator: number, denominator: number): string {
  const divisor = gcd(numerator, denominator)
  const [top, bottom] = [numerator / divisor, denominator / divisor]
  return bottom === 1 ? String(top) : `\\frac{${top}}{${bottom}}`
}

function divisorCount(value: number): number {
  let count = 0
  for (let divisor = 1; divisor * divisor <= value; divisor++) {
    if (value % divisor === 0) count += divisor * divisor === value ? 1 : 2
  }
  return count
}

const PYTHAGOREAN_TRIPLES = [
  [3, 4, 5],
  [5, 12, 13],
  [8, 15, 17],
  [7, 24, 25],
  [20, 21, 29],
  [9, 40, 41],
] as const

function diceWays(dice: number, total: number): number {
  if (dice === 0) return total === 0 ? 1 : 0
  let ways = 0
  for (let face = 1; face <= 6; face++) ways += diceWays(dice - 1, total - face)
  return ways
}

const COMPETITION_TEMPLATES: readonly MathTemplate[] = [
  [
    'power_mod',
    (random) => {
      const modulus = pickOne(random, [5, 7, 9, 11, 13])
      const base = pickOne(
        random,
        [2, 3, 4, 5, 6, 7, 8, 10, 12].filter((value) => value % modulus !== 0),
      )
      const exponent = randomInt(random, 25, 2030)
      let result = 1n
      for (let step = 0; step < exponent; step++) result = (result * BigInt(base)) % BigInt(modulus)
      return {
        text: `What is the remainder when $${base}^{${exponent}}$ is divided by $${modulus}$?`,
        answer: Number(result),
        base: 0.4,
        slots: {base, exponent, modulus},
      }
    },
  ],
  [
    'divisor_count',
    (random) => {
      let value = Infinity
      while (value > 100_000) {
        value = 1
        for (const prime of pickDistinct(random, [2, 3, 5, 7, 11], randomInt(random, 2, 4))) {
          value *= prime ** randomInt(random, 1, 4)
        }
      }
      const phrasing = pickOne(random, [
        `How many positive divisors does $${value}$ have?`,
        `Find the number of positive integer divisors of $${value}$.`,
      ])
      return {text: phrasing, answer: divisorCount(value), base: 0, slots: {value}}
    },
  ],
  [
    'multiples_sum',
    (random) => {
      const step = randomInt(random, 3, 13)
      const low = randomInt(random, 10, 100)
      const high = randomInt(random, 200, 900)
      let total = 0
      for (let value = Math.ceil(low / step) * step; value <= high; value += step) total += value
      return {
        text:
          `What is the sum of all multiples of $${step}$ between $${low}$ and $${high}$, ` +
          `inclusive?`,
        answer: total,
        base: -0.2,
        slots: {step, low, high},
      }
    },
  ],
  [
    'vieta',
    (random) => {
      const first = randomInt(random, 1, 12)
      const second = randomInt(random, 1, 12)
      const [sum, product] = [first + second, first * second]
      const power = pickOne(random, [2, 3, -1])
      const target = power === -1 ? '\\frac{1}{r} + \\frac{1}{s}' : `r^${power} + s^${power}`
      const answer =
        power === 2
          ? String(sum * sum - 2 * product)
          : power === 3
            ? String(sum ** 3 - 3 * sum * product)
            : fraction(sum, product)
      return {
        text:
          `Let $r$ and $s$ be the roots of $x^2 - ${sum}x + ${product} = 0$. ` +
          `Compute $${target}$.`,
        answer,
        base: power === 3 ? 0.5 : power === 2 ? 0 : 0.2,
        slots: {sum, product, power},
      }
    },
  ],
  [
    'committee',
    (random) => {
      const size = randomInt(random, 7, 14)
      const chosen = randomInt(random, 3, 6)
      const first = pickPerson(random)
      const second = pickPerson(random, first)
      return {
        text:
          `A club has ${size} members. In how many ways can a ${chosen}-person committee be ` +
          `chosen if two particular members, ${first.name} and ${second.name}, refuse to serve ` +
          `together?`,
        answer: binomial(size, chosen) - binomial(size - 2, chosen - 2),
        base: 0.9,
        slots: {size, chosen},
      }
    },
  ],
  [
    'lcm_three',
    (random) => {
      const [a, b, c] = pickDistinct(
        random,
        Array.from({length: 57}, (_, index) => index + 4),
        3,
      ) as [number, number, number]
      return {
        text: `What is the least common multiple of $${a}$, $${b}$, and $${c}$?`,
        answer: lcm(lcm(a, b), c),
        base: -0.4,
        slots: {a, b, c},
      }
    },
  ],
  [
    'hypotenuse_altitude',
    (random) => {
      const [a, b, c] = pickOne(random, PYTHAGOREAN_TRIPLES)
      const scale = randomInt(random, 1, 3)
      const [legA, legB, hypotenuse] = [a * scale, b * scale, c * scale]
      return {
        text:
          `A right triangle has legs of length $${legA}$ and $${legB}$. What is the length of ` +
          `the altitude drawn to the hypotenuse? Express your answer as a common fraction.`,
        answer: fraction(legA * legB, hypotenuse),
        base: 0.5,
        slots: {legA, legB},
      }
    },
  ],
  [
    'compose_linear',
    (random) => {
      const slope = randomInt(random, 2, 9)
      const intercept = pickOne(random, [-9, -7, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 8])
      const input = randomInt(random, -5, 9)
      const sign = intercept < 0 ? '-' : '+'
      return {
        text: `Let $f(x) = ${slope}x ${sign} ${Math.abs(intercept)}$. What is $f(f(${input}))$?`,
        answer: slope * (slope * input + intercept) + intercept,
        base: -0.8,
        slots: {slope, intercept, input},
      }
    },
  ],
  [
    'power_digit_sum',
    (random) => {
      const base = pickOne(random, [2, 3, 7])
      const exponent = randomInt(random, base === 2 ? 20 : 10, base === 2 ? 60 : 30)
      const digits = (BigInt(base) ** BigInt(exponent)).toString()
      return {
        text: `What is the sum of the digits of $${base}^{${exponent}}$?`,
        answer: [...digits].reduce((total, digit) => total + Number(digit), 0),
        base: 1,
        slots: {base, exponent},
      }
    },
  ],
  [
    'dice_probability',
    (random) => {
      const dice = pickOne(random, [2, 2, 3])
      const total = randomInt(random, dice + 1, 6 * dice - 1)
      return {
        text:
          `${dice === 2 ? 'Two' : 'Three'} fair six-sided dice are rolled. What is the ` +
          `probability that the numbers shown add up to $${total}$? Express your answer as a ` +
          `common fraction.`,
        answer: fraction(diceWays(dice, total), 6 ** dice),
        base: dice === 2 ? -0.1 : 0.6,
        slots: {dice, total},
      }
    },
  ],
  [
    'factorial_zeros',
    (random) => {
      const value = randomInt(random, 30, 2000)
      let zeros = 0
      for (let power = 5; power <= value; power *= 5) zeros += Math.floor(value / power)
      return {
        text: `How many zeros are at the end of the decimal representation of $${value}!$?`,
        answer: zeros,
        base: 0.1,
        slots: {value},
      }
    },
  ],
  [
    'exactly_one_divisible',
    (random) => {
      const limit = randomInt(random, 100, 2000)
      const [a, b] = pickDistinct(random, [2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 15], 2) as [
        number,
        number,
      ]
      const both = Math.floor(limit / lcm(a, b))
      return {
        text:
          `How many integers from $1$ to $${limit}$, inclusive, are divisible by exactly one ` +
          `of $${a}$ and $${b}$?`,
        answer: Math.floor(limit / a) + Math.floor(limit / b) - 2 * both,
        base: 0.7,
        slots: {limit, a, b},
      }
    },
  ],
]

// Multiple-choice knowledge questions (MMLU-like)

interface ChoiceFact {
  readonly subject: string
  readonly question: string
  readonly correct: string
  readonly distractors: readonly string[]
  readonly base: number
}

/** Facts that share one answer pool: each question's distractors come from the others. */
function pooledFacts(
  subject: string,
  question: (key: string) => string,
  pairs: readonly (readonly [string, string, number])[],
  extraOptions: readonly string[] = [],
): ChoiceFact[] {
  const pool = [...new Set([...pairs.map(([, answer]) => answer), ...extraOptions])]
  return pairs.map(([key, correct, base]) => ({
    subject,
    question: question(key),
    correct,
    distractors: pool.filter((option) => option !== correct),
    base,
  }))
}

const ELEMENTS: readonly (readonly [string, string, number])[] = [
  ['1', 'hydrogen', -1.4],
  ['2', 'helium', -1.1],
  ['6', 'carbon', -1],
  ['7', 'nitrogen', -0.6],
  ['8', 'oxygen', -0.9],
  ['10', 'neon', -0.2],
  ['11', 'sodium', -0.1],
  ['12', 'magnesium', 0.2],
  ['13', 'aluminum', 0.3],
  ['16', 'sulfur', 0.3],
  ['17', 'chlorine', 0.1],
  ['19', 'potassium', 0.4],
  ['20', 'calcium', 0.3],
  ['26', 'iron', 0.5],
  ['29', 'copper', 0.7],
  ['30', 'zinc', 0.9],
  ['47', 'silver', 1],
  ['79', 'gold', 0.8],
  ['82', 'lead', 1.1],
]

const HISTORY_EVENTS: readonly (readonly [string, number, number])[] = [
  ['the Battle of Hastings', 1066, 0.2],
  ['the sealing of Magna Carta', 1215, 0.3],
  ['the fall of Constantinople to the Ottoman Empire', 1453, 0.6],
  ["Columbus's first voyage across the Atlantic", 1492, -0.6],
  ['the storming of the Bastille', 1789, 0],
  ['the Battle of Waterloo', 1815, 0.3],
  ['the start of the First World War', 1914, -0.7],
  ['the October Revolution in Russia', 1917, 0.1],
  ['the end of the Second World War', 1945, -0.9],
  ['the fall of the Berlin Wall', 1989, -0.4],
]

function historyFacts(random: Random): ChoiceFact[] {
  return HISTORY_EVENTS.map(([event, year, base]) => {
    const offsets = pickDistinct(random, [-61, -47, -33, -25, -18, -12, -8, 9, 14, 22, 31, 56], 3)
    return {
      subject: 'world history',
      question: `In which year did ${event} take place?`,
      correct: String(year),
      distractors: offsets.map((offset) => String(year + offset)),
      base,
    }
  })
}

const CONCEPT_FACTS: readonly ChoiceFact[] = [
  {
    subject: 'microeconomics',
    question: 'A good for which demand rises as consumer income rises is called',
    correct: 'a normal good',
    distractors: ['an inferior good', 'a Giffen good', 'a public good'],
    base: -0.5,
  },
  {
    subject: 'microeconomics',
    question: 'The value of the next best alternative given up when making a choice is',
    correct: 'opportunity cost',
    distractors: ['sunk cost', 'marginal cost', 'fixed cost'],
    base: -0.8,
  },
  {
    subject: 'microeconomics',
    question:
      'If the absolute value of the price elasticity of demand for a product is greater than 1, ' +
      'demand for the product is',
    correct: 'elastic',
    distractors: ['inelastic', 'unit elastic', 'perfectly inelastic'],
    base: 0,
  },
  {
    subject: 'microeconomics',
    question: 'In long-run equilibrium, a firm in a perfectly competitive market earns',
    correct: 'zero economic profit',
    distractors: [
      'positive economic profit',
      'negative accounting profit',
      'the same profit as a monopolist',
    ],
    base: 0.6,
  },
  {
    subject: 'macroeconomics',
    question: 'Other things equal, a decrease in the reserve requirement will most likely',
    correct: 'increase the money supply',
    distractors: ['decrease the money supply', 'raise the interest rate', 'reduce bank lending'],
    base: 0.4,
  },
  {
    subject: 'macroeconomics',
    question: 'When the central bank buys government bonds on the open market, the money supply',
    correct: 'increases',
    distractors: ['decreases', 'is unaffected', 'falls by the value of the bonds'],
    base: 0.3,
  },
  {
    subject: 'microeconomics',
    question: 'A binding price ceiling set below the equilibrium price will most likely cause',
    correct: 'a shortage',
    distractors: ['a surplus', 'no change in the quantity traded', 'an increase in supply'],
    base: 0.1,
  },
  {
    subject: 'microeconomics',
    question: 'Goods that are both nonrival and nonexcludable are called',
    correct: 'public goods',
    distractors: ['private goods', 'club goods', 'inferior goods'],
    base: 0.2,
  },
]

function knowledgeFacts(random: Random): ChoiceFact[] {
  return [
    ...pooledFacts(
      'high school chemistry',
      (number) => `Which element has atomic number ${number}?`,
      ELEMENTS,
    ),
    ...historyFacts(random),
    ...CONCEPT_FACTS,
    ...pooledFacts('high school biology', (role) => `Which organelle ${role}?`, [
      ['is the main site of ATP production by aerobic respiration', 'mitochondrion', -0.6],
      ['carries out photosynthesis in plant cells', 'chloroplast', -0.8],
      ['assembles proteins from amino acids', 'ribosome', 0],
      ['modifies, sorts and packages proteins for export', 'Golgi apparatus', 0.4],
      ['contains enzymes that break down worn-out cell parts', 'lysosome', 0.3],
      ['holds most of the DNA in a eukaryotic cell', 'nucleus', -1],
    ]),
    ...pooledFacts(
      'college computer science',
      (task) => `What is the worst-case time complexity of ${task}?`,
      [
        ['binary search on a sorted array of n elements', 'O(log n)', -0.3],
        ['bubble sort on n elements', 'O(n^2)', -0.1],
        ['merge sort on n elements', 'O(n log n)', 0],
        ['linear search through an unsorted list of n elements', 'O(n)', -0.7],
        ['inserting a key into a binary heap of n elements', 'O(log n)', 0.5],
        ['quicksort with a naive pivot choice on n elements', 'O(n^2)', 0.7],
        ['reading the element at a given index of an array', 'O(1)', -0.9],
      ],
      ['O(2^n)'],
    ),
    ...pooledFacts('high school physics', (quantity) => `What is the SI unit of ${quantity}?`, [
      ['force', 'newton', -0.9],
      ['energy', 'joule', -0.7],
      ['power', 'watt', -0.4],
      ['electric charge', 'coulomb', 0.2],
      ['pressure', 'pascal', 0],
      ['frequency', 'hertz', -0.2],
      ['electrical resistance', 'ohm', 0],
      ['magnetic flux density', 'tesla', 0.9],
    ]),
    ...pooledFacts('philosophy', (work) => `Which philosopher wrote ${work}?`, [
      ['the Republic', 'Plato', -0.6],
      ['the Nicomachean Ethics', 'Aristotle', -0.2],
      ['Leviathan', 'Thomas Hobbes', 0.2],
      ['Meditations on First Philosophy', 'René Descartes', 0.3],
      ['the Critique of Pure Reason', 'Immanuel Kant', 0.1],
      ['Two Treatises of Government', 'John Locke', 0.6],
      ['The Social Contract', 'Jean-Jacques Rousseau', 0.4],
      ['Utilitarianism', 'John Stuart Mill', 0.3],
      ['Beyond Good and Evil', 'Friedrich Nietzsche', 0.5],
    ]),
  ]
}

function generateKnowledge(random: Random): QueryDraft[] {
  const facts = shuffled(random, knowledgeFacts(random)).slice(0, QUERIES_PER_TASK)
  return facts.map((fact) => {
    const {options, answer} = multipleChoice(
      random,
      fact.correct,
      shuffled(random, fact.distractors),
    )
    const lines = options.map((option, position) => `${LETTERS[position]!}. ${option}`)
    return {
      text:
        `The following is a multiple choice question about ${fact.subject}.\n\n` +
        `${fact.question}\n${lines.join('\n')}\nAnswer:`,
      groundTruth: answer,
      difficulty: jitter(random, fact.base),
      template: fact.subject.replaceAll(' ', '_'),
    }
  })
}

// Everyday science reasoning (ARC-like)

interface ScienceItem {
  readonly stem: string
  readonly correct: string
  readonly distractors: readonly string[]
  readonly base: number
}

type ScienceScenario = readonly [string, (random: Random) => ScienceItem]

const meters = (value: number): string => `${value} ${value === 1 ? 'meter' : 'meters'}`

const SCIENCE_SCENARIOS: readonly ScienceScenario[] = [
  [
    'heat_conduction',
    (random) => {
      const person = pickPerson(random)
      const metal = pickOne(random, ['steel', 'aluminum', 'copper'])
      const other = pickOne(random, ['wooden', 'plastic', 'bamboo'])
      return {
        stem:
          `${person.name} leaves ${metal === 'aluminum' ? 'an' : 'a'} ${metal} spoon and a ` +
          `${other} spoon in a pot of hot soup. ` +
          `A few minutes later the handle of the ${metal} spoon feels much hotter. ` +
          `What best explains this?`,
        correct: `The ${metal} spoon conducts heat better than the ${other} spoon.`,
        distractors: [
          `The ${metal} spoon was warmer before it went into the soup.`,
          `The ${other} spoon is heavier, so it stays cool.`,
          `The ${other} spoon gives off its heat to the soup.`,
        ],
        base: -0.6,
      }
    },
  ],
  [
    'friction',
    (random) => {
      const person = pickPerson(random)
      const rough = pickOne(random, ['thick carpet', 'gravel', 'coarse sandpaper'])
      const toy = pickOne(random, ['toy car', 'marble', 'small wagon'])
      return {
        stem:
          `${person.name} lets the same ${toy} roll down a ramp onto four different surfaces. ` +
          `On which surface will it most likely travel the shortest distance?`,
        correct: rough,
        distractors: pickDistinct(random, ['smooth tile', 'polished wood', 'ice', 'glass'], 3),
        base: -0.9,
      }
    },
  ],
  [
    'evaporation',
    (random) => {
      const place = pickOne(random, ['asphalt playground', 'concrete sidewalk', 'parking lot'])
      const time = pickOne(random, ['afternoon', 'next day', 'evening'])
      return {
        stem:
          `After a morning rain shower, a puddle on the ${place} is gone by the ${time}, ` +
          `even though the sun was out the whole time. Where did most of the water go?`,
        correct: 'It changed into water vapor and went into the air.',
        distractors: [
          'It was broken down into oxygen and hydrogen by sunlight.',
          'It froze and became part of the pavement.',
          'It was used up by the heat of the sun.',
        ],
        base: -0.7,
      }
    },
  ],
  [
    'magnetism',
    (random) => {
      const person = pickPerson(random)
      return {
        stem:
          `${person.name} holds a bar magnet near four objects on a table. Which object will ` +
          `the magnet most likely pick up?`,
        correct: pickOne(random, ['a steel paper clip', 'an iron nail', 'a steel safety pin']),
        distractors: pickDistinct(
          random,
          ['a copper coin', 'a plastic button', 'a glass marble', 'an aluminum can', 'a cork'],
          3,
        ),
        base: -0.4,
      }
    },
  ],
  [
    'separating_mixtures',
    (random) => {
      const person = pickPerson(random)
      const solute = pickOne(random, ['salt', 'sugar'])
      return {
        stem:
          `${person.name} stirs a spoonful of ${solute} into a cup of warm water until it ` +
          `disappears. What is the best way for ${person.object} to get the ${solute} back?`,
        correct: 'Leave the cup in a warm place until the water evaporates.',
        distractors: [
          'Pour the mixture through a paper coffee filter.',
          `Pull the ${solute} out with a strong magnet.`,
          'Stir the mixture faster in the opposite direction.',
        ],
        base: 0,
      }
    },
  ],
  [
    'renewable_resources',
    (random) => {
      const place = pickOne(random, [
        'coastal town',
        'farming village',
        'mountain town',
        'small island',
        'desert city',
      ])
      return {
        stem:
          `A ${place} wants to make electricity from a renewable resource. ` +
          `Which one should it use?`,
        correct: pickOne(random, ['wind', 'sunlight', 'flowing river water']),
        distractors: pickDistinct(random, ['coal', 'natural gas', 'oil', 'uranium'], 3),
        base: -0.8,
      }
    },
  ],
  [
    'day_and_night',
    (random) => {
      const person = pickPerson(random)
      return {
        stem:
          `${person.name} notices that the Sun rises in the morning and sets in the evening ` +
          `every day. What causes this cycle of day and night?`,
        correct: 'Earth spins on its axis.',
        distractors: shuffled(random, [
          'Earth travels around the Sun.',
          'The Moon blocks the Sun each night.',
          'The Sun travels around Earth.',
        ]),
        base: -0.3,
      }
    },
  ],
  [
    'food_chain',
    (random) => {
      const [producer, herbivore, predator] = pickOne(random, [
        ['grass', 'rabbit', 'fox'],
        ['acorns', 'squirrel', 'hawk'],
        ['clover', 'grasshopper', 'frog'],
        ['kelp', 'sea urchin', 'sea otter'],
        ['algae', 'snail', 'duck'],
      ] as const)
      const askHerbivore = random() < 0.5
      return {
        stem:
          `In the food chain ${producer} → ${herbivore} → ${predator}, what role does the ` +
          `${askHerbivore ? herbivore : producer} play?`,
        correct: askHerbivore ? 'primary consumer' : 'producer',
        distractors: askHerbivore
          ? ['producer', 'decomposer', 'top predator']
          : ['primary consumer', 'decomposer', 'top predator'],
        base: 0.1,
      }
    },
  ],
  [
    'potential_energy',
    (random) => {
      const person = pickPerson(random)
      const heights = pickDistinct(random, [0.5, 1, 1.5, 2, 2.5, 3], 4)
      const highest = Math.max(...heights)
      const thing = pickOne(random, ['rubber ball', 'bean bag', 'tennis ball'])
      return {
        stem:
          `${person.name} holds the same ${thing} at different heights above the floor. At ` +
          `which height does it have the most gravitational potential energy?`,
        correct: meters(highest),
        distractors: heights.filter((value) => value !== highest).map(meters),
        base: -0.2,
      }
    },
  ],
  [
    'measuring_tools',
    (random) => {
      const person = pickPerson(random)
      const tools: readonly (readonly [string, string])[] = [
        ['mass of a rock', 'a balance'],
        ['volume of some lemonade', 'a graduated cylinder'],
        ['temperature of pond water', 'a thermometer'],
        ['air pressure before a storm', 'a barometer'],
        ['speed of the wind', 'an anemometer'],
      ]
      const [quantity, tool] = pickOne(random, tools)
      return {
        stem:
          `${person.name} wants to measure the ${quantity}. ` +
          `Which tool should ${person.subject} use?`,
        correct: tool,
        distractors: pickDistinct(
          random,
          tools.map(([, other]) => other).filter((other) => other !== tool),
          3,
        ),
        base: -0.5,
      }
    },
  ],
  [
    'condensation',
    (random) => {
      const person = pickPerson(random)
      const drink = pickOne(random, ['ice water', 'iced tea', 'cold lemonade'])
      return {
        stem:
          `On a warm, humid day ${person.name} pours ${drink} into a glass. Soon drops of ` +
          `water form on the outside of the glass. Where did this water come from?`,
        correct: 'Water vapor in the air condensed on the cold glass.',
        distractors: [
          'The drink leaked through tiny holes in the glass.',
          'The ice melted through the side of the glass.',
          'The glass itself turned into water as it cooled.',
        ],
        base: 0.2,
      }
    },
  ],
  [
    'states_of_matter',
    (random) => {
      const variant = pickOne(random, [
        ['has a definite volume but takes the shape of its container', 'liquid'],
        ['flows and can be poured but keeps the same volume', 'liquid'],
        ['has both a definite shape and a definite volume', 'solid'],
        ['keeps its shape when moved from one container to another', 'solid'],
        ['spreads out to fill any container it is in', 'gas'],
        ['can be squeezed into a much smaller volume', 'gas'],
      ] as const)
      return {
        stem: `Which state of matter ${variant[0]}?`,
        correct: variant[1],
        distractors: ['solid', 'liquid', 'gas', 'none of these'].filter(
          (state) => state !== variant[1],
        ),
        base: -0.6,
      }
    },
  ],
  [
    'sound_speed',
    (random) => {
      const fastest = random() < 0.5
      const solids = ['a steel rail', 'an iron railing', 'a brick wall']
      const stem = pickOne(random, [
        `Through which material does sound travel ${fastest ? 'fastest' : 'slowest'}?`,
        `A bell rings at one end of four equally long paths made of different materials. ` +
          `Along which path does the sound arrive ${fastest ? 'first' : 'last'}?`,
      ])
      return {
        stem,
        correct: fastest ? pickOne(random, solids) : 'air',
        distractors: fastest
          ? ['air', 'water', 'a foam pillow']
          : [pickOne(random, solids), 'water', 'glass'],
        base: 0.5,
      }
    },
  ],
  [
    'controlled_experiment',
    (random) => {
      const person = pickPerson(random)
      const variables = ['the amount of water', 'the amount of sunlight', 'the type of soil']
      const tested = pickOne(random, variables)
      const plant = pickOne(random, ['bean', 'sunflower', 'tomato'])
      return {
        stem:
          `${person.name} wants to find out whether ${tested} affects how tall ${plant} plants ` +
          `grow. What should ${person.subject} keep the same for every plant?`,
        correct: pickOne(
          random,
          variables.filter((variable) => variable !== tested),
        ),
        distractors: [tested, 'the final height of each plant', 'the number of leaves that grow'],
        base: 0.4,
      }
    },
  ],
  [
    'adaptations',
    (random) => {
      const traits: readonly (readonly [string, string, string])[] = [
        ['polar bear', 'the icy Arctic', 'thick fur and a layer of fat'],
        ['camel', 'a hot desert', 'going many days without drinking'],
        ['duck', 'a pond', 'webbed feet for paddling'],
        ['owl', 'a forest at night', 'large eyes that see in dim light'],
        ['cactus', 'a dry desert', 'a thick stem that stores water'],
      ]
      const [organism, habitat, trait] = pickOne(random, traits)
      return {
        stem: `Which trait best helps a ${organism} survive in ${habitat}?`,
        correct: trait,
        distractors: pickDistinct(
          random,
          traits.map(([, , other]) => other).filter((other) => other !== trait),
          3,
        ),
        base: -0.3,
      }
    },
  ],
  [
    'moon_phases',
    (random) => {
      const person = pickPerson(random)
      return {
        stem:
          `${person.name} draws the shape of the Moon every night. About how long will it take ` +
          `before the drawings start to repeat the same shapes?`,
        correct: 'about one month',
        distractors: ['about one day', 'about one week', 'about one year'],
        base: 0.3,
      }
    },
  ],
  [
    'chemical_change',
    (random) => {
      const chemical = [
        'an iron nail rusting',
        'wood burning',
        'bread dough baking',
        'milk souring',
      ]
      const physical = ['ice melting', 'paper being cut', 'water boiling', 'a glass breaking']
      const askChemical = random() < 0.5
      const kind = askChemical ? 'chemical' : 'physical'
      const person = pickPerson(random)
      return {
        stem: pickOne(random, [
          `Which of these is an example of a ${kind} change?`,
          `${person.name} lists changes ${person.subject} saw at home this week. ` +
            `Which one is a ${kind} change?`,
        ]),
        correct: pickOne(random, askChemical ? chemical : physical),
        distractors: pickDistinct(random, askChemical ? physical : chemical, 3),
        base: 0.2,
      }
    },
  ],
  [
    'erosion',
    (random) => {
      const place = pickOne(random, [
        'in a riverbed',
        'at the bottom of a creek',
        'on a beach',
        'in a mountain stream',
        'along a lakeshore',
      ])
      return {
        stem: `The rocks ${place} are smooth and rounded. What most likely made them smooth?`,
        correct: 'Moving water tumbled them against each other for a long time.',
        distractors: [
          'Plants growing on them wore down the edges.',
          'They cooled slowly from melted rock.',
          'Animals walking over them polished them.',
        ],
        base: 0,
      }
    },
  ],
  [
    'gravity_moon',
    (random) => {
      const person = pickPerson(random)
      return {
        stem:
          `${person.name} reads that an astronaut weighs less on the Moon than on Earth. ` +
          `Why is this so?`,
        correct: 'The Moon has less mass than Earth, so its pull of gravity is weaker.',
        distractors: [
          'There is no air on the Moon to push down on the astronaut.',
          'The astronaut loses some mass while traveling through space.',
          'The Moon is farther from the Sun than Earth is.',
        ],
        base: 0.6,
      }
    },
  ],
  [
    'shadows',
    (random) => {
      const person = pickPerson(random)
      const time = pickOne(random, ['noon', 'midday', 'lunchtime'])
      return {
        stem:
          `${person.name} measures the shadow of a flagpole in the early morning and again at ` +
          `${time}. How does the shadow at ${time} compare with the morning shadow?`,
        correct: 'It is shorter, because the Sun is higher in the sky.',
        distractors: [
          'It is longer, because the Sun is higher in the sky.',
          'It is the same length, because the flagpole does not move.',
          'It is longer, because the Sun is closer to Earth at that time.',
        ],
        base: 0.5,
      }
    },
  ],
]

function generateScience(random: Random): QueryDraft[] {
  return collectDrafts(
    random,
    SCIENCE_SCENARIOS,
    QUERIES_PER_TASK,
    (draw, [template, build]) => {
      const item = build(draw)
      const {options, answer} = multipleChoice(draw, item.correct, item.distractors)
      const lines = options.map((option, position) => `(${LETTERS[position]!}) ${option}`)
      return {
        text: `Question: ${item.stem}\n${lines.join('\n')}`,
        groundTruth: answer,
        difficulty: jitter(draw, item.base),
        template,
      }
    },
    (draft) => draft.text.split('\n')[0]!,
  )
}

// Python coding tasks (HumanEval-like)

type CodeExample = readonly [readonly unknown[], unknown]

interface CodeVariant {
  readonly name: string
  readonly params: string
  readonly returns: string
  readonly summary: string
  /** The reference solution's body, indented by four spaces. */
  readonly body: string
  readonly base: number
  readonly examples: (random: Random) => readonly CodeExample[]
}

type CodeSpec = readonly [string, readonly CodeVariant[]]

/** Renders a JavaScript value the way Python prints it. */
function toPython(value: unknown): string {
  if (value === null) return 'None'
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`
  if (Array.isArray(value)) return `[${value.map(toPython).join(', ')}]`
  const entries = Object.entries(value as Record<string, unknown>)
  return `{${entries.map(([key, item]) => `${toPython(key)}: ${toPython(item)}`).join(', ')}}`
}

function wrapWords(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  return [...lines, line]
}

const signatureOf = (variant: CodeVariant): string =>
  `def ${variant.name}(${variant.params}) -> ${variant.returns}:`

function renderCodePrompt(variant: CodeVariant, examples: readonly CodeExample[]): string {
  const signature = signatureOf(variant)
  const typing = ['Dict', 'List', 'Optional'].filter((name) => signature.includes(`${name}[`))
  const header = typing.length > 0 ? `from typing import ${typing.join(', ')}\n\n\n` : ''
  const summary = wrapWords(variant.summary, 84).map((line) => `    ${line}`)
  summary[0] = `    """${summary[0]!.trimStart()}`
  const doctests = examples.flatMap(([args, result]) => {
    const call = `${variant.name}(${args.map(toPython).join(', ')})`
    return result === null
      ? [`    >>> ${call} is None`, '    True']
      : [`    >>> ${call}`, `    ${toPython(result)}`]
  })
  return `${header}${signature}\n${summary.join('\n')}\n\n${doctests.join('\n')}\n    """\n`
}

function intList(random: Random, minLength: number, maxLength: number, low: number, high: number) {
  return Array.from({length: randomInt(random, minLength, maxLength)}, () =>
    randomInt(random, low, high),
  )
}

const sortedInts = (random: Random): number[] => intList(random, 3, 6, 0, 20).sort((a, b) => a - b)

const PHRASES = [
  'Hello World',
  'Route 66 Diner',
  'Quarterly Report Q3 2024',
  'the Quick brown Fox',
  'Meet me at 7:45 PM',
  'Data Science 101',
  'Mississippi River',
  'Pack 12 boxes by Friday',
  'Open the Pod Bay Doors',
  'Sunny with 30 percent rain',
  'Gate B12 closes at 9',
]

const SENTENCES = [
  'the cat sat on the warm mat',
  'routing queries saves money and time',
  'a journey of many miles begins with one step',
  'small models answer simple questions well',
  'every student solved the puzzle quickly',
  'bright stars shine over quiet mountains',
]

const WORDS = [
  'apple',
  'Banana',
  'cherry',
  'apple',
  'date',
  'fig',
  'grape',
  'Apple',
  'kiwi',
  'banana',
]

const countMatching = (text: string, pattern: RegExp): number =>
  [...text].filter((character) => pattern.test(character)).length

function running(numbers: readonly number[], combine: (a: number, b: number) => number): number[] {
  const result: number[] = []
  for (const value of numbers) result.push(result.length ? combine(result.at(-1)!, value) : value)
  return result
}

const cleanPalindrome = (text: string): boolean => {
  const cleaned = text.toLowerCase().replace(/[^a-z0-9]/g, '')
  return cleaned === [...cleaned].reverse().join('')
}

const isPalindrome = (text: string): boolean => text === [...text].reverse().join('')

function almostPalindrome(text: string): boolean {
  for (let left = 0, right = text.length - 1; left < right; left++, right--) {
    if (text[left] !== text[right]) {
      return isPalindrome(text.slice(left + 1, right + 1)) || isPalindrome(text.slice(left, right))
    }
  }
  return true
}

function rotateRight(items: readonly number[], shift: number): number[] {
  const cut = items.length - (shift % items.length)
  return [...items.slice(cut), ...items.slice(0, cut)]
}

function runs(text: string): Array<[string, number]> {
  const result: Array<[string, number]> = []
  for (const character of text) {
    const last = result.at(-1)
    if (last && last[0] === character) last[1]++
    else result.push([character, 1])
  }
  return result
}

function randomRuns(random: Random): string {
  let text = ''
  for (let count = randomInt(random, 3, 5); count > 0; count--) {
    const letter = pickOne(
      random,
      [...'abxyz'].filter((candidate) => !text.endsWith(candidate)),
    )
    text += letter.repeat(randomInt(random, 1, 4))
  }
  return text
}

function shiftLetters(text: string, shift: number): string {
  return text.replace(/[a-z]/g, (letter) =>
    String.fromCharCode(((((letter.charCodeAt(0) - 97 + shift) % 26) + 26) % 26) + 97),
  )
}

const digitSum = (value: number, power: number): number =>
  [...String(value)].reduce((total, digit) => total + Number(digit) ** power, 0)

function isHappy(value: number): boolean {
  const seen = new Set<number>()
  while (value !== 1 && !seen.has(value)) {
    seen.add(value)
    value = digitSum(value, 2)
  }
  return value === 1
}

function wordGame(limit: number, first: [number, string], second: [number, string]): string[] {
  return Array.from({length: limit}, (_, index) => {
    const number = index + 1
    const word =
      (number % first[0] === 0 ? first[1] : '') + (number % second[0] === 0 ? second[1] : '')
    return word || String(number)
  })
}

const uniqueSorted = (values: readonly number[]): number[] =>
  [...new Set(values)].sort((a, b) => a - b)

function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? ''
  for (const word of words.slice(1)) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1)
  return prefix
}

function commonSuffix(words: readonly string[]): string {
  let suffix = words[0] ?? ''
  for (const word of words.slice(1)) while (!word.endsWith(suffix)) suffix = suffix.slice(1)
  return suffix
}

function countPairs(numbers: readonly number[], test: (a: number, b: number) => boolean): number {
  let count = 0
  for (let i = 0; i < numbers.length; i++) {
    for (let j = i + 1; j < numbers.length; j++) if (test(numbers[i]!, numbers[j]!)) count++
  }
  return count
}

function bracketsBalanced(text: string): boolean {
  const stack: string[] = []
  const opening: Record<string, string> = {')': '(', ']': '[', '}': '{'}
  for (const character of text) {
    if ('([{'.includes(character)) stack.push(character)
    else if (character in opening && stack.pop() !== opening[character]) return false
  }
  return stack.length === 0
}

function nestingDepth(text: string): number {
  let [depth, best] = [0, 0]
  for (const character of text) {
    if (character === '(') best = Math.max(best, ++depth)
    else if (character === ')') depth--
  }
  return best
}

function insertionsToBalance(text: string): number {
  let [open, insertions] = [0, 0]
  for (const character of text) {
    if (character === '(') open++
    else if (open > 0) open--
    else insertions++
  }
  return insertions + open
}

function dedupeBy<T>(items: readonly T[], key: (item: T) => unknown): T[] {
  const seen = new Set<unknown>()
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)))
}

const squareMatrix = (random: Random, size: number): number[][] =>
  Array.from({length: size}, () => intList(random, size, size, 1, 9))

function spiral(matrix: readonly (readonly number[])[]): number[] {
  const rows = matrix.map((row) => [...row])
  const result: number[] = []
  while (rows.length > 0) {
    result.push(...rows.shift()!)
    const columns = rows[0]?.map((_, column) => rows.map((row) => row[column]!)) ?? []
    rows.splice(0, rows.length, ...columns.reverse())
  }
  return result
}

function randomGrid(random: Random, openCorners: boolean): number[][] {
  const [height, width] = [randomInt(random, 3, 4), randomInt(random, 4, 5)]
  const grid = Array.from({length: height}, () =>
    Array.from({length: width}, () => (random() < 0.45 ? 1 : 0)),
  )
  if (openCorners) grid[0]![0] = grid[height - 1]![width - 1] = 0
  return grid
}

const NEIGHBOURS = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
] as const

/** Sizes of the 4-connected groups of cells equal to 1. */
function islandSizes(grid: readonly (readonly number[])[]): number[] {
  const seen = new Set<string>()
  const sizes: number[] = []
  grid.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== 1 || seen.has(`${r},${c}`)) return
      let size = 0
      const stack = [[r, c] as const]
      seen.add(`${r},${c}`)
      while (stack.length > 0) {
        const [y, x] = stack.pop()!
        size++
        for (const [dy, dx] of NEIGHBOURS) {
          const key = `${y + dy},${x + dx}`
          if (grid[y + dy]?.[x + dx] === 1 && !seen.has(key)) {
            seen.add(key)
            stack.push([y + dy, x + dx])
          }
        }
      }
      sizes.push(size)
    }),
  )
  return sizes
}

function shortestPath(grid: readonly (readonly number[])[]): number {
  const [height, width] = [grid.length, grid[0]!.length]
  const queue: Array<readonly [number, number, number]> = [[0, 0, 0]]
  const seen = new Set(['0,0'])
  while (queue.length > 0) {
    const [y, x, steps] = queue.shift()!
    if (y === height - 1 && x === width - 1) return steps
    for (const [dy, dx] of NEIGHBOURS) {
      const key = `${y + dy},${x + dx}`
      if (grid[y + dy]?.[x + dx] === 0 && !seen.has(key)) {
        seen.add(key)
        queue.push([y + dy, x + dx, steps + 1])
      }
    }
  }
  return -1
}

function longestIncreasing(numbers: readonly number[]): number {
  const tails: number[] = []
  for (const value of numbers) {
    const index = tails.findIndex((tail) => tail >= value)
    if (index === -1) tails.push(value)
    else tails[index] = value
  }
  return tails.length
}

function editDistance(first: string, second: string): number {
  let previous = Array.from({length: second.length + 1}, (_, index) => index)
  for (let i = 1; i <= first.length; i++) {
    const current = [i]
    for (let j = 1; j <= second.length; j++) {
      const substitution = previous[j - 1]! + (first[i - 1] === second[j - 1] ? 0 : 1)
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution))
    }
    previous = current
  }
  return previous.at(-1)!
}

function longestUnique(text: string): number {
  const last = new Map<string, number>()
  let [start, best] = [0, 0]
  ;[...text].forEach((character, index) => {
    if ((last.get(character) ?? -1) >= start) start = last.get(character)! + 1
    last.set(character, index)
    best = Math.max(best, index - start + 1)
  })
  return best
}

const CODE_SPECS: readonly CodeSpec[] = [
  [
    'count_characters',
    [
      {
        name: 'count_vowels',
        params: 'text: str',
        returns: 'int',
        summary: 'Return how many vowels (a, e, i, o, u) appear in text, ignoring case.',
        body: `    return sum(1 for ch in text.lower() if ch in 'aeiou')`,
        base: -1.1,
        examples: (random) =>
          pickDistinct(random, PHRASES, 2).map((text) => [[text], countMatching(text, /[aeiou]/i)]),
      },
      {
        name: 'count_uppercase',
        params: 'text: str',
        returns: 'int',
        summary: 'Return how many uppercase letters appear in text.',
        body: `    return sum(1 for ch in text if ch.isupper())`,
        base: -1.2,
        examples: (random) =>
          pickDistinct(random, PHRASES, 2).map((text) => [[text], countMatching(text, /[A-Z]/)]),
      },
      {
        name: 'count_digits',
        params: 'text: str',
        returns: 'int',
        summary: 'Return how many decimal digits appear in text.',
        body: `    return sum(1 for ch in text if ch.isdigit())`,
        base: -1.2,
        examples: (random) =>
          pickDistinct(random, PHRASES, 2).map((text) => [[text], countMatching(text, /[0-9]/)]),
      },
    ],
  ],
  [
    'running_aggregate',
    [
      {
        name: 'running_max',
        params: 'numbers: List[int]',
        returns: 'List[int]',
        summary:
          'Return a list whose i-th element is the largest value among numbers[0], ..., ' +
          'numbers[i].',
        body: `    result = []
    for value in numbers:
        result.append(value if not result else max(result[-1], value))
    return result`,
        base: -0.8,
        examples: (random) =>
          [intList(random, 5, 7, -5, 20), []].map((numbers) => [
            [numbers],
            running(numbers, Math.max),
          ]),
      },
      {
        name: 'running_min',
        params: 'numbers: List[int]',
        returns: 'List[int]',
        summary:
          'Return a list whose i-th element is the smallest value among numbers[0], ..., ' +
          'numbers[i].',
        body: `    result = []
    for value in numbers:
        result.append(value if not result else min(result[-1], value))
    return result`,
        base: -0.8,
        examples: (random) =>
          [intList(random, 5, 7, -5, 20), intList(random, 1, 1, 0, 9)].map((numbers) => [
            [numbers],
            running(numbers, Math.min),
          ]),
      },
      {
        name: 'prefix_sums',
        params: 'numbers: List[int]',
        returns: 'List[int]',
        summary:
          'Return the running totals of numbers: element i is numbers[0] + ... + numbers[i].',
        body: `    result, total = [], 0
    for value in numbers:
        total += value
        result.append(total)
    return result`,
        base: -0.9,
        examples: (random) =>
          [intList(random, 4, 6, -3, 12), []].map((numbers) => [
            [numbers],
            running(numbers, (a, b) => a + b),
          ]),
      },
    ],
  ],
  [
    'palindromes',
    [
      {
        name: 'is_clean_palindrome',
        params: 'text: str',
        returns: 'bool',
        summary:
          'Return True if text reads the same forwards and backwards once every character ' +
          'that is not a letter or digit is removed and case is ignored.',
        body: `    cleaned = [ch.lower() for ch in text if ch.isalnum()]
    return cleaned == cleaned[::-1]`,
        base: -0.5,
        examples: (random) =>
          [
            pickOne(random, ['Never odd or even', 'Step on no pets', 'No lemon, no melon']),
            pickOne(random, ['Router', 'Open source', 'Level up', 'Top spots']),
          ].map((text) => [[text], cleanPalindrome(text)]),
      },
      {
        name: 'is_palindrome_number',
        params: 'n: int',
        returns: 'bool',
        summary:
          'Return True if the decimal digits of the non-negative integer n read the same in ' +
          'both directions.',
        body: `    return str(n) == str(n)[::-1]`,
        base: -0.9,
        examples: (random) => {
          const half = String(randomInt(random, 10, 999))
          const mirrored = Number(half + [...half].reverse().join(''))
          const other = randomInt(random, 100, 99999)
          return [mirrored, other].map((n) => [[n], isPalindrome(String(n))])
        },
      },
      {
        name: 'is_almost_palindrome',
        params: 'text: str',
        returns: 'bool',
        summary:
          'Return True if text is a palindrome, or becomes one after deleting at most one ' +
          'character.',
        body: `    def is_palindrome(s):
        return s == s[::-1]

    left, right = 0, len(text) - 1
    while left < right:
        if text[left] != text[right]:
            return is_palindrome(text[left + 1:right + 1]) or is_palindrome(text[left:right])
        left, right = left + 1, right - 1
    return True`,
        base: 0.7,
        examples: (random) =>
          pickDistinct(random, ['abca', 'racecars', 'radkar', 'abcdef', 'kayaks', 'banana'], 3).map(
            (text) => [[text], almostPalindrome(text)],
          ),
      },
    ],
  ],
  [
    'rotate_sequence',
    [
      {
        name: 'rotate_right',
        params: 'items: List[int], k: int',
        returns: 'List[int]',
        summary:
          'Return a new list with the elements of items moved k places to the right; elements ' +
          'that fall off the end wrap around to the front. k may exceed len(items).',
        body: `    if not items:
        return []
    k %= len(items)
    return items[len(items) - k:] + items[:len(items) - k]`,
        base: -0.3,
        examples: (random) =>
          [0, 1].map(() => {
            const [items, shift] = [intList(random, 4, 6, 1, 9), randomInt(random, 1, 9)]
            return [[items, shift], rotateRight(items, shift)]
          }),
      },
      {
        name: 'rotate_left',
        params: 'items: List[int], k: int',
        returns: 'List[int]',
        summary:
          'Return a new list with the elements of items moved k places to the left; elements ' +
          'that fall off the front wrap around to the end. k may exceed len(items).',
        body: `    if not items:
        return []
    k %= len(items)
    return items[k:] + items[:k]`,
        base: -0.4,
        examples: (random) =>
          [0, 1].map(() => {
            const [items, shift] = [intList(random, 4, 6, 1, 9), randomInt(random, 1, 9)]
            return [[items, shift], rotateRight(items, items.length - (shift % items.length))]
          }),
      },
      {
        name: 'swap_halves',
        params: 'items: List[int]',
        returns: 'List[int]',
        summary:
          'Move the first len(items) // 2 elements of items to the end, keeping their order, ' +
          'and return the new list.',
        body: `    middle = len(items) // 2
    return items[middle:] + items[:middle]`,
        base: -0.6,
        examples: (random) =>
          [intList(random, 4, 4, 1, 9), intList(random, 5, 5, 1, 9)].map((items) => {
            const middle = Math.floor(items.length / 2)
            return [[items], [...items.slice(middle), ...items.slice(0, middle)]]
          }),
      },
    ],
  ],
  [
    'word_statistics',
    [
      {
        name: 'count_long_words',
        params: 'sentence: str, min_length: int',
        returns: 'int',
        summary:
          'Return how many whitespace-separated words in sentence have at least min_length ' +
          'characters.',
        body: `    return sum(1 for word in sentence.split() if len(word) >= min_length)`,
        base: -0.7,
        examples: (random) =>
          pickDistinct(random, SENTENCES, 2).map((sentence) => {
            const minimum = randomInt(random, 4, 6)
            const count = sentence.split(' ').filter((word) => word.length >= minimum).length
            return [[sentence, minimum], count]
          }),
      },
      {
        name: 'longest_word',
        params: 'sentence: str',
        returns: 'str',
        summary:
          'Return the longest whitespace-separated word in sentence. If several words tie, ' +
          'return the first of them; return an empty string if there are no words.',
        body: `    best = ''
    for word in sentence.split():
        if len(word) > len(best):
            best = word
    return best`,
        base: -0.6,
        examples: (random) =>
          pickDistinct(random, SENTENCES, 2).map((sentence) => [
            [sentence],
            sentence
              .split(' ')
              .reduce((best, word) => (word.length > best.length ? word : best), ''),
          ]),
      },
      {
        name: 'capitalize_words',
        params: 'sentence: str',
        returns: 'str',
        summary:
          'Return sentence with the first letter of every word in uppercase and all other ' +
          'characters unchanged. Words are separated by single spaces.',
        body: `    return ' '.join(word[:1].upper() + word[1:] for word in sentence.split(' '))`,
        base: -0.7,
        examples: (random) =>
          pickDistinct(random, SENTENCES, 2).map((sentence) => [
            [sentence],
            sentence.replace(
              /(^| )([a-z])/g,
              (_, space: string, letter: string) => space + letter.toUpperCase(),
            ),
          ]),
      },
    ],
  ],
  [
    'order_statistics',
    [
      {
        name: 'second_largest',
        params: 'numbers: List[int]',
        returns: 'Optional[int]',
        summary: 'Return the second largest distinct value in numbers, or None if there is none.',
        body: `    values = sorted(set(numbers), reverse=True)
    return values[1] if len(values) > 1 else None`,
        base: -0.2,
        examples: (random) =>
          [intList(random, 5, 7, 0, 30), Array(3).fill(randomInt(random, 1, 9)) as number[]].map(
            (numbers) => [[numbers], uniqueSorted(numbers).at(-2) ?? null],
          ),
      },
      {
        name: 'kth_smallest_distinct',
        params: 'numbers: List[int], k: int',
        returns: 'Optional[int]',
        summary:
          'Return the k-th smallest distinct value in numbers (k = 1 is the minimum), or None ' +
          'if numbers has fewer than k distinct values.',
        body: `    values = sorted(set(numbers))
    return values[k - 1] if 1 <= k <= len(values) else None`,
        base: 0.1,
        examples: (random) => {
          const numbers = intList(random, 6, 8, 0, 12)
          return [2, 9].map((k) => [[numbers, k], uniqueSorted(numbers)[k - 1] ?? null])
        },
      },
      {
        name: 'most_frequent',
        params: 'numbers: List[int]',
        returns: 'int',
        summary:
          'Return the value that occurs most often in the non-empty list numbers. If several ' +
          'values tie, return the smallest of them.',
        body: `    counts = {}
    for value in numbers:
        counts[value] = counts.get(value, 0) + 1
    return min(counts, key=lambda value: (-counts[value], value))`,
        base: -0.1,
        examples: (random) =>
          [0, 1].map(() => {
            const numbers = intList(random, 6, 9, 1, 5)
            const count = (value: number) => numbers.filter((item) => item === value).length
            const best = uniqueSorted(numbers).reduce((a, b) => (count(b) > count(a) ? b : a))
            return [[numbers], best]
          }),
      },
    ],
  ],
  [
    'run_length',
    [
      {
        name: 'run_length_encode',
        params: 'text: str',
        returns: 'str',
        summary:
          'Encode text by writing each run of repeated characters as the character followed ' +
          "by the length of the run, so 'aaab' becomes 'a3b1'.",
        body: `    parts = []
    for ch in text:
        if parts and parts[-1][0] == ch:
            parts[-1][1] += 1
        else:
            parts.append([ch, 1])
    return ''.join(f'{ch}{count}' for ch, count in parts)`,
        base: 0.1,
        examples: (random) =>
          [randomRuns(random), randomRuns(random)].map((text) => [
            [text],
            runs(text)
              .map(([character, count]) => `${character}${count}`)
              .join(''),
          ]),
      },
      {
        name: 'run_length_decode',
        params: 'encoded: str',
        returns: 'str',
        summary:
          "Expand a string of letter-count pairs such as 'a3b12' back into the text it " +
          'describes. Counts may have more than one digit.',
        body: `    result, index = [], 0
    while index < len(encoded):
        ch, index = encoded[index], index + 1
        start = index
        while index < len(encoded) and encoded[index].isdigit():
            index += 1
        result.append(ch * int(encoded[start:index]))
    return ''.join(result)`,
        base: 0.3,
        examples: (random) =>
          [0, 1].map(() => {
            const pairs = pickDistinct(random, [...'abcxyz'], 3).map(
              (letter) => [letter, randomInt(random, 1, 12)] as const,
            )
            return [
              [pairs.map(([letter, count]) => `${letter}${count}`).join('')],
              pairs.map(([letter, count]) => letter.repeat(count)).join(''),
            ]
          }),
      },
      {
        name: 'compress_runs',
        params: 'text: str',
        returns: 'str',
        summary:
          'Replace every run of two or more identical characters in text with the character ' +
          'followed by the length of the run. Single characters stay as they are.',
        body: `    from itertools import groupby

    parts = []
    for ch, group in groupby(text):
        size = len(list(group))
        parts.append(ch if size == 1 else f'{ch}{size}')
    return ''.join(parts)`,
        base: 0.2,
        examples: (random) =>
          [randomRuns(random), randomRuns(random)].map((text) => [
            [text],
            runs(text)
              .map(([character, count]) => (count === 1 ? character : `${character}${count}`))
              .join(''),
          ]),
      },
    ],
  ],
  [
    'list_reshaping',
    [
      {
        name: 'chunk',
        params: 'items: List[int], size: int',
        returns: 'List[List[int]]',
        summary:
          'Split items into consecutive pieces of length size and return them as a list of ' +
          'lists; the last piece may be shorter.',
        body: `    return [items[i:i + size] for i in range(0, len(items), size)]`,
        base: -0.6,
        examples: (random) =>
          [2, 3].map((size) => {
            const items = intList(random, 5, 7, 1, 9)
            const pieces = Array.from({length: Math.ceil(items.length / size)}, (_, index) =>
              items.slice(index * size, index * size + size),
            )
            return [[items, size], pieces]
          }),
      },
      {
        name: 'interleave',
        params: 'first: List[int], second: List[int]',
        returns: 'List[int]',
        summary:
          'Return the elements of first and second taken alternately, starting with first. ' +
          'When one list runs out, append the rest of the other.',
        body: `    result = []
    for index in range(max(len(first), len(second))):
        if index < len(first):
            result.append(first[index])
        if index < len(second):
            result.append(second[index])
    return result`,
        base: -0.4,
        examples: (random) =>
          [0, 1].map(() => {
            const [first, second] = [intList(random, 2, 4, 1, 9), intList(random, 2, 4, 10, 30)]
            const merged = Array.from({length: Math.max(first.length, second.length)}, (_, i) => [
              first[i],
              second[i],
            ]).flat()
            return [[first, second], merged.filter((value) => value !== undefined)]
          }),
      },
      {
        name: 'pairwise_differences',
        params: 'numbers: List[int]',
        returns: 'List[int]',
        summary:
          'Return the list of differences between neighbouring elements: element i is ' +
          'numbers[i + 1] - numbers[i].',
        body: `    return [b - a for a, b in zip(numbers, numbers[1:])]`,
        base: -0.7,
        examples: (random) =>
          [intList(random, 4, 6, 0, 20), intList(random, 1, 1, 0, 9)].map((numbers) => [
            [numbers],
            numbers.slice(1).map((value, index) => value - numbers[index]!),
          ]),
      },
    ],
  ],
  [
    'letter_ciphers',
    [
      {
        name: 'caesar_encrypt',
        params: 'text: str, shift: int',
        returns: 'str',
        summary:
          'Shift every lowercase letter a-z in text forward by shift places in the alphabet, ' +
          'wrapping from z back to a. Leave all other characters unchanged.',
        body: `    return ''.join(
        chr((ord(ch) - 97 + shift) % 26 + 97) if 'a' <= ch <= 'z' else ch for ch in text
    )`,
        base: 0,
        examples: (random) =>
          pickDistinct(
            random,
            ['hello world', 'attack at dawn', 'zebra crossing', 'meet at noon'],
            2,
          ).map((text) => {
            const shift = randomInt(random, 1, 25)
            return [[text, shift], shiftLetters(text, shift)]
          }),
      },
      {
        name: 'caesar_decrypt',
        params: 'text: str, shift: int',
        returns: 'str',
        summary:
          'Undo a Caesar cipher: move every lowercase letter a-z in text back by shift places ' +
          'in the alphabet, wrapping from a to z. Leave all other characters unchanged.',
        body: `    return ''.join(
        chr((ord(ch) - 97 - shift) % 26 + 97) if 'a' <= ch <= 'z' else ch for ch in text
    )`,
        base: 0.1,
        examples: (random) =>
          pickDistinct(
            random,
            ['route the query', 'quiet xylophone', 'see you soon', 'lunch at two'],
            2,
          ).map((plain) => {
            const shift = randomInt(random, 1, 25)
            return [[shiftLetters(plain, shift), shift], plain]
          }),
      },
      {
        name: 'mirror_letters',
        params: 'text: str',
        returns: 'str',
        summary:
          'Replace each lowercase letter in text with its mirror in the alphabet (a with z, ' +
          'b with y, and so on). Leave all other characters unchanged.',
        body: `    return ''.join(chr(219 - ord(ch)) if 'a' <= ch <= 'z' else ch for ch in text)`,
        base: 0.1,
        examples: (random) =>
          pickDistinct(random, ['hello world', 'abc xyz', 'wizard', 'mirror image'], 2).map(
            (text) => [
              [text],
              text.replace(/[a-z]/g, (letter) => String.fromCharCode(219 - letter.charCodeAt(0))),
            ],
          ),
      },
    ],
  ],
  [
    'digit_games',
    [
      {
        name: 'digital_root',
        params: 'n: int',
        returns: 'int',
        summary:
          'Repeatedly replace the non-negative integer n by the sum of its decimal digits ' +
          'until a single digit remains, and return that digit.',
        body: `    while n >= 10:
        n = sum(int(d) for d in str(n))
    return n`,
        base: -0.4,
        examples: (random) =>
          [randomInt(random, 10, 999), randomInt(random, 1000, 99999)].map((n) => {
            let value = n
            while (value >= 10) value = digitSum(value, 1)
            return [[n], value]
          }),
      },
      {
        name: 'is_happy_number',
        params: 'n: int',
        returns: 'bool',
        summary:
          'Starting from the positive integer n, keep replacing the number by the sum of the ' +
          'squares of its digits. Return True if this process reaches 1, and False if it ' +
          'loops forever without reaching 1.',
        body: `    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1`,
        base: 0.4,
        examples: (random) =>
          [
            pickOne(random, [7, 13, 19, 23, 28, 44, 68]),
            pickOne(random, [4, 11, 16, 20, 37, 58]),
          ].map((n) => [[n], isHappy(n)]),
      },
      {
        name: 'reverse_digits',
        params: 'n: int',
        returns: 'int',
        summary:
          'Return the integer whose decimal digits are those of the non-negative integer n in ' +
          'reverse order; leading zeros of the result disappear.',
        body: `    return int(str(n)[::-1])`,
        base: -0.7,
        examples: (random) =>
          [randomInt(random, 100, 9999), 10 * randomInt(random, 10, 999)].map((n) => [
            [n],
            Number([...String(n)].reverse().join('')),
          ]),
      },
    ],
  ],
  [
    'word_game',
    (
      [
        ['ping_pong', 3, 'Ping', 7, 'Pong'],
        ['tick_tock', 2, 'Tick', 5, 'Tock'],
        ['foo_bar', 4, 'Foo', 6, 'Bar'],
      ] as const
    ).map(([name, first, firstWord, second, secondWord]): CodeVariant => ({
      name,
      params: 'n: int',
      returns: 'List[str]',
      summary:
        `Return a list of strings for the numbers 1 to n: '${firstWord}' for multiples of ` +
        `${first}, '${secondWord}' for multiples of ${second}, '${firstWord}${secondWord}' for ` +
        `multiples of both, and the number itself written as a string otherwise.`,
      body: `    result = []
    for number in range(1, n + 1):
        word = '${firstWord}' if number % ${first} == 0 else ''
        word += '${secondWord}' if number % ${second} == 0 else ''
        result.append(word or str(number))
    return result`,
      base: -0.3,
      examples: (random) => {
        const limit = randomInt(random, 7, 14)
        return [[[limit], wordGame(limit, [first, firstWord], [second, secondWord])]]
      },
    })),
  ],
  [
    'sorted_lists',
    [
      {
        name: 'merge_sorted',
        params: 'first: List[int], second: List[int]',
        returns: 'List[int]',
        summary:
          'Merge two lists that are each sorted in ascending order into one ascending list, ' +
          'without calling sort or sorted.',
        body: `    result, i, j = [], 0, 0
    while i < len(first) and j < len(second):
        if first[i] <= second[j]:
            result.append(first[i])
            i += 1
        else:
            result.append(second[j])
            j += 1
    return result + first[i:] + second[j:]`,
        base: -0.1,
        examples: (random) =>
          [0, 1].map(() => {
            const [first, second] = [sortedInts(random), sortedInts(random)]
            return [[first, second], [...first, ...second].sort((a, b) => a - b)]
          }),
      },
      {
        name: 'sorted_intersection',
        params: 'first: List[int], second: List[int]',
        returns: 'List[int]',
        summary:
          'Return the values that appear in both lists, without duplicates, in ascending order.',
        body: `    return sorted(set(first) & set(second))`,
        base: -0.3,
        examples: (random) =>
          [0, 1].map(() => {
            const [first, second] = [intList(random, 4, 7, 0, 12), intList(random, 4, 7, 0, 12)]
            return [[first, second], uniqueSorted(first.filter((value) => second.includes(value)))]
          }),
      },
      {
        name: 'sorted_difference',
        params: 'first: List[int], second: List[int]',
        returns: 'List[int]',
        summary:
          'Return the values of first that do not appear in second, without duplicates, in ' +
          'ascending order.',
        body: `    return sorted(set(first) - set(second))`,
        base: -0.3,
        examples: (random) =>
          [0, 1].map(() => {
            const [first, second] = [intList(random, 4, 7, 0, 12), intList(random, 3, 5, 0, 12)]
            return [[first, second], uniqueSorted(first.filter((value) => !second.includes(value)))]
          }),
      },
    ],
  ],
  [
    'word_affixes',
    [
      {
        name: 'longest_common_prefix',
        params: 'words: List[str]',
        returns: 'str',
        summary:
          'Return the longest string that every word in words starts with, or an empty string ' +
          'if words is empty or the words share no prefix.',
        body: `    if not words:
        return ''
    prefix = words[0]
    for word in words[1:]:
        while not word.startswith(prefix):
            prefix = prefix[:-1]
    return prefix`,
        base: 0,
        examples: (random) =>
          pickDistinct(
            random,
            [
              ['interview', 'internet', 'interval'],
              ['flower', 'flow', 'flight'],
              ['dispatch', 'display', 'dismiss'],
              ['transport', 'transfer', 'translate'],
              ['cat', 'dog'],
            ],
            2,
          ).map((words) => [[words], commonPrefix(words)]),
      },
      {
        name: 'longest_common_suffix',
        params: 'words: List[str]',
        returns: 'str',
        summary:
          'Return the longest string that every word in words ends with, or an empty string ' +
          'if words is empty or the words share no suffix.',
        body: `    if not words:
        return ''
    suffix = words[0]
    for word in words[1:]:
        while not word.endswith(suffix):
            suffix = suffix[1:]
    return suffix`,
        base: 0.1,
        examples: (random) =>
          pickDistinct(
            random,
            [
              ['running', 'jumping', 'singing'],
              ['nation', 'station', 'ration'],
              ['hopeful', 'careful', 'useful'],
              ['walked', 'talked', 'balked'],
              ['north', 'south', 'west'],
            ],
            2,
          ).map((words) => [[words], commonSuffix(words)]),
      },
      {
        name: 'count_by_first_letter',
        params: 'words: List[str]',
        returns: 'Dict[str, int]',
        summary:
          'Return a dictionary that maps each first letter (case-sensitive) to how many words ' +
          'in words start with it, in order of first appearance. Empty strings are skipped.',
        body: `    counts = {}
    for word in words:
        if word:
            counts[word[0]] = counts.get(word[0], 0) + 1
    return counts`,
        base: -0.4,
        examples: (random) => {
          const words = pickDistinct(random, WORDS, 5)
          const counts: Record<string, number> = {}
          for (const word of words) counts[word[0]!] = (counts[word[0]!] ?? 0) + 1
          return [[[words], counts]]
        },
      },
    ],
  ],
  [
    'pair_counting',
    [
      {
        name: 'count_pairs_with_sum',
        params: 'numbers: List[int], target: int',
        returns: 'int',
        summary: 'Return how many index pairs i < j satisfy numbers[i] + numbers[j] == target.',
        body: `    return sum(
        1
        for i in range(len(numbers))
        for j in range(i + 1, len(numbers))
        if numbers[i] + numbers[j] == target
    )`,
        base: 0.2,
        examples: (random) =>
          [0, 1].map(() => {
            const [numbers, target] = [intList(random, 5, 7, 0, 9), randomInt(random, 6, 12)]
            return [[numbers, target], countPairs(numbers, (a, b) => a + b === target)]
          }),
      },
      {
        name: 'has_pair_with_difference',
        params: 'numbers: List[int], difference: int',
        returns: 'bool',
        summary:
          'Return True if there are two different positions i and j with numbers[j] - ' +
          'numbers[i] == difference, and False otherwise.',
        body: `    return any(
        numbers[j] - numbers[i] == difference
        for i in range(len(numbers))
        for j in range(len(numbers))
        if i != j
    )`,
        base: 0.3,
        examples: (random) =>
          [0, 1].map(() => {
            const [numbers, difference] = [intList(random, 4, 6, 0, 20), randomInt(random, 3, 9)]
            const found = countPairs(numbers, (a, b) => Math.abs(a - b) === difference) > 0
            return [[numbers, difference], found]
          }),
      },
      {
        name: 'count_pairs_divisible',
        params: 'numbers: List[int], k: int',
        returns: 'int',
        summary:
          'Return how many index pairs i < j have a sum numbers[i] + numbers[j] that is ' +
          'divisible by k.',
        body: `    return sum(
        1
        for i in range(len(numbers))
        for j in range(i + 1, len(numbers))
        if (numbers[i] + numbers[j]) % k == 0
    )`,
        base: 0.3,
        examples: (random) =>
          [0, 1].map(() => {
            const [numbers, k] = [intList(random, 5, 6, 1, 12), randomInt(random, 3, 5)]
            return [[numbers, k], countPairs(numbers, (a, b) => (a + b) % k === 0)]
          }),
      },
    ],
  ],
  [
    'brackets',
    [
      {
        name: 'is_balanced',
        params: 'text: str',
        returns: 'bool',
        summary:
          'Return True if the brackets (), [] and {} in text are properly matched and nested. ' +
          'Characters that are not brackets are ignored.',
        body: `    pairs = {')': '(', ']': '[', '}': '{'}
    stack = []
    for ch in text:
        if ch in '([{':
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack`,
        base: 0.5,
        examples: (random) =>
          [
            pickOne(random, ['(a[b]{c})', '{[()()]}', 'f(x) = [1, 2]', 'if (a[0] > b) { c() }']),
            pickOne(random, ['([)]', '((())', ')(', 'print({"a": [1})']),
          ].map((text) => [[text], bracketsBalanced(text)]),
      },
      {
        name: 'max_nesting_depth',
        params: 'text: str',
        returns: 'int',
        summary:
          'Given text whose parentheses are balanced, return the maximum number of ' +
          'parentheses that are open at the same time.',
        body: `    depth = best = 0
    for ch in text:
        if ch == '(':
            depth += 1
            best = max(best, depth)
        elif ch == ')':
            depth -= 1
    return best`,
        base: 0.1,
        examples: (random) =>
          pickDistinct(
            random,
            ['(1+(2*3)+((8)/4))+1', 'a(b)c', '((x))(y)', '(((deep)))', 'flat'],
            2,
          ).map((text) => [[text], nestingDepth(text)]),
      },
      {
        name: 'min_insertions_to_balance',
        params: 'text: str',
        returns: 'int',
        summary:
          "Given a string made only of '(' and ')', return the smallest number of parentheses " +
          'that must be inserted anywhere in it to make it balanced.',
        body: `    open_count = insertions = 0
    for ch in text:
        if ch == '(':
            open_count += 1
        elif open_count:
            open_count -= 1
        else:
            insertions += 1
    return insertions + open_count`,
        base: 0.8,
        examples: (random) =>
          [0, 1].map(() => {
            const text = Array.from({length: randomInt(random, 3, 8)}, () =>
              random() < 0.5 ? '(' : ')',
            ).join('')
            return [[text], insertionsToBalance(text)]
          }),
      },
    ],
  ],
  [
    'deduplicate',
    [
      {
        name: 'dedupe',
        params: 'items: List[int]',
        returns: 'List[int]',
        summary:
          'Remove repeated values from items, keeping the first occurrence of each value and ' +
          'the original order.',
        body: `    seen, result = set(), []
    for value in items:
        if value not in seen:
            seen.add(value)
            result.append(value)
    return result`,
        base: -1,
        examples: (random) =>
          [intList(random, 6, 8, 1, 6), []].map((items) => [
            [items],
            dedupeBy(items, (item) => item),
          ]),
      },
      {
        name: 'dedupe_ignore_case',
        params: 'words: List[str]',
        returns: 'List[str]',
        summary:
          'Remove every word that repeats an earlier word when case is ignored, keeping the ' +
          'spelling and position of the first occurrence.',
        body: `    seen, result = set(), []
    for word in words:
        if word.lower() not in seen:
            seen.add(word.lower())
            result.append(word)
    return result`,
        base: -0.6,
        examples: (random) => {
          const words = pickDistinct(random, WORDS, 6)
          return [[[words], dedupeBy(words, (word) => word.toLowerCase())]]
        },
      },
      {
        name: 'count_unique',
        params: 'items: List[int]',
        returns: 'int',
        summary: 'Return how many different values occur in items.',
        body: `    return len(set(items))`,
        base: -1.2,
        examples: (random) =>
          [intList(random, 5, 8, 1, 6), []].map((items) => [[items], new Set(items).size]),
      },
    ],
  ],
  [
    'matrices',
    [
      {
        name: 'transpose',
        params: 'matrix: List[List[int]]',
        returns: 'List[List[int]]',
        summary: 'Return the transpose of a non-empty rectangular matrix given as a list of rows.',
        body: `    return [list(row) for row in zip(*matrix)]`,
        base: -0.5,
        examples: (random) => {
          const [rows, columns] = pickOne(random, [
            [2, 3],
            [3, 2],
          ] as const)
          const matrix = Array.from({length: rows}, () => intList(random, columns, columns, 1, 9))
          return [[[matrix], matrix[0]!.map((_, column) => matrix.map((row) => row[column]!))]]
        },
      },
      {
        name: 'diagonal_sum',
        params: 'matrix: List[List[int]]',
        returns: 'int',
        summary:
          'Return the sum of the elements on both diagonals of a square matrix, counting the ' +
          'centre element only once when the size is odd.',
        body: `    size = len(matrix)
    total = sum(matrix[i][i] + matrix[i][size - 1 - i] for i in range(size))
    return total - (matrix[size // 2][size // 2] if size % 2 else 0)`,
        base: 0,
        examples: (random) =>
          [3, 4].map((size) => {
            const matrix = squareMatrix(random, size)
            let total = 0
            for (let i = 0; i < size; i++) total += matrix[i]![i]! + matrix[i]![size - 1 - i]!
            if (size % 2 === 1) total -= matrix[(size - 1) / 2]![(size - 1) / 2]!
            return [[matrix], total]
          }),
      },
      {
        name: 'spiral_order',
        params: 'matrix: List[List[int]]',
        returns: 'List[int]',
        summary:
          'Return the elements of a rectangular matrix in clockwise spiral order, starting at ' +
          'the top-left corner and moving right.',
        body: `    result = []
    rows = [list(row) for row in matrix]
    while rows:
        result += rows.pop(0)
        rows = [list(column) for column in zip(*rows)][::-1]
    return result`,
        base: 0.9,
        examples: (random) => {
          const matrix = Array.from({length: 3}, () => intList(random, 4, 4, 1, 9))
          return [[[matrix], spiral(matrix)]]
        },
      },
    ],
  ],
  [
    'text_parsing',
    [
      {
        name: 'parse_settings',
        params: 'text: str',
        returns: 'Dict[str, int]',
        summary:
          "Parse a string such as 'width=80;height=24' into a dictionary mapping each key to " +
          'its integer value, in order. Empty segments between semicolons are ignored.',
        body: `    settings = {}
    for part in text.split(';'):
        if part:
            key, value = part.split('=')
            settings[key] = int(value)
    return settings`,
        base: 0.2,
        examples: (random) => {
          const keys = pickDistinct(random, ['width', 'height', 'depth', 'retries', 'timeout'], 3)
          const settings = Object.fromEntries(keys.map((key) => [key, randomInt(random, 1, 120)]))
          const text = Object.entries(settings)
            .map(([key, value]) => `${key}=${value}`)
            .join(random() < 0.5 ? ';' : ';;')
          return [[[text], settings]]
        },
      },
      {
        name: 'parse_duration',
        params: 'text: str',
        returns: 'int',
        summary:
          "Convert a duration written like '1h30m15s' into a number of seconds. Any of the " +
          'hour, minute and second parts may be missing, but they always appear in that order.',
        body: `    import re

    units = {'h': 3600, 'm': 60, 's': 1}
    return sum(int(amount) * units[unit] for amount, unit in re.findall(r'(\\d+)([hms])', text))`,
        base: 0.5,
        examples: (random) =>
          [0, 1].map(() => {
            const parts = (['h', 'm', 's'] as const).filter(() => random() < 0.6)
            const used = parts.length > 0 ? parts : (['m'] as const)
            const amounts = used.map((unit) => [unit, randomInt(random, 1, 59)] as const)
            const seconds = {h: 3600, m: 60, s: 1}
            return [
              [amounts.map(([unit, amount]) => `${amount}${unit}`).join('')],
              amounts.reduce((total, [unit, amount]) => total + amount * seconds[unit], 0),
            ]
          }),
      },
      {
        name: 'sum_numbers_in_text',
        params: 'text: str',
        returns: 'int',
        summary:
          'Return the sum of all the whole numbers written in text, where a number is a ' +
          'maximal run of decimal digits.',
        body: `    import re

    return sum(int(run) for run in re.findall(r'\\d+', text))`,
        base: 0.2,
        examples: (random) =>
          [0, 1].map(() => {
            const numbers = intList(random, 2, 4, 1, 250)
            const text = numbers
              .map((n) => `${pickOne(random, ['abc', 'x', 'qq', 'route '])}${n}`)
              .join('')
            return [[text + pickOne(random, ['z', '', ' end'])], numbers.reduce((a, b) => a + b, 0)]
          }),
      },
    ],
  ],
  [
    'grid_search',
    [
      {
        name: 'count_islands',
        params: 'grid: List[List[int]]',
        returns: 'int',
        summary:
          'grid is a rectangular list of rows of 0s and 1s. Return how many groups of 1s there ' +
          'are, where cells belong to the same group if they touch horizontally or vertically.',
        body: `    rows, cols = len(grid), len(grid[0]) if grid else 0
    seen = set()
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1 or (r, c) in seen:
                continue
            islands += 1
            stack = [(r, c)]
            seen.add((r, c))
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    inside = 0 <= ny < rows and 0 <= nx < cols
                    if inside and grid[ny][nx] == 1 and (ny, nx) not in seen:
                        seen.add((ny, nx))
                        stack.append((ny, nx))
    return islands`,
        base: 1.2,
        examples: (random) => {
          const grid = randomGrid(random, false)
          return [[[grid], islandSizes(grid).length]]
        },
      },
      {
        name: 'largest_island',
        params: 'grid: List[List[int]]',
        returns: 'int',
        summary:
          'grid is a rectangular list of rows of 0s and 1s. Return the number of cells in the ' +
          'largest group of 1s connected horizontally or vertically, or 0 if there are no 1s.',
        body: `    rows, cols = len(grid), len(grid[0]) if grid else 0
    seen, best = set(), 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1 or (r, c) in seen:
                continue
            size, stack = 0, [(r, c)]
            seen.add((r, c))
            while stack:
                y, x = stack.pop()
                size += 1
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    inside = 0 <= ny < rows and 0 <= nx < cols
                    if inside and grid[ny][nx] == 1 and (ny, nx) not in seen:
                        seen.add((ny, nx))
                        stack.append((ny, nx))
            best = max(best, size)
    return best`,
        base: 1.3,
        examples: (random) => {
          const grid = randomGrid(random, false)
          return [[[grid], Math.max(0, ...islandSizes(grid))]]
        },
      },
      {
        name: 'shortest_path_length',
        params: 'grid: List[List[int]]',
        returns: 'int',
        summary:
          'grid is a rectangular list of rows where 0 is an open cell and 1 is a wall. Return ' +
          'the fewest moves (up, down, left or right through open cells) from the top-left ' +
          'cell to the bottom-right cell, or -1 if it cannot be reached.',
        body: `    from collections import deque

    rows, cols = len(grid), len(grid[0])
    if grid[0][0] or grid[-1][-1]:
        return -1
    queue, seen = deque([(0, 0, 0)]), {(0, 0)}
    while queue:
        r, c, steps = queue.popleft()
        if (r, c) == (rows - 1, cols - 1):
            return steps
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and not grid[nr][nc] and (nr, nc) not in seen:
                seen.add((nr, nc))
                queue.append((nr, nc, steps + 1))
    return -1`,
        base: 1.4,
        examples: (random) => {
          const grid = randomGrid(random, true)
          return [[[grid], shortestPath(grid)]]
        },
      },
    ],
  ],
  [
    'dynamic_programming',
    [
      {
        name: 'longest_increasing_subsequence',
        params: 'numbers: List[int]',
        returns: 'int',
        summary:
          'Return the length of the longest strictly increasing subsequence of numbers (the ' +
          'elements need not be adjacent).',
        body: `    from bisect import bisect_left

    tails = []
    for value in numbers:
        index = bisect_left(tails, value)
        tails[index:index + 1] = [value]
    return len(tails)`,
        base: 1.4,
        examples: (random) =>
          [intList(random, 7, 9, 0, 20), intList(random, 5, 6, 0, 10)].map((numbers) => [
            [numbers],
            longestIncreasing(numbers),
          ]),
      },
      {
        name: 'edit_distance',
        params: 'first: str, second: str',
        returns: 'int',
        summary:
          'Return the minimum number of single-character insertions, deletions and ' +
          'substitutions needed to turn first into second.',
        body: `    previous = list(range(len(second) + 1))
    for i, a in enumerate(first, 1):
        current = [i]
        for j, b in enumerate(second, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1]`,
        base: 1.6,
        examples: (random) =>
          pickDistinct(
            random,
            [
              ['kitten', 'sitting'],
              ['flaw', 'lawn'],
              ['router', 'rooter'],
              ['sunday', 'saturday'],
              ['book', 'back'],
            ] as const,
            2,
          ).map(([first, second]) => [[first, second], editDistance(first, second)]),
      },
      {
        name: 'longest_unique_substring',
        params: 'text: str',
        returns: 'int',
        summary:
          'Return the length of the longest run of consecutive characters in text in which ' +
          'no character appears twice.',
        body: `    last, start, best = {}, 0, 0
    for index, ch in enumerate(text):
        if last.get(ch, -1) >= start:
            start = last[ch] + 1
        last[ch] = index
        best = max(best, index - start + 1)
    return best`,
        base: 1.2,
        examples: (random) =>
          pickDistinct(
            random,
            ['abcabcbb', 'bbbbb', 'pwwkew', 'routing', 'mississippi', 'dvdf'],
            2,
          ).map((text) => [[text], longestUnique(text)]),
      },
    ],
  ],
]

function generateCoding(random: Random): QueryDraft[] {
  return CODE_SPECS.flatMap(([template, variants]) =>
    variants.map((variant) => ({
      text: renderCodePrompt(variant, variant.examples(random)),
      groundTruth: `${signatureOf(variant)}\n${variant.body}\n`,
      difficulty: jitter(random, variant.base),
      template: `${template}.${variant.name}`,
    })),
  )
}

// Short factual questions (TriviaQA-like)

type TriviaFact = readonly [string, string, number]

interface TriviaGroup {
  readonly template: string
  readonly phrasings: readonly ((key: string) => string)[]
  readonly facts: readonly TriviaFact[]
}

const TRIVIA_GROUPS: readonly TriviaGroup[] = [
  {
    template: 'capital_city',
    phrasings: [
      (country) => `What is the capital city of ${country}?`,
      (country) => `Which city is the capital of ${country}?`,
      (country) => `Name the capital of ${country}.`,
    ],
    facts: [
      ['Australia', 'Canberra', 0.3],
      ['Canada', 'Ottawa', 0],
      ['Kenya', 'Nairobi', 0.2],
      ['Peru', 'Lima', 0.1],
      ['Norway', 'Oslo', -0.2],
      ['Egypt', 'Cairo', -0.6],
      ['Turkey', 'Ankara', 0.5],
      ['New Zealand', 'Wellington', 0.4],
      ['Brazil', 'Brasília', 0.3],
      ['Vietnam', 'Hanoi', 0.1],
      ['Morocco', 'Rabat', 0.8],
      ['Switzerland', 'Bern', 0.8],
      ['Nigeria', 'Abuja', 0.7],
      ['Portugal', 'Lisbon', -0.3],
      ['Japan', 'Tokyo', -1.2],
    ],
  },
  {
    template: 'novel_author',
    phrasings: [
      (title) => `Who wrote the novel "${title}"?`,
      (title) => `Which author wrote "${title}"?`,
    ],
    facts: [
      ['Pride and Prejudice', 'Jane Austen', -0.7],
      ['Moby-Dick', 'Herman Melville', -0.2],
      ['One Hundred Years of Solitude', 'Gabriel García Márquez', 0.3],
      ['Nineteen Eighty-Four', 'George Orwell', -0.6],
      ['War and Peace', 'Leo Tolstoy', -0.3],
      ['The Great Gatsby', 'F. Scott Fitzgerald', -0.4],
      ['Frankenstein', 'Mary Shelley', -0.3],
      ['Don Quixote', 'Miguel de Cervantes', 0],
      ['Things Fall Apart', 'Chinua Achebe', 0.6],
      ['Jane Eyre', 'Charlotte Brontë', 0.2],
    ],
  },
  {
    template: 'element_symbol',
    phrasings: [
      (symbol) => `Which chemical element has the symbol ${symbol}?`,
      (symbol) => `The chemical symbol ${symbol} stands for which element?`,
    ],
    facts: [
      ['Fe', 'iron', -0.4],
      ['Au', 'gold', -0.6],
      ['Pb', 'lead', 0.2],
      ['Na', 'sodium', -0.1],
      ['K', 'potassium', 0.1],
      ['Sn', 'tin', 0.4],
      ['Hg', 'mercury', 0.2],
      ['W', 'tungsten', 0.7],
      ['Ag', 'silver', -0.2],
    ],
  },
  {
    template: 'painting_artist',
    phrasings: [
      (title) => `Which artist painted "${title}"?`,
      (title) => `Who painted "${title}"?`,
    ],
    facts: [
      ['The Starry Night', 'Vincent van Gogh', -0.8],
      ['Mona Lisa', 'Leonardo da Vinci', -1.2],
      ['The Persistence of Memory', 'Salvador Dalí', 0],
      ['Guernica', 'Pablo Picasso', -0.2],
      ['The Birth of Venus', 'Sandro Botticelli', 0.3],
      ['Girl with a Pearl Earring', 'Johannes Vermeer', 0.2],
      ['The Scream', 'Edvard Munch', 0],
      ['The Night Watch', 'Rembrandt', 0.4],
    ],
  },
  {
    template: 'national_currency',
    phrasings: [
      (country) => `What is the official currency of ${country}?`,
      (country) => `Which currency is used in ${country}?`,
    ],
    facts: [
      ['Japan', 'yen', -0.8],
      ['India', 'rupee', -0.5],
      ['Mexico', 'peso', -0.4],
      ['South Africa', 'rand', 0.3],
      ['Poland', 'złoty', 0.6],
      ['Thailand', 'baht', 0.4],
      ['South Korea', 'won', 0.2],
      ['Brazil', 'real', 0.4],
    ],
  },
  {
    template: 'composer',
    phrasings: [(work) => `Which composer wrote ${work}?`, (work) => `Who composed ${work}?`],
    facts: [
      ['the opera "The Magic Flute"', 'Wolfgang Amadeus Mozart', -0.2],
      ['"The Four Seasons"', 'Antonio Vivaldi', -0.3],
      ['the ballet "Swan Lake"', 'Pyotr Ilyich Tchaikovsky', -0.1],
      ['the ballet "The Rite of Spring"', 'Igor Stravinsky', 0.4],
      ['the opera "Carmen"', 'Georges Bizet', 0.5],
      ['the Brandenburg Concertos', 'Johann Sebastian Bach', 0.3],
      ['the oratorio "Messiah"', 'George Frideric Handel', 0.4],
    ],
  },
  {
    template: 'general_science',
    phrasings: [(question) => question],
    facts: [
      ['Which planet is known as the Red Planet?', 'Mars', -1.3],
      ['What is the largest planet in the Solar System?', 'Jupiter', -0.9],
      ['What is the largest ocean on Earth?', 'the Pacific Ocean', -0.8],
      ['What is the highest mountain above sea level?', 'Mount Everest', -1.1],
      ['Which river flows through Cairo?', 'the Nile', -0.5],
      ['What is the hardest naturally occurring mineral?', 'diamond', -0.4],
      ['Which gas do plants take in from the air for photosynthesis?', 'carbon dioxide', -0.7],
      ['How many bones are in the adult human body?', '206', 0.1],
      ['Who discovered penicillin in 1928?', 'Alexander Fleming', 0],
      ['Who developed the first widely used polio vaccine, licensed in 1955?', 'Jonas Salk', 0.5],
    ],
  },
]

function generateTrivia(random: Random): QueryDraft[] {
  const facts = TRIVIA_GROUPS.flatMap((group) => group.facts.map((fact) => ({group, fact})))
  return shuffled(random, facts)
    .slice(0, QUERIES_PER_TASK)
    .map(({group, fact: [key, answer, base]}) => ({
      text: pickOne(random, group.phrasings)(key),
      groundTruth: answer,
      difficulty: jitter(random, base),
      template: group.template,
    }))
}

const TASKS: readonly TaskSpec[] = [
  {
    name: 'grade_school_math',
    benchmark: 'GSM8K',
    metric: 'simulated_exact_match',
    outputTokens: 190,
    generate: (random) => generateMathTask(random, GRADE_SCHOOL_TEMPLATES),
  },
  {
    name: 'competition_math',
    benchmark: 'MATH',
    metric: 'simulated_exact_match',
    outputTokens: 420,
    generate: (random) => generateMathTask(random, COMPETITION_TEMPLATES),
  },
  {
    name: 'knowledge_mc',
    benchmark: 'MMLU',
    metric: 'simulated_exact_match',
    outputTokens: 140,
    generate: generateKnowledge,
  },
  {
    name: 'science_reasoning',
    benchmark: 'ARC-Challenge',
    metric: 'simulated_exact_match',
    outputTokens: 70,
    generate: generateScience,
  },
  {
    name: 'python_coding',
    benchmark: 'HumanEval',
    metric: 'simulated_pass_at_1',
    outputTokens: 170,
    generate: generateCoding,
  },
  {
    name: 'trivia',
    benchmark: 'TriviaQA',
    metric: 'simulated_exact_match',
    outputTokens: 18,
    generate: generateTrivia,
  },
]

// Simulation

interface DemoRow {
  readonly query_id: string
  readonly task_name: string
  readonly query: string
  readonly ground_truth: string
  readonly metric: string
  readonly model_name: string
  readonly performance: number
  readonly cost: number
  readonly input_tokens: number
  readonly output_tokens: number
  readonly extra: Record<string, unknown>
}

/** Finds the logit shift that makes the mean success probability equal `target`. */
function calibrateShift(target: number, offsets: readonly number[]): number {
  let [low, high] = [-20, 20]
  for (let step = 0; step < 80; step++) {
    const middle = (low + high) / 2
    const mean =
      offsets.reduce((total, offset) => total + sigmoid(logit(target) + middle + offset), 0) /
      offsets.length
    if (mean < target) low = middle
    else high = middle
  }
  return (low + high) / 2
}

/**
 * One Bernoulli draw per probability, by systematic sampling in a shuffled order: each item still
 * succeeds with exactly its own probability, but the number of successes is the expected count
 * rounded up or down, so a small task's accuracy can't wander far from the published figure.
 */
function drawOutcomes(random: Random, probabilities: readonly number[]): number[] {
  const outcomes = probabilities.map(() => 0)
  const offset = random()
  let cumulative = 0
  for (const index of shuffled(
    random,
    probabilities.map((_, position) => position),
  )) {
    const next = cumulative + probabilities[index]!
    if (Math.floor(next - offset) > Math.floor(cumulative - offset)) outcomes[index] = 1
    cumulative = next
  }
  return outcomes
}

const estimateTokens = (text: string): number => Math.max(1, Math.ceil(text.length / 4))

function isTestQuery(queryId: string): boolean {
  return createHash('sha1').update(queryId).digest().readUInt32BE(0) % 100 < TEST_PERCENT
}

interface SimulatedQuery {
  readonly id: string
  readonly task: TaskSpec
  readonly draft: QueryDraft
}

function simulateRows(queries: readonly SimulatedQuery[]): DemoRow[] {
  const outcomeRandom = randomFor('outcomes')
  const tokenRandom = randomFor('tokens')
  const cells = new Map<string, {probability: number; performance: number}>()
  for (const task of TASKS) {
    const taskQueries = queries.filter((query) => query.task === task)
    for (const model of DEMO_MODELS) {
      const accuracy = model.accuracy[task.name]
      const offsets = taskQueries.map(
        (query) => -query.draft.difficulty + MODEL_NOISE * normal(outcomeRandom),
      )
      const shift = calibrateShift(accuracy, offsets)
      const probabilities = offsets.map((offset) => sigmoid(logit(accuracy) + shift + offset))
      // Drawn per split, so the small test split reflects the published figures as well.
      for (const inTest of [false, true]) {
        const members = taskQueries.flatMap((query, index) =>
          isTestQuery(query.id) === inTest ? [index] : [],
        )
        const outcomes = drawOutcomes(
          outcomeRandom,
          members.map((index) => probabilities[index]!),
        )
        members.forEach((index, position) => {
          cells.set(`${taskQueries[index]!.id}|${model.name}`, {
            probability: probabilities[index]!,
            performance: outcomes[position]!,
          })
        })
      }
    }
  }
  return queries.flatMap((query) =>
    DEMO_MODELS.map((model) => {
      const cell = cells.get(`${query.id}|${model.name}`)!
      const inputTokens = estimateTokens(query.draft.text)
      const spread = 0.12 * query.draft.difficulty + 0.25 * normal(tokenRandom)
      const outputTokens = Math.max(
        3,
        Math.round(query.task.outputTokens * model.verbosity * Math.exp(spread)),
      )
      const cost = (inputTokens * model.inputPrice + outputTokens * model.outputPrice) / 1e6
      return {
        query_id: query.id,
        task_name: query.task.name,
        query: query.draft.text,
        ground_truth: query.draft.groundTruth,
        metric: query.task.metric,
        model_name: model.name,
        performance: cell.performance,
        cost: round(cost, 10),
        input_tokens: inputTokens,
        output_tokens: outputTokens,
        extra: {
          simulated: true,
          difficulty: query.draft.difficulty,
          success_probability: round(cell.probability, 4),
          template: query.draft.template,
          ...(query.draft.slots ? {slots: query.draft.slots} : {}),
        },
      }
    }),
  )
}

// Files

function modelCards(): Record<string, Record<string, unknown>> {
  const simulation =
    'Simulated: outcomes, output tokens and costs in the llmrouter demo dataset are drawn from ' +
    "this card's published accuracies and list prices, not measured. See demo/SIMULATED.md."
  return Object.fromEntries(
    DEMO_MODELS.map((model) => [
      model.name,
      {
        input_price: model.inputPrice,
        output_price: model.outputPrice,
        size: model.size,
        description: model.description,
        price_source: model.priceSource,
        api_model: model.apiModel,
        simulated: true,
        simulation,
        published_accuracy: model.accuracy,
        accuracy_source: model.accuracySource,
      },
    ]),
  )
}

const DEMO_FILE_NAMES = ['llms.json', 'train.jsonl', 'test.jsonl'] as const

/** The three files of the demo dataset, as the exact text written to disk. */
export type DemoDataFiles = Readonly<Record<(typeof DEMO_FILE_NAMES)[number], string>>

/**
 * Generates the demo queries and simulates every model's outcome on them.
 * @returns The file contents, identical on every run.
 */
export function buildDemoData(): DemoDataFiles {
  const queries = TASKS.flatMap((task) =>
    task.generate(randomFor(`queries:${task.name}`)).map((draft, index) => ({
      id: `demo:${task.name}.${String(index + 1).padStart(3, '0')}`,
      task,
      draft,
    })),
  )
  const rows = simulateRows(queries)
  const toLines = (selected: readonly DemoRow[]): string =>
    selected.map((row) => `${JSON.stringify(row)}\n`).join('')
  return {
    'llms.json': `${JSON.stringify(modelCards(), null, 2)}\n`,
    'train.jsonl': toLines(rows.filter((row) => !isTestQuery(row.query_id))),
    'test.jsonl': toLines(rows.filter((row) => isTestQuery(row.query_id))),
  }
}

/**
 * Writes `llms.json`, `train.jsonl` and `test.jsonl` into a folder, creating it if needed.
 * @param outputDir - The folder to write into.
 * @returns The contents written.
 */
export function writeDemoData(outputDir: string): DemoDataFiles {
  const files = buildDemoData()
  mkdirSync(outputDir, {recursive: true})
  for (const name of DEMO_FILE_NAMES) writeFileSync(join(outputDir, name), files[name])
  return files
}

function main(): void {
  const outputFlag = process.argv.indexOf('--output')
  const outputDir =
    outputFlag === -1
      ? fileURLToPath(new URL('../demo/data/', import.meta.url))
      : resolve(process.argv[outputFlag + 1] ?? '.')
  const files = writeDemoData(outputDir)
  for (const name of DEMO_FILE_NAMES) {
    console.log(`${join(outputDir, name)}: ${Buffer.byteLength(files[name])} bytes`)
  }
}

const invokedPath = process.argv[1]
if (invokedPath !== undefined && import.meta.url === pathToFileURL(resolve(invokedPath)).href) {
  main()
}
