import type {QueryDraft} from './query-drafts.js'
import {jitter, LETTERS, multipleChoice, QUERIES_PER_TASK} from './query-drafts.js'
import type {Random} from './random.js'
import {pickDistinct, shuffled} from './random.js'

interface ChoiceFact {
  readonly subject: string
  readonly question: string
  readonly correct: string
  readonly distractors: readonly string[]
  readonly base: number
}

/** Facts that share one answer pool: each question's distractors come from the others. */
function pooledFacts(
  subject: string,
  question: (key: string) => string,
  pairs: readonly (readonly [string, string, number])[],
  extraOptions: readonly string[] = [],
): ChoiceFact[] {
  const pool = [...new Set([...pairs.map(([, answer]) => answer), ...extraOptions])]
  return pairs.map(([key, correct, base]) => ({
    subject,
    question: question(key),
    correct,
    distractors: pool.filter((option) => option !== correct),
    base,
  }))
}

const ELEMENTS: readonly (readonly [string, string, number])[] = [
  ['1', 'hydrogen', -1.4],
  ['2', 'helium', -1.1],
  ['6', 'carbon', -1],
  ['7', 'nitrogen', -0.6],
  ['8', 'oxygen', -0.9],
  ['10', 'neon', -0.2],
  ['11', 'sodium', -0.1],
  ['12', 'magnesium', 0.2],
  ['13', 'aluminum', 0.3],
  ['16', 'sulfur', 0.3],
  ['17', 'chlorine', 0.1],
  ['19', 'potassium', 0.4],
  ['20', 'calcium', 0.3],
  ['26', 'iron', 0.5],
  ['29', 'copper', 0.7],
  ['30', 'zinc', 0.9],
  ['47', 'silver', 1],
  ['79', 'gold', 0.8],
  ['82', 'lead', 1.1],
]

const HISTORY_EVENTS: readonly (readonly [string, number, number])[] = [
  ['the Battle of Hastings', 1066, 0.2],
  ['the sealing of Magna Carta', 1215, 0.3],
  ['the fall of Constantinople to the Ottoman Empire', 1453, 0.6],
  ["Columbus's first voyage across the Atlantic", 1492, -0.6],
  ['the storming of the Bastille', 1789, 0],
  ['the Battle of Waterloo', 1815, 0.3],
  ['the start of the First World War', 1914, -0.7],
  ['the October Revolution in Russia', 1917, 0.1],
  ['the end of the Second World War', 1945, -0.9],
  ['the fall of the Berlin Wall', 1989, -0.4],
]

function historyFacts(random: Random): ChoiceFact[] {
  return HISTORY_EVENTS.map(([event, year, base]) => {
    const offsets = pickDistinct(random, [-61, -47, -33, -25, -18, -12, -8, 9, 14, 22, 31, 56], 3)
    return {
      subject: 'world history',
      question: `In which year did ${event} take place?`,
      correct: String(year),
      distractors: offsets.map((offset) => String(year + offset)),
      base,
    }
  })
}

const CONCEPT_FACTS: readonly ChoiceFact[] = [
  {
    subject: 'microeconomics',
    question: 'A good for which demand rises as consumer income rises is called',
    correct: 'a normal good',
    distractors: ['an inferior good', 'a Giffen good', 'a public good'],
    base: -0.5,
  },
  {
    subject: 'microeconomics',
    question: 'The value of the next best alternative given up when making a choice is',
    correct: 'opportunity cost',
    distractors: ['sunk cost', 'marginal cost', 'fixed cost'],
    base: -0.8,
  },
  {
    subject: 'microeconomics',
    question:
      'If the absolute value of the price elasticity of demand for a product is greater than 1, ' +
      'demand for the product is',
    correct: 'elastic',
    distractors: ['inelastic', 'unit elastic', 'perfectly inelastic'],
    base: 0,
  },
  {
    subject: 'microeconomics',
    question: 'In long-run equilibrium, a firm in a perfectly competitive market earns',
    correct: 'zero economic profit',
    distractors: [
      'positive economic profit',
      'negative accounting profit',
      'the same profit as a monopolist',
    ],
    base: 0.6,
  },
  {
    subject: 'macroeconomics',
    question: 'Other things equal, a decrease in the reserve requirement will most likely',
    correct: 'increase the money supply',
    distractors: ['decrease the money supply', 'raise the interest rate', 'reduce bank lending'],
    base: 0.4,
  },
  {
    subject: 'macroeconomics',
    question: 'When the central bank buys government bonds on the open market, the money supply',
    correct: 'increases',
    distractors: ['decreases', 'is unaffected', 'falls by the value of the bonds'],
    base: 0.3,
  },
  {
    subject: 'microeconomics',
    question: 'A binding price ceiling set below the equilibrium price will most likely cause',
    correct: 'a shortage',
    distractors: ['a surplus', 'no change in the quantity traded', 'an increase in supply'],
    base: 0.1,
  },
  {
    subject: 'microeconomics',
    question: 'Goods that are both nonrival and nonexcludable are called',
    correct: 'public goods',
    distractors: ['private goods', 'club goods', 'inferior goods'],
    base: 0.2,
  },
]

