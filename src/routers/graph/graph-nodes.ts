import type {ModelCard} from '../../data/types.js'
import {UserError} from '../../errors/index.js'
import type {EmbeddingProvider} from '../../embeddings/types.js'

/** The texts behind the model and task nodes, and their embeddings. */
export interface NodeFeatures {
  /** One embedding per model, in candidate order. */
  readonly models: Float32Array
  /** One embedding per task, in `tasks` order. */
  readonly tasks: Float32Array
  /** Floats per embedding. */
  readonly dimension: number
  /** The models whose text was built from name, size and prices for want of a description. */
  readonly builtDescriptions: readonly string[]
}

/**
 * The text a model node is embedded from: its `description` in llms.json, or, when it has none,
 * one built from its name, size and prices.
 * @param card - The model's card.
 * @returns The text, and whether it was built.
 */
export function modelNodeText(card: ModelCard): {text: string; built: boolean} {
  const description = card.description?.trim()
  if (description) return {text: description, built: false}
  const size = card.size ? `, a ${card.size} parameter model` : ', a language model'
  const price =
    card.inputPrice === null || card.outputPrice === null
      ? ', price unknown'
      : `, costing $${card.inputPrice} per million input tokens and $${card.outputPrice} per million output tokens`
  return {text: `${card.name}${size}${price}.`, built: true}
}

/**
 * The text a task node is embedded from: its name with separators as spaces (`mmlu_pro_law`
 * becomes `Task: mmlu pro law`). Limitation: the datasets carry no task descriptions, so a task
 * node starts from little more than its name and learns mostly from its queries.
 * @param task - The task name.
 * @returns The text.
 */
export function taskNodeText(task: string): string {
  return `Task: ${task.replace(/[_\-/.]+/g, ' ').trim()}`
}

/**
 * Embeds every model description and task name with the query embedder, so the three node types
 * start in one space.
 * @param models - The candidates' cards.
 * @param tasks - The task names.
 * @param embedder - The embedder of the query embeddings.
 * @returns The embeddings, stacked.
 */
export async function embedNodeTexts(
  models: readonly ModelCard[],
  tasks: readonly string[],
  embedder: EmbeddingProvider | null | undefined,
): Promise<NodeFeatures> {
  if (!embedder) {
    throw new UserError(
      'graphrouter embeds model descriptions and task names, but training has no embedder.',
      {
        code: 'EMBEDDING_FAILED',
        suggestions: ['Set `embedding.provider` in the config (use-lite works offline).'],
      },
    )
  }
  const modelTexts = models.map(modelNodeText)
  const vectors = await embedder.embed([
    ...modelTexts.map((entry) => entry.text),
    ...tasks.map(taskNodeText),
  ])
  const dimension = vectors[0]?.length ?? 0
  if (dimension === 0 || vectors.length !== models.length + tasks.length) {
    throw new UserError(`The embedder returned no vectors for graphrouter's node texts.`, {
      code: 'EMBEDDING_FAILED',
    })
  }
  const stack = (rows: readonly Float32Array[]): Float32Array => {
    const stacked = new Float32Array(rows.length * dimension)
    rows.forEach((vector, row) => stacked.set(vector, row * dimension))
    return stacked
  }
  return {
    models: stack(vectors.slice(0, models.length)),
    tasks: stack(vectors.slice(models.length)),
    dimension,
    builtDescriptions: models.filter((_, index) => modelTexts[index]?.built).map((m) => m.name),
  }
}
