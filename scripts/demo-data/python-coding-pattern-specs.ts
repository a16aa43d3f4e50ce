import type {CodeSpec} from './python-coding-prompt.js'
import type {Random} from './random.js'
import {pickDistinct, pickOne, randomInt} from './random.js'

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

/** Palindrome checks on cleaned text, on numbers and with one deletion allowed. */
export const PALINDROMES: CodeSpec = [
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
]

/** Run-length encoding, decoding and compression of repeated characters. */
export const RUN_LENGTH: CodeSpec = [
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
]

/** Bracket matching, nesting depth and the insertions needed to balance. */
export const BRACKETS: CodeSpec = [
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
]
