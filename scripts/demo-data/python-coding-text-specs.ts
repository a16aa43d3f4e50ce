import type {CodeSpec} from './python-coding-prompt.js'
import {intList, PHRASES, SENTENCES, WORDS} from './python-coding-inputs.js'
import {pickDistinct, pickOne, randomInt} from './random.js'

const countMatching = (text: string, pattern: RegExp): number =>
  [...text].filter((character) => pattern.test(character)).length

function shiftLetters(text: string, shift: number): string {
  return text.replace(/[a-z]/g, (letter) =>
    String.fromCharCode(((((letter.charCodeAt(0) - 97 + shift) % 26) + 26) % 26) + 97),
  )
}

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

/** Counting the vowels, uppercase letters or digits in a phrase. */
export const COUNT_CHARACTERS: CodeSpec = [
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
]

/** Counting, finding and capitalizing the words of a sentence. */
export const WORD_STATISTICS: CodeSpec = [
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
          sentence.split(' ').reduce((best, word) => (word.length > best.length ? word : best), ''),
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
]

/** Caesar shifts in both directions, and the mirrored alphabet. */
export const LETTER_CIPHERS: CodeSpec = [
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
]

/** Common prefixes and suffixes, and counting words by first letter. */
export const WORD_AFFIXES: CodeSpec = [
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
]

/** Parsing settings, durations and embedded numbers out of text. */
export const TEXT_PARSING: CodeSpec = [
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
]
