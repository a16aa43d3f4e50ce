import type {QueryDraft} from './query-drafts.js'
import {collectDrafts, jitter, LETTERS, multipleChoice, QUERIES_PER_TASK} from './query-drafts.js'
import type {Random} from './random.js'
import {
  ADAPTATIONS,
  CONTROLLED_EXPERIMENT,
  DAY_AND_NIGHT,
  EROSION,
  FOOD_CHAIN,
  MEASURING_TOOLS,
  MOON_PHASES,
  RENEWABLE_RESOURCES,
  SHADOWS,
} from './science-earth-life-scenarios.js'
import {
  CHEMICAL_CHANGE,
  CONDENSATION,
  EVAPORATION,
  FRICTION,
  GRAVITY_MOON,
  HEAT_CONDUCTION,
  MAGNETISM,
  POTENTIAL_ENERGY,
  SEPARATING_MIXTURES,
  SOUND_SPEED,
  STATES_OF_MATTER,
} from './science-physical-scenarios.js'

/** One science question: its stem, the right option and the wrong ones. */
export interface ScienceItem {
  readonly stem: string
  readonly correct: string
  readonly distractors: readonly string[]
  readonly base: number
}

/** A template id paired with the function that draws one question from it. */
export type ScienceScenario = readonly [string, (random: Random) => ScienceItem]

// Listed in generation order: queries cycle through this list, so reordering it changes
// every draw.
const SCIENCE_SCENARIOS: readonly ScienceScenario[] = [
  HEAT_CONDUCTION,
  FRICTION,
  EVAPORATION,
  MAGNETISM,
  SEPARATING_MIXTURES,
  RENEWABLE_RESOURCES,
  DAY_AND_NIGHT,
  FOOD_CHAIN,
  POTENTIAL_ENERGY,
  MEASURING_TOOLS,
  CONDENSATION,
  STATES_OF_MATTER,
  SOUND_SPEED,
  CONTROLLED_EXPERIMENT,
  ADAPTATIONS,
  MOON_PHASES,
  CHEMICAL_CHANGE,
  EROSION,
  GRAVITY_MOON,
  SHADOWS,
]

/** Everyday science reasoning questions (ARC-like), with options (A) to (D). */
export function generateScience(random: Random): QueryDraft[] {
  return collectDrafts(
    random,
    SCIENCE_SCENARIOS,
    QUERIES_PER_TASK,
    (draw, [template, build]) => {
      const item = build(draw)
      const {options, answer} = multipleChoice(draw, item.correct, item.distractors)
      const lines = options.map((option, position) => `(${LETTERS[position]!}) ${option}`)
      return {
        text: `Question: ${item.stem}\n${lines.join('\n')}`,
        groundTruth: answer,
        difficulty: jitter(draw, item.base),
        template,
      }
    },
    (draft) => draft.text.split('\n')[0]!,
  )
}
