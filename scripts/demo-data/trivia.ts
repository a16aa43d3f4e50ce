import type {QueryDraft} from './query-drafts.js'
import {jitter, QUERIES_PER_TASK} from './query-drafts.js'
import type {Random} from './random.js'
import {pickOne, shuffled} from './random.js'

type TriviaFact = readonly [string, string, number]

interface TriviaGroup {
  readonly template: string
  readonly phrasings: readonly ((key: string) => string)[]
  readonly facts: readonly TriviaFact[]
}

const TRIVIA_GROUPS: readonly TriviaGroup[] = [
  {
    template: 'capital_city',
    phrasings: [
      (country) => `What is the capital city of ${country}?`,
      (country) => `Which city is the capital of ${country}?`,
      (country) => `Name the capital of ${country}.`,
    ],
    facts: [
      ['Australia', 'Canberra', 0.3],
      ['Canada', 'Ottawa', 0],
      ['Kenya', 'Nairobi', 0.2],
      ['Peru', 'Lima', 0.1],
      ['Norway', 'Oslo', -0.2],
      ['Egypt', 'Cairo', -0.6],
      ['Turkey', 'Ankara', 0.5],
      ['New Zealand', 'Wellington', 0.4],
      ['Brazil', 'Brasília', 0.3],
      ['Vietnam', 'Hanoi', 0.1],
      ['Morocco', 'Rabat', 0.8],
      ['Switzerland', 'Bern', 0.8],
      ['Nigeria', 'Abuja', 0.7],
      ['Portugal', 'Lisbon', -0.3],
      ['Japan', 'Tokyo', -1.2],
    ],
  },
  {
    template: 'novel_author',
    phrasings: [
      (title) => `Who wrote the novel "${title}"?`,
      (title) => `Which author wrote "${title}"?`,
    ],
    facts: [
      ['Pride and Prejudice', 'Jane Austen', -0.7],
      ['Moby-Dick', 'Herman Melville', -0.2],
      ['One Hundred Years of Solitude', 'Gabriel García Márquez', 0.3],
      ['Nineteen Eighty-Four', 'George Orwell', -0.6],
      ['War and Peace', 'Leo Tolstoy', -0.3],
      ['The Great Gatsby', 'F. Scott Fitzgerald', -0.4],
      ['Frankenstein', 'Mary Shelley', -0.3],
      ['Don Quixote', 'Miguel de Cervantes', 0],
      ['Things Fall Apart', 'Chinua Achebe', 0.6],
      ['Jane Eyre', 'Charlotte Brontë', 0.2],
    ],
  },
  {
    template: 'element_symbol',
    phrasings: [
      (symbol) => `Which chemical element has the symbol ${symbol}?`,
      (symbol) => `The chemical symbol ${symbol} stands for which element?`,
    ],
    facts: [
      ['Fe', 'iron', -0.4],
      ['Au', 'gold', -0.6],
      ['Pb', 'lead', 0.2],
      ['Na', 'sodium', -0.1],
      ['K', 'potassium', 0.1],
      ['Sn', 'tin', 0.4],
      ['Hg', 'mercury', 0.2],
      ['W', 'tungsten', 0.7],
      ['Ag', 'silver', -0.2],
    ],
  },
  {
    template: 'painting_artist',
    phrasings: [
      (title) => `Which artist painted "${title}"?`,
      (title) => `Who painted "${title}"?`,
    ],
    facts: [
      ['The Starry Night', 'Vincent van Gogh', -0.8],
      ['Mona Lisa', 'Leonardo da Vinci', -1.2],
      ['The Persistence of Memory', 'Salvador Dalí', 0],
      ['Guernica', 'Pablo Picasso', -0.2],
      ['The Birth of Venus', 'Sandro Botticelli', 0.3],
      ['Girl with a Pearl Earring', 'Johannes Vermeer', 0.2],
      ['The Scream', 'Edvard Munch', 0],
      ['The Night Watch', 'Rembrandt', 0.4],
    ],
  },
  {
    template: 'national_currency',
    phrasings: [
      (country) => `What is the official currency of ${country}?`,
      (country) => `Which currency is used in ${country}?`,
    ],
    facts: [
      ['Japan', 'yen', -0.8],
      ['India', 'rupee', -0.5],
      ['Mexico', 'peso', -0.4],
      ['South Africa', 'rand', 0.3],
      ['Poland', 'złoty', 0.6],
      ['Thailand', 'baht', 0.4],
      ['South Korea', 'won', 0.2],
      ['Brazil', 'real', 0.4],
    ],
  },
  {
    template: 'composer',
    phrasings: [(work) => `Which composer wrote ${work}?`, (work) => `Who composed ${work}?`],
    facts: [
      ['the opera "The Magic Flute"', 'Wolfgang Amadeus Mozart', -0.2],
      ['"The Four Seasons"', 'Antonio Vivaldi', -0.3],
      ['the ballet "Swan Lake"', 'Pyotr Ilyich Tchaikovsky', -0.1],
      ['the ballet "The Rite of Spring"', 'Igor Stravinsky', 0.4],
      ['the opera "Carmen"', 'Georges Bizet', 0.5],
      ['the Brandenburg Concertos', 'Johann Sebastian Bach', 0.3],
      ['the oratorio "Messiah"', 'George Frideric Handel', 0.4],
    ],
  },
  {
    template: 'general_science',
    phrasings: [(question) => question],
    facts: [
      ['Which planet is known as the Red Planet?', 'Mars', -1.3],
      ['What is the largest planet in the Solar System?', 'Jupiter', -0.9],
      ['What is the largest ocean on Earth?', 'the Pacific Ocean', -0.8],
      ['What is the highest mountain above sea level?', 'Mount Everest', -1.1],
      ['Which river flows through Cairo?', 'the Nile', -0.5],
      ['What is the hardest naturally occurring mineral?', 'diamond', -0.4],
      ['Which gas do plants take in from the air for photosynthesis?', 'carbon dioxide', -0.7],
      ['How many bones are in the adult human body?', '206', 0.1],
      ['Who discovered penicillin in 1928?', 'Alexander Fleming', 0],
      ['Who developed the first widely used polio vaccine, licensed in 1955?', 'Jonas Salk', 0.5],
    ],
  },
]

/** Short factual questions (TriviaQA-like) with one-phrase answers. */
export function generateTrivia(random: Random): QueryDraft[] {
  const facts = TRIVIA_GROUPS.flatMap((group) => group.facts.map((fact) => ({group, fact})))
  return shuffled(random, facts)
    .slice(0, QUERIES_PER_TASK)
    .map(({group, fact: [key, answer, base]}) => ({
      text: pickOne(random, group.phrasings)(key),
      groundTruth: answer,
      difficulty: jitter(random, base),
      template: group.template,
    }))
}
