import type {MathTemplate} from './math-task.js'
import {generateMathTask} from './math-task.js'
import {capitalize, pickPerson} from './people.js'
import type {QueryDraft} from './query-drafts.js'
import type {Random} from './random.js'
import {pickDistinct, pickOne, randomInt} from './random.js'

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

/** Grade-school math word problems (GSM8K-like) with whole-number answers. */
export function generateGradeSchoolMath(random: Random): QueryDraft[] {
  return generateMathTask(random, GRADE_SCHOOL_TEMPLATES)
}
