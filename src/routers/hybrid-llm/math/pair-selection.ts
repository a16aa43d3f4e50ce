import type {ModelCard} from '../../../data/types.js'
import {UserError} from '../../../errors/index.js'
import type {HybridLLMHparam} from '../hybrid-llm-config.js'
import type {PairOutcomes} from './pair-budget-value.js'
import {pairValueAtBudget} from './pair-budget-value.js'

/** How each side of the pair was chosen. */
export type PairBasis = 'named' | 'best-performance' | 'best-at-budget' | 'cheapest' | 'size'

/** The small/large pair, as candidate indices, and why each was chosen. */
export interface ModelPair {
  readonly small: number
  readonly large: number
  readonly smallBasis: PairBasis
  readonly largeBasis: PairBasis
}

/** What the pair is chosen from: the candidates and their training figures. */
export interface PairChoiceInput {
  readonly models: readonly ModelCard[]
  /** Mean training performance per candidate. */
  readonly meanPerformance: readonly number[]
  /** Mean predicted cost per training query, per candidate (0 when unpriced). */
  readonly meanCost: readonly number[]
  /** Per-query training figures, for the budget comparison of `pair: auto`. */
  readonly outcomes: PairOutcomes
  readonly hparam: Pick<HybridLLMHparam, 'pair' | 'small_llm' | 'large_llm' | 'pair_cost_share'>
}

/**
 * Chooses the small and the large model. A side named by `small_llm`/`large_llm` is taken as
 * named. Otherwise, with `pair: auto`, the large model is the best mean training performance
 * and the small one the model that promises the pair the best training performance when the
 * large model may spend `pair_cost_share` of its own cost (see `pairValueAtBudget`; the
 * cheapest other model when no small model alone fits that budget); with `pair: size` they are the largest and the smallest parameter counts, as in the Python
 * router. Ties go to the cheaper model, then to the earlier one.
 * @param input - Candidates, their mean performance and cost, and the settings.
 * @returns The pair.
 */
export function chooseModelPair(input: PairChoiceInput): ModelPair {
  const {models, hparam} = input
  if (models.length < 2) {
    throw new UserError(`hybrid_llm needs two candidate models; the data has ${models.length}.`, {
      code: 'DATA_INVALID',
      suggestions: ['Train it on a dataset with a small and a large model.'],
    })
  }
  const namedSmall = findNamed(models, hparam.small_llm, 'small_llm')
  const namedLarge = findNamed(models, hparam.large_llm, 'large_llm')
  if (namedSmall !== null && namedSmall === namedLarge) {
    throw new UserError(`hparam.small_llm and hparam.large_llm both name "${hparam.small_llm}".`, {
      code: 'CONFIG_INVALID',
      suggestions: ['Name two different models, or set one of them to null.'],
    })
  }
  if (hparam.pair === 'size') return pairBySize(input, namedSmall, namedLarge)
  const large = namedLarge ?? bestPerformance(input, (index) => index !== namedSmall)
  const small: Choice =
    namedSmall === null ? smallAtBudget(input, large) : {index: namedSmall, basis: 'named'}
  return {
    small: small.index,
    large,
    smallBasis: small.basis,
    largeBasis: namedLarge === null ? 'best-performance' : 'named',
  }
}

interface Choice {
  readonly index: number
  readonly basis: PairBasis
}

function smallAtBudget(input: PairChoiceInput, large: number): Choice {
  let best = -1
  let bestValue = Number.NEGATIVE_INFINITY
  input.models.forEach((_, index) => {
    if (index === large) return
    const value = pairValueAtBudget(input.outcomes, index, large, input.hparam.pair_cost_share)
    if (value === null) return
    const cheaper = (input.meanCost[index] ?? 0) < (input.meanCost[best] ?? 0)
    if (value > bestValue || (value === bestValue && cheaper)) {
      best = index
      bestValue = value
    }
  })
  if (best >= 0) return {index: best, basis: 'best-at-budget'}
  let cheapest = -1
  input.models.forEach((_, index) => {
    if (index === large) return
    if (cheapest < 0 || isBetter(input.meanCost, input.meanPerformance, index, cheapest, -1)) {
      cheapest = index
    }
  })
  return {index: cheapest, basis: 'cheapest'}
}

function bestPerformance(input: PairChoiceInput, allowed: (index: number) => boolean): number {
  let best = -1
  const negatedCost = input.meanCost.map((cost) => -cost)
  input.models.forEach((_, index) => {
    if (!allowed(index)) return
    if (best < 0 || isBetter(input.meanPerformance, negatedCost, index, best, 1)) best = index
  })
  return best
}

/** Whether `index` beats `current` on `first` (higher, or lower when `sign` is −1), then on
 * `second` (always higher). */
function isBetter(
  first: readonly number[],
  second: readonly number[],
  index: number,
  current: number,
  sign: 1 | -1,
): boolean {
  const difference = sign * ((first[index] ?? 0) - (first[current] ?? 0))
  if (difference !== 0) return difference > 0
  return (second[index] ?? 0) > (second[current] ?? 0)
}

function pairBySize(
  input: PairChoiceInput,
  namedSmall: number | null,
  namedLarge: number | null,
): ModelPair {
  const sized = input.models.flatMap((model, index) =>
    model.sizeBillions === null ? [] : [{index, size: model.sizeBillions}],
  )
  const pick = (direction: 1 | -1, excluded: number | null): number | undefined => {
    let chosen: {index: number; size: number} | undefined
    for (const entry of sized) {
      if (entry.index === excluded) continue
      if (!chosen || direction * (entry.size - chosen.size) > 0) chosen = entry
    }
    return chosen?.index
  }
  const large = namedLarge ?? pick(1, namedSmall)
  const small = namedSmall ?? pick(-1, large ?? null)
  if (large === undefined || small === undefined || large === small) {
    const known = sized.map((entry) => input.models[entry.index]?.name).join(', ') || 'none'
    throw new UserError(
      `hparam.pair is size, but llms.json gives a parameter count for too few models (${known}).`,
      {
        code: 'CONFIG_INVALID',
        suggestions: [
          'Set hparam.pair to auto, or name the pair with hparam.small_llm and hparam.large_llm.',
        ],
      },
    )
  }
  return {
    small,
    large,
    smallBasis: namedSmall === null ? 'size' : 'named',
    largeBasis: namedLarge === null ? 'size' : 'named',
  }
}

function findNamed(
  models: readonly ModelCard[],
  name: string | null,
  key: 'small_llm' | 'large_llm',
): number | null {
  if (name === null) return null
  const index = models.findIndex((model) => model.name === name)
  if (index >= 0) return index
  throw new UserError(
    `hparam.${key} is "${name}", which isn't a candidate. Candidates: ` +
      `${models.map((model) => model.name).join(', ')}.`,
    {code: 'CONFIG_INVALID', suggestions: [`Set hparam.${key} to one of them, or to null.`]},
  )
}
