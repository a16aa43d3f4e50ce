import type {CodeSpec} from './python-coding-prompt.js'
import {intList, sortedInts, uniqueSorted, WORDS} from './python-coding-inputs.js'
import {pickDistinct, randomInt} from './random.js'

function running(numbers: readonly number[], combine: (a: number, b: number) => number): number[] {
  const result: number[] = []
  for (const value of numbers) result.push(result.length ? combine(result.at(-1)!, value) : value)
  return result
}

function rotateRight(items: readonly number[], shift: number): number[] {
  const cut = items.length - (shift % items.length)
  return [...items.slice(cut), ...items.slice(0, cut)]
}

function dedupeBy<T>(items: readonly T[], key: (item: T) => unknown): T[] {
  const seen = new Set<unknown>()
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)))
}

/** Running maximum, minimum and sum over a list. */
export const RUNNING_AGGREGATE: CodeSpec = [
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
      summary: 'Return the running totals of numbers: element i is numbers[0] + ... + numbers[i].',
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
]

/** Rotating a list left or right, and swapping its halves. */
export const ROTATE_SEQUENCE: CodeSpec = [
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
]

/** Chunking, interleaving and differencing lists. */
export const LIST_RESHAPING: CodeSpec = [
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
]

/** Merging, intersecting and differencing sorted lists. */
export const SORTED_LISTS: CodeSpec = [
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
]

/** Removing repeats, with and without case, and counting distinct values. */
export const DEDUPLICATE: CodeSpec = [
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
]
