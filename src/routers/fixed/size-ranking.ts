import type {ModelCard} from '../../data/types.js'

/** How a size-based baseline ranked the candidates. */
export type SizeBasis = 'parameters' | 'price'

/**
 * Ranks candidates by parameter count, or by list price when any size is unknown (closed
 * models), and returns the extreme one.
 * @param models - The candidates.
 * @param direction - `smallest` or `largest`.
 * @returns The chosen index and the basis used.
 */
export function pickBySize(
  models: readonly ModelCard[],
  direction: 'smallest' | 'largest',
): {index: number; basis: SizeBasis} {
  const everySizeKnown = models.every((model) => model.sizeBillions !== null)
  const basis: SizeBasis = everySizeKnown ? 'parameters' : 'price'
  const measure = (model: ModelCard): number =>
    basis === 'parameters'
      ? (model.sizeBillions ?? 0)
      : (model.inputPrice ?? 0) + (model.outputPrice ?? 0)
  let chosen = 0
  models.forEach((model, index) => {
    const current = models[chosen]
    if (!current) return
    const better =
      direction === 'smallest'
        ? measure(model) < measure(current)
        : measure(model) > measure(current)
    if (better) chosen = index
  })
  return {index: chosen, basis}
}
