import {DYNAMIC_PROGRAMMING, GRID_SEARCH, MATRICES} from './python-coding-algorithm-specs.js'
import type {CodeSpec} from './python-coding-prompt.js'
import {renderCodePrompt, signatureOf} from './python-coding-prompt.js'
import {
  DEDUPLICATE,
  LIST_RESHAPING,
  ROTATE_SEQUENCE,
  RUNNING_AGGREGATE,
  SORTED_LISTS,
} from './python-coding-list-specs.js'
import {
  DIGIT_GAMES,
  ORDER_STATISTICS,
  PAIR_COUNTING,
  WORD_GAME,
} from './python-coding-number-specs.js'
import {BRACKETS, PALINDROMES, RUN_LENGTH} from './python-coding-pattern-specs.js'
import {
  COUNT_CHARACTERS,
  LETTER_CIPHERS,
  TEXT_PARSING,
  WORD_AFFIXES,
  WORD_STATISTICS,
} from './python-coding-text-specs.js'
import type {QueryDraft} from './query-drafts.js'
import {jitter} from './query-drafts.js'
import type {Random} from './random.js'

// Listed in generation order: examples are drawn in this order, so reordering it changes
// every draw.
const CODE_SPECS: readonly CodeSpec[] = [
  COUNT_CHARACTERS,
  RUNNING_AGGREGATE,
  PALINDROMES,
  ROTATE_SEQUENCE,
  WORD_STATISTICS,
  ORDER_STATISTICS,
  RUN_LENGTH,
  LIST_RESHAPING,
  LETTER_CIPHERS,
  DIGIT_GAMES,
  WORD_GAME,
  SORTED_LISTS,
  WORD_AFFIXES,
  PAIR_COUNTING,
  BRACKETS,
  DEDUPLICATE,
  MATRICES,
  TEXT_PARSING,
  GRID_SEARCH,
  DYNAMIC_PROGRAMMING,
]

/** Python function-writing tasks (HumanEval-like), one query per variant. */
export function generateCoding(random: Random): QueryDraft[] {
  return CODE_SPECS.flatMap(([template, variants]) =>
    variants.map((variant) => ({
      text: renderCodePrompt(variant, variant.examples(random)),
      groundTruth: `${signatureOf(variant)}\n${variant.body}\n`,
      difficulty: jitter(random, variant.base),
      template: `${template}.${variant.name}`,
    })),
  )
}