function knowledgeFacts(random: Random): ChoiceFact[] {
  return [
    ...pooledFacts(
      'high school chemistry',
      (number) => `Which element has atomic number ${number}?`,
      ELEMENTS,
    ),
    ...historyFacts(random),
    ...CONCEPT_FACTS,
    ...pooledFacts('high school biology', (role) => `Which organelle ${role}?`, [
      ['is the main site of ATP production by aerobic respiration', 'mitochondrion', -0.6],
      ['carries out photosynthesis in plant cells', 'chloroplast', -0.8],
      ['assembles proteins from amino acids', 'ribosome', 0],
      ['modifies, sorts and packages proteins for export', 'Golgi apparatus', 0.4],
      ['contains enzymes that break down worn-out cell parts', 'lysosome', 0.3],
      ['holds most of the DNA in a eukaryotic cell', 'nucleus', -1],
    ]),
    ...pooledFacts(
      'college computer science',
      (task) => `What is the worst-case time complexity of ${task}?`,
      [
        ['binary search on a sorted array of n elements', 'O(log n)', -0.3],
        ['bubble sort on n elements', 'O(n^2)', -0.1],
        ['merge sort on n elements', 'O(n log n)', 0],
        ['linear search through an unsorted list of n elements', 'O(n)', -0.7],
        ['inserting a key into a binary heap of n elements', 'O(log n)', 0.5],
        ['quicksort with a naive pivot choice on n elements', 'O(n^2)', 0.7],
        ['reading the element at a given index of an array', 'O(1)', -0.9],
      ],
      ['O(2^n)'],
    ),
    ...pooledFacts('high school physics', (quantity) => `What is the SI unit of ${quantity}?`, [
      ['force', 'newton', -0.9],
      ['energy', 'joule', -0.7],
      ['power', 'watt', -0.4],
      ['electric charge', 'coulomb', 0.2],
      ['pressure', 'pascal', 0],
      ['frequency', 'hertz', -0.2],
      ['electrical resistance', 'ohm', 0],
      ['magnetic flux density', 'tesla', 0.9],
    ]),
    ...pooledFacts('philosophy', (work) => `Which philosopher wrote ${work}?`, [
      ['the Republic', 'Plato', -0.6],
      ['the Nicomachean Ethics', 'Aristotle', -0.2],
      ['Leviathan', 'Thomas Hobbes', 0.2],
      ['Meditations on First Philosophy', 'René Descartes', 0.3],
      ['the Critique of Pure Reason', 'Immanuel Kant', 0.1],
      ['Two Treatises of Government', 'John Locke', 0.6],
      ['The Social Contract', 'Jean-Jacques Rousseau', 0.4],
      ['Utilitarianism', 'John Stuart Mill', 0.3],
      ['Beyond Good and Evil', 'Friedrich Nietzsche', 0.5],
    ]),
  ]
}

/** Multiple-choice knowledge questions (MMLU-like), lettered A to D. */
export function generateKnowledge(random: Random): QueryDraft[] {
  const facts = shuffled(random, knowledgeFacts(random)).slice(0, QUERIES_PER_TASK)
  return facts.map((fact) => {
    const {options, answer} = multipleChoice(
      random,
      fact.correct,
      shuffled(random, fact.distractors),
    )
    const lines = options.map((option, position) => `${LETTERS[position]!}. ${option}`)
    return {
      text:
        `The following is a multiple choice question about ${fact.subject}.\n\n` +
        `${fact.question}\n${lines.join('\n')}\nAnswer:`,
      groundTruth: answer,
      difficulty: jitter(random, fact.base),
      template: fact.subject.replaceAll(' ', '_'),
    }
  })
}
