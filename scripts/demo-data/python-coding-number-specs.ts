import type {CodeSpec, CodeVariant} from './python-coding-prompt.js'
import {intList, uniqueSorted} from './python-coding-inputs.js'
import {pickOne, randomInt} from './random.js'

function countPairs(numbers: readonly number[], test: (a: number, b: number) => boolean): number {
  let count = 0
  for (let i = 0; i < numbers.length; i++) {
    for (let j = i + 1; j < numbers.length; j++) if (test(numbers[i]!, numbers[j]!)) count++
  }
  return count
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

/** The second largest, the k-th smallest distinct and the most frequent value. */
export const ORDER_STATISTICS: CodeSpec = [
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
]

/** Counting or finding index pairs by sum, difference or divisibility. */
export const PAIR_COUNTING: CodeSpec = [
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
]

/** Digital roots, happy numbers and reversed digits. */
export const DIGIT_GAMES: CodeSpec = [
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
]

/** FizzBuzz-style games, one variant per pair of divisors and words. */
export const WORD_GAME: CodeSpec = [
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
]
