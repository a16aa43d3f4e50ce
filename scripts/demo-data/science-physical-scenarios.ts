import {pickPerson} from './people.js'
import {pickDistinct, pickOne} from './random.js'
import type {ScienceScenario} from './science-reasoning.js'

const meters = (value: number): string => `${value} ${value === 1 ? 'meter' : 'meters'}`

/** Why a metal spoon handle heats up faster than a wooden or plastic one. */
export const HEAT_CONDUCTION: ScienceScenario = [
  'heat_conduction',
  (random) => {
    const person = pickPerson(random)
    const metal = pickOne(random, ['steel', 'aluminum', 'copper'])
    const other = pickOne(random, ['wooden', 'plastic', 'bamboo'])
    return {
      stem:
        `${person.name} leaves ${metal === 'aluminum' ? 'an' : 'a'} ${metal} spoon and a ` +
        `${other} spoon in a pot of hot soup. ` +
        `A few minutes later the handle of the ${metal} spoon feels much hotter. ` +
        `What best explains this?`,
      correct: `The ${metal} spoon conducts heat better than the ${other} spoon.`,
      distractors: [
        `The ${metal} spoon was warmer before it went into the soup.`,
        `The ${other} spoon is heavier, so it stays cool.`,
        `The ${other} spoon gives off its heat to the soup.`,
      ],
      base: -0.6,
    }
  },
]

/** Which surface stops a rolling toy soonest. */
export const FRICTION: ScienceScenario = [
  'friction',
  (random) => {
    const person = pickPerson(random)
    const rough = pickOne(random, ['thick carpet', 'gravel', 'coarse sandpaper'])
    const toy = pickOne(random, ['toy car', 'marble', 'small wagon'])
    return {
      stem:
        `${person.name} lets the same ${toy} roll down a ramp onto four different surfaces. ` +
        `On which surface will it most likely travel the shortest distance?`,
      correct: rough,
      distractors: pickDistinct(random, ['smooth tile', 'polished wood', 'ice', 'glass'], 3),
      base: -0.9,
    }
  },
]

/** Where the water of a dried-up puddle went. */
export const EVAPORATION: ScienceScenario = [
  'evaporation',
  (random) => {
    const place = pickOne(random, ['asphalt playground', 'concrete sidewalk', 'parking lot'])
    const time = pickOne(random, ['afternoon', 'next day', 'evening'])
    return {
      stem:
        `After a morning rain shower, a puddle on the ${place} is gone by the ${time}, ` +
        `even though the sun was out the whole time. Where did most of the water go?`,
      correct: 'It changed into water vapor and went into the air.',
      distractors: [
        'It was broken down into oxygen and hydrogen by sunlight.',
        'It froze and became part of the pavement.',
        'It was used up by the heat of the sun.',
      ],
      base: -0.7,
    }
  },
]

/** Which object a magnet picks up. */
export const MAGNETISM: ScienceScenario = [
  'magnetism',
  (random) => {
    const person = pickPerson(random)
    return {
      stem:
        `${person.name} holds a bar magnet near four objects on a table. Which object will ` +
        `the magnet most likely pick up?`,
      correct: pickOne(random, ['a steel paper clip', 'an iron nail', 'a steel safety pin']),
      distractors: pickDistinct(
        random,
        ['a copper coin', 'a plastic button', 'a glass marble', 'an aluminum can', 'a cork'],
        3,
      ),
      base: -0.4,
    }
  },
]

/** How to get dissolved salt or sugar back out of water. */
export const SEPARATING_MIXTURES: ScienceScenario = [
  'separating_mixtures',
  (random) => {
    const person = pickPerson(random)
    const solute = pickOne(random, ['salt', 'sugar'])
    return {
      stem:
        `${person.name} stirs a spoonful of ${solute} into a cup of warm water until it ` +
        `disappears. What is the best way for ${person.object} to get the ${solute} back?`,
      correct: 'Leave the cup in a warm place until the water evaporates.',
      distractors: [
        'Pour the mixture through a paper coffee filter.',
        `Pull the ${solute} out with a strong magnet.`,
        'Stir the mixture faster in the opposite direction.',
      ],
      base: 0,
    }
  },
]

