import {pickPerson} from './people.js'
import {pickDistinct, pickOne, shuffled} from './random.js'
import type {ScienceScenario} from './science-reasoning.js'

/** Choosing a renewable source of electricity. */
export const RENEWABLE_RESOURCES: ScienceScenario = [
  'renewable_resources',
  (random) => {
    const place = pickOne(random, [
      'coastal town',
      'farming village',
      'mountain town',
      'small island',
      'desert city',
    ])
    return {
      stem:
        `A ${place} wants to make electricity from a renewable resource. ` +
        `Which one should it use?`,
      correct: pickOne(random, ['wind', 'sunlight', 'flowing river water']),
      distractors: pickDistinct(random, ['coal', 'natural gas', 'oil', 'uranium'], 3),
      base: -0.8,
    }
  },
]

/** What causes day and night. */
export const DAY_AND_NIGHT: ScienceScenario = [
  'day_and_night',
  (random) => {
    const person = pickPerson(random)
    return {
      stem:
        `${person.name} notices that the Sun rises in the morning and sets in the evening ` +
        `every day. What causes this cycle of day and night?`,
      correct: 'Earth spins on its axis.',
      distractors: shuffled(random, [
        'Earth travels around the Sun.',
        'The Moon blocks the Sun each night.',
        'The Sun travels around Earth.',
      ]),
      base: -0.3,
    }
  },
]

/** The role of a producer or a primary consumer in a food chain. */
export const FOOD_CHAIN: ScienceScenario = [
  'food_chain',
  (random) => {
    const [producer, herbivore, predator] = pickOne(random, [
      ['grass', 'rabbit', 'fox'],
      ['acorns', 'squirrel', 'hawk'],
      ['clover', 'grasshopper', 'frog'],
      ['kelp', 'sea urchin', 'sea otter'],
      ['algae', 'snail', 'duck'],
    ] as const)
    const askHerbivore = random() < 0.5
    return {
      stem:
        `In the food chain ${producer} → ${herbivore} → ${predator}, what role does the ` +
        `${askHerbivore ? herbivore : producer} play?`,
      correct: askHerbivore ? 'primary consumer' : 'producer',
      distractors: askHerbivore
        ? ['producer', 'decomposer', 'top predator']
        : ['primary consumer', 'decomposer', 'top predator'],
      base: 0.1,
    }
  },
]

/** Which instrument measures a given quantity. */
export const MEASURING_TOOLS: ScienceScenario = [
  'measuring_tools',
  (random) => {
    const person = pickPerson(random)
    const tools: readonly (readonly [string, string])[] = [
      ['mass of a rock', 'a balance'],
      ['volume of some lemonade', 'a graduated cylinder'],
      ['temperature of pond water', 'a thermometer'],
      ['air pressure before a storm', 'a barometer'],
      ['speed of the wind', 'an anemometer'],
    ]
    const [quantity, tool] = pickOne(random, tools)
    return {
      stem:
        `${person.name} wants to measure the ${quantity}. ` +
        `Which tool should ${person.subject} use?`,
      correct: tool,
      distractors: pickDistinct(
        random,
        tools.map(([, other]) => other).filter((other) => other !== tool),
        3,
      ),
      base: -0.5,
    }
  },
]

/** Which variables to keep fixed in a plant-growth experiment. */
export const CONTROLLED_EXPERIMENT: ScienceScenario = [
  'controlled_experiment',
  (random) => {
    const person = pickPerson(random)
    const variables = ['the amount of water', 'the amount of sunlight', 'the type of soil']
    const tested = pickOne(random, variables)
    const plant = pickOne(random, ['bean', 'sunflower', 'tomato'])
    return {
      stem:
        `${person.name} wants to find out whether ${tested} affects how tall ${plant} plants ` +
        `grow. What should ${person.subject} keep the same for every plant?`,
      correct: pickOne(
        random,
        variables.filter((variable) => variable !== tested),
      ),
      distractors: [tested, 'the final height of each plant', 'the number of leaves that grow'],
      base: 0.4,
    }
  },
]

/** Which trait helps an organism survive in its habitat. */
export const ADAPTATIONS: ScienceScenario = [
  'adaptations',
  (random) => {
    const traits: readonly (readonly [string, string, string])[] = [
      ['polar bear', 'the icy Arctic', 'thick fur and a layer of fat'],
      ['camel', 'a hot desert', 'going many days without drinking'],
      ['duck', 'a pond', 'webbed feet for paddling'],
      ['owl', 'a forest at night', 'large eyes that see in dim light'],
      ['cactus', 'a dry desert', 'a thick stem that stores water'],
    ]
    const [organism, habitat, trait] = pickOne(random, traits)
    return {
      stem: `Which trait best helps a ${organism} survive in ${habitat}?`,
      correct: trait,
      distractors: pickDistinct(
        random,
        traits.map(([, , other]) => other).filter((other) => other !== trait),
        3,
      ),
      base: -0.3,
    }
  },
]

/** How long the cycle of Moon phases takes. */
export const MOON_PHASES: ScienceScenario = [
  'moon_phases',
  (random) => {
    const person = pickPerson(random)
    return {
      stem:
        `${person.name} draws the shape of the Moon every night. About how long will it take ` +
        `before the drawings start to repeat the same shapes?`,
      correct: 'about one month',
      distractors: ['about one day', 'about one week', 'about one year'],
      base: 0.3,
    }
  },
]

/** What made the rocks of a riverbed or beach smooth. */
export const EROSION: ScienceScenario = [
  'erosion',
  (random) => {
    const place = pickOne(random, [
      'in a riverbed',
      'at the bottom of a creek',
      'on a beach',
      'in a mountain stream',
      'along a lakeshore',
    ])
    return {
      stem: `The rocks ${place} are smooth and rounded. What most likely made them smooth?`,
      correct: 'Moving water tumbled them against each other for a long time.',
      distractors: [
        'Plants growing on them wore down the edges.',
        'They cooled slowly from melted rock.',
        'Animals walking over them polished them.',
      ],
      base: 0,
    }
  },
]

/** How a flagpole's shadow changes between morning and noon. */
export const SHADOWS: ScienceScenario = [
  'shadows',
  (random) => {
    const person = pickPerson(random)
    const time = pickOne(random, ['noon', 'midday', 'lunchtime'])
    return {
      stem:
        `${person.name} measures the shadow of a flagpole in the early morning and again at ` +
        `${time}. How does the shadow at ${time} compare with the morning shadow?`,
      correct: 'It is shorter, because the Sun is higher in the sky.',
      distractors: [
        'It is longer, because the Sun is higher in the sky.',
        'It is the same length, because the flagpole does not move.',
        'It is longer, because the Sun is closer to Earth at that time.',
      ],
      base: 0.5,
    }
  },
]
