import type {QueryDraft, Slots} from './query-drafts.js'
import {collectDrafts, jitter, QUERIES_PER_TASK} from './query-drafts.js'
import type {Random} from './random.js'

/** A math question as a template builds it, before difficulty jitter. */
export interface MathQuestion {
  readonly text: string
  readonly answer: number | string
  readonly base: number
  readonly slots: Slots
}

/** A template id paired with the function that draws one question from it. */
export type MathTemplate = readonly [string, (random: Random) => MathQuestion]

/** Bigger numbers make a problem a little harder, for every model alike. */
function magnitudeBump(answer: number | string): number {
  const size = typeof answer === 'number' ? Math.abs(answer) : answer.length * 10
  return 0.15 * Math.log10(Math.max(10, size))
}

/** Draws the queries of a math task, cycling through its templates for balance. */
export function generateMathTask(random: Random, templates: readonly MathTemplate[]): QueryDraft[] {
  return collectDrafts(random, templates, QUERIES_PER_TASK, (draw, [template, build]) => {
    const question = build(draw)
    return {
      text: question.text,
      groundTruth: String(question.answer),
      difficulty: jitter(draw, question.base + magnitudeBump(question.answer)),
      template,
      slots: question.slots,
    }
  })
}
