import type {Random} from './random.js'
import {normal, round, shuffled} from './random.js'

/** How many queries each task family contributes. */
export const QUERIES_PER_TASK = 60

/** Stretches the template difficulty levels (about -1.5 to 1.6) into logit units. */
const DIFFICULTY_SCALE = 2

/** Named template inputs, stored with a query so its answer can be recomputed. */
export type Slots = Record<string, number | string>

/** A query before simulation: text, reference answer and how hard it is. */
export interface QueryDraft {
  readonly text: string
  readonly groundTruth: string
  /** Shared across models, in logit units: higher is harder for every model. */
  readonly difficulty: number
  readonly template: string
  /** Template inputs, kept for math tasks so tests can recompute the answer. */
  readonly slots?: Slots
}

/**
 * Calls `draw` until `count` distinct drafts exist, cycling through `templates` for balance.
 * Drafts are told apart by `keyOf`, the whole text unless a task needs a stricter test.
 */
export function collectDrafts<T>(
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
export function jitter(random: Random, base: number): number {
  return round(DIFFICULTY_SCALE * base + 0.3 * normal(random), 3)
}

/** The option letters of a four-way multiple-choice question. */
export const LETTERS = ['A', 'B', 'C', 'D'] as const

/** Shuffles the options and returns them with the letter of the correct one. */
export function multipleChoice(
  random: Random,
  correct: string,
  distractors: readonly string[],
): {options: string[]; answer: string} {
  const options = shuffled(random, [correct, ...distractors.slice(0, 3)])
  return {options, answer: LETTERS[options.indexOf(correct)]!}
}