/** At which height an object has the most gravitational potential energy. */
export const POTENTIAL_ENERGY: ScienceScenario = [
  'potential_energy',
  (random) => {
    const person = pickPerson(random)
    const heights = pickDistinct(random, [0.5, 1, 1.5, 2, 2.5, 3], 4)
    const highest = Math.max(...heights)
    const thing = pickOne(random, ['rubber ball', 'bean bag', 'tennis ball'])
    return {
      stem:
        `${person.name} holds the same ${thing} at different heights above the floor. At ` +
        `which height does it have the most gravitational potential energy?`,
      correct: meters(highest),
      distractors: heights.filter((value) => value !== highest).map(meters),
      base: -0.2,
    }
  },
]

/** Where the drops on the outside of a cold glass come from. */
export const CONDENSATION: ScienceScenario = [
  'condensation',
  (random) => {
    const person = pickPerson(random)
    const drink = pickOne(random, ['ice water', 'iced tea', 'cold lemonade'])
    return {
      stem:
        `On a warm, humid day ${person.name} pours ${drink} into a glass. Soon drops of ` +
        `water form on the outside of the glass. Where did this water come from?`,
      correct: 'Water vapor in the air condensed on the cold glass.',
      distractors: [
        'The drink leaked through tiny holes in the glass.',
        'The ice melted through the side of the glass.',
        'The glass itself turned into water as it cooled.',
      ],
      base: 0.2,
    }
  },
]

/** Naming a state of matter from its properties. */
export const STATES_OF_MATTER: ScienceScenario = [
  'states_of_matter',
  (random) => {
    const variant = pickOne(random, [
      ['has a definite volume but takes the shape of its container', 'liquid'],
      ['flows and can be poured but keeps the same volume', 'liquid'],
      ['has both a definite shape and a definite volume', 'solid'],
      ['keeps its shape when moved from one container to another', 'solid'],
      ['spreads out to fill any container it is in', 'gas'],
      ['can be squeezed into a much smaller volume', 'gas'],
    ] as const)
    return {
      stem: `Which state of matter ${variant[0]}?`,
      correct: variant[1],
      distractors: ['solid', 'liquid', 'gas', 'none of these'].filter(
        (state) => state !== variant[1],
      ),
      base: -0.6,
    }
  },
]

/** Through which material sound travels fastest or slowest. */
export const SOUND_SPEED: ScienceScenario = [
  'sound_speed',
  (random) => {
    const fastest = random() < 0.5
    const solids = ['a steel rail', 'an iron railing', 'a brick wall']
    const stem = pickOne(random, [
      `Through which material does sound travel ${fastest ? 'fastest' : 'slowest'}?`,
      `A bell rings at one end of four equally long paths made of different materials. ` +
        `Along which path does the sound arrive ${fastest ? 'first' : 'last'}?`,
    ])
    return {
      stem,
      correct: fastest ? pickOne(random, solids) : 'air',
      distractors: fastest
        ? ['air', 'water', 'a foam pillow']
        : [pickOne(random, solids), 'water', 'glass'],
      base: 0.5,
    }
  },
]

/** Telling chemical changes from physical ones. */
export const CHEMICAL_CHANGE: ScienceScenario = [
  'chemical_change',
  (random) => {
    const chemical = ['an iron nail rusting', 'wood burning', 'bread dough baking', 'milk souring']
    const physical = ['ice melting', 'paper being cut', 'water boiling', 'a glass breaking']
    const askChemical = random() < 0.5
    const kind = askChemical ? 'chemical' : 'physical'
    const person = pickPerson(random)
    return {
      stem: pickOne(random, [
        `Which of these is an example of a ${kind} change?`,
        `${person.name} lists changes ${person.subject} saw at home this week. ` +
          `Which one is a ${kind} change?`,
      ]),
      correct: pickOne(random, askChemical ? chemical : physical),
      distractors: pickDistinct(random, askChemical ? physical : chemical, 3),
      base: 0.2,
    }
  },
]

/** Why an astronaut weighs less on the Moon. */
export const GRAVITY_MOON: ScienceScenario = [
  'gravity_moon',
  (random) => {
    const person = pickPerson(random)
    return {
      stem:
        `${person.name} reads that an astronaut weighs less on the Moon than on Earth. ` +
        `Why is this so?`,
      correct: 'The Moon has less mass than Earth, so its pull of gravity is weaker.',
      distractors: [
        'There is no air on the Moon to push down on the astronaut.',
        'The astronaut loses some mass while traveling through space.',
        'The Moon is farther from the Sun than Earth is.',
      ],
      base: 0.6,
    }
  },
]
