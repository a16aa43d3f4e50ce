import type {Random} from './random.js'
import {pickOne} from './random.js'

/** A named person and the pronouns a template needs to write about them. */
export interface Person {
  readonly name: string
  readonly subject: 'he' | 'she'
  readonly object: 'him' | 'her'
  readonly possessive: 'his' | 'her'
}

const PEOPLE: readonly (readonly [string, 'he' | 'she'])[] = [
  ['Maya', 'she'],
  ['Liam', 'he'],
  ['Priya', 'she'],
  ['Jonas', 'he'],
  ['Amara', 'she'],
  ['Diego', 'he'],
  ['Hana', 'she'],
  ['Omar', 'he'],
  ['Sofia', 'she'],
  ['Kofi', 'he'],
  ['Elena', 'she'],
  ['Mateo', 'he'],
  ['Aiko', 'she'],
  ['Noah', 'he'],
  ['Zara', 'she'],
  ['Ravi', 'he'],
  ['Lucia', 'she'],
  ['Felix', 'he'],
]

/** A random person, different from `other` when one is given. */
export function pickPerson(random: Random, other?: Person): Person {
  const candidates = PEOPLE.filter(([name]) => name !== other?.name)
  const [name, subject] = pickOne(random, candidates)
  return subject === 'she'
    ? {name, subject, object: 'her', possessive: 'her'}
    : {name, subject, object: 'him', possessive: 'his'}
}

/** Uppercases the first letter, for a pronoun that starts a sentence. */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
