import type {ModelCard} from '../../data/types.js'

/** What a size-based baseline ranked the candidates by. */
export type SizeBasis = 'parameters' | 'known-parameters' | 'price' | 'none'

/**
 * Ranks candidates by parameter count and returns the extreme one. When a size is unknown (a
 * closed model) list prices rank them instead; without full prices either, the models of known
 * size are ranked; with neither, the first candidate is returned and the basis says so.
 * @param models - The candidates.
 * @param direction - `smallest` or `largest`.
 * @returns The chosen index and the basis used.
 */
export function pickBySize(
  models: readonly ModelCard[],
  direction: 'smallest' | 'largest',
): {index: number; basis: SizeBasis} {
  const basis = chooseBasis(models)
  const measure = (model: ModelCard): number | null => {
    if (basis === 'price') return (model.inputPrice ?? 0) + (model.outputPrice ?? 0)
    return model.sizeBillions
  }
  let chosen = -1
  models.forEach((model, index) => {
    const value = measure(model)
    if (value === null) return
    const current = chosen < 0 ? null : measure(models[chosen] ?? model)
    const better =
      current === null || (direction === 'smallest' ? value < current : value > current)
    if (better) chosen = index
  })
  return {index: Math.max(chosen, 0), basis}
}

function chooseBasis(models: readonly ModelCard[]): SizeBasis {
  if (models.every((model) => model.sizeBillions !== null)) return 'parameters'
  if (models.every((model) => model.inputPrice !== null && model.outputPrice !== null)) {
    return 'price'
  }
  if (models.some((model) => model.sizeBillions !== null)) return 'known-parameters'
  return 'none'
}
