import type {CodeSpec} from './python-coding-prompt.js'
import {intList} from './python-coding-inputs.js'
import type {Random} from './random.js'
import {pickDistinct, pickOne, randomInt} from './random.js'

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

/** Transposing, summing diagonals and reading a matrix in spiral order. */
export const MATRICES: CodeSpec = [
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
]

/** Flood fill and breadth-first search on grids of 0s and 1s. */
export const GRID_SEARCH: CodeSpec = [
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
]

/** Longest increasing subsequence, edit distance and longest unique substring. */
export const DYNAMIC_PROGRAMMING: CodeSpec = [
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
]
