import {createSeededRandom, randomPermutation} from '../../../ml/math/seeded-random.js'

/** What a network learns from: the inputs, a target per output unit, and which ones count. */
export interface TrainingExamples {
  /** One row per usable query, `dimension` values each. */
  readonly inputs: Float32Array
  /** One row of `modelCount` targets per usable query. */
  readonly targets: Float32Array
  /** 1 where a target counts in the loss, 0 where the outcome is missing. */
  readonly mask: Float32Array
  readonly rowCount: number
}

/**
 * Builds regression examples: each model's measured performance is its target, and a missing
 * (NaN) cell is masked out of the loss. Queries with no outcome at all are left out.
 * @param embeddings - One embedding per query.
 * @param performance - Outcomes, row-major by query; NaN = missing.
 * @param modelCount - Models per row.
 * @returns The examples.
 */
export function regressionExamples(
  embeddings: readonly Float32Array[],
  performance: Float32Array,
  modelCount: number,
): TrainingExamples {
  const usable = embeddings.flatMap((_, query) =>
    hasOutcome(performance, query, modelCount) ? [query] : [],
  )
  const dimension = embeddings[0]?.length ?? 0
  const inputs = new Float32Array(usable.length * dimension)
  const targets = new Float32Array(usable.length * modelCount)
  const mask = new Float32Array(usable.length * modelCount)
  usable.forEach((query, row) => {
    inputs.set(embeddings[query]!, row * dimension)
    for (let model = 0; model < modelCount; model++) {
      const value = performance[query * modelCount + model]!
      if (Number.isNaN(value)) continue
      targets[row * modelCount + model] = value
      mask[row * modelCount + model] = 1
    }
  })
  return {inputs, targets, mask, rowCount: usable.length}
}

/**
 * Builds classification examples: the target is a one-hot row on the query's best model (the
 * first on ties, as the Python router labels them). Queries without a label are left out.
 * @param embeddings - One embedding per query.
 * @param labels - Each query's best model, or -1 when it has no outcome.
 * @param modelCount - Classes.
 * @returns The examples; every target counts.
 */
export function classificationExamples(
  embeddings: readonly Float32Array[],
  labels: Int32Array,
  modelCount: number,
): TrainingExamples {
  const usable = embeddings.flatMap((_, query) => (labels[query]! >= 0 ? [query] : []))
  const dimension = embeddings[0]?.length ?? 0
  const inputs = new Float32Array(usable.length * dimension)
  const targets = new Float32Array(usable.length * modelCount)
  usable.forEach((query, row) => {
    inputs.set(embeddings[query]!, row * dimension)
    targets[row * modelCount + labels[query]!] = 1
  })
  const mask = new Float32Array(usable.length * modelCount).fill(1)
  return {inputs, targets, mask, rowCount: usable.length}
}

/**
 * Splits example rows into training and validation rows, seeded, each list in ascending order.
 * At least one row always stays for training.
 * @param rowCount - How many rows.
 * @param fraction - Share held out for validation.
 * @param seed - Seed of the split.
 * @returns The two lists of row indices.
 */
export function splitForValidation(
  rowCount: number,
  fraction: number,
  seed: number,
): {training: Int32Array; validation: Int32Array} {
  const held = Math.min(Math.round(rowCount * fraction), rowCount - 1)
  const order = randomPermutation(rowCount, createSeededRandom(seed))
  const validation = order.slice(0, Math.max(0, held)).sort()
  const training = order.slice(Math.max(0, held)).sort()
  return {training, validation}
}

function hasOutcome(performance: Float32Array, query: number, modelCount: number): boolean {
  for (let model = 0; model < modelCount; model++) {
    if (!Number.isNaN(performance[query * modelCount + model]!)) return true
  }
  return false
}
