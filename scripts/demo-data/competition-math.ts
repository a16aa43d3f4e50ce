import type {MathTemplate} from './math-task.js'
import {generateMathTask} from './math-task.js'
import {pickPerson} from './people.js'
import type {QueryDraft} from './query-drafts.js'
import type {Random} from './random.js'
import {pickDistinct, pickOne, randomInt} from './random.js'

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

/** Competition math problems (MATH-like), with answers in the LaTeX form MATH uses. */
export function generateCompetitionMath(random: Random): QueryDraft[] {
  return generateMathTask(random, COMPETITION_TEMPLATES)
}
