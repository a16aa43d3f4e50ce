import type {Random} from './random.js'
import {randomInt} from './random.js'

/** A random list of integers, its length and values drawn from the given ranges. */
export function intList(
  random: Random,
  minLength: number,
  maxLength: number,
  low: number,
  high: number,
) {
  return Array.from({length: randomInt(random, minLength, maxLength)}, () =>
    randomInt(random, low, high),
  )
}

/** A short ascending list of small integers. */
export const sortedInts = (random: Random): number[] =>
  intList(random, 3, 6, 0, 20).sort((a, b) => a - b)

/** The distinct values in ascending order, which several reference answers need. */
export const uniqueSorted = (values: readonly number[]): number[] =>
  [...new Set(values)].sort((a, b) => a - b)

/** Short mixed-case phrases with digits, for character-counting examples. */
export const PHRASES = [
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

/** Lowercase sentences of single-space-separated words. */
export const SENTENCES = [
  'the cat sat on the warm mat',
  'routing queries saves money and time',
  'a journey of many miles begins with one step',
  'small models answer simple questions well',
  'every student solved the puzzle quickly',
  'bright stars shine over quiet mountains',
]

/** Words with repeats that differ only in case, for deduplication and counting examples. */
export const WORDS = [
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
