import {z} from 'zod'
import type {HparamSchema} from './hparam-schemas.js'

/** The stage a config is written for: `train` builds an artifact, `test` routes with one. */
export type RouterStage = 'train' | 'test'

/** Keys of `data_path`: the Python LLMRouter's, plus our `dataset_dir`. */
export const dataPathKeys = [
  'dataset_dir',
  'query_data_train',
  'query_data_test',
  'query_embedding_data',
  'routing_data_train',
  'routing_data_test',
  'llm_data',
  'llm_embedding_data',
] as const

/** One key of `data_path`. */
export type DataPathKey = (typeof dataPathKeys)[number]

/** Keys of `model_path`, as the Python LLMRouter names them. */
export const modelPathKeys = ['ini_model_path', 'save_model_path', 'load_model_path'] as const

/** One key of `model_path`. */
export type ModelPathKey = (typeof modelPathKeys)[number]

const pathValue = z.string()

const urlValue = z.string().refine((value) => value === '' || URL.canParse(value), {
  message: "isn't a URL; write it with its scheme, like https://integrate.api.nvidia.com/v1.",
})

/** `data_path`: where the data lives. Relative paths are read from the config file's folder. */
export const dataPathSchema = z.strictObject({
  /** Our shared layout: a folder holding `llms.json`, `train.jsonl` and `test.jsonl`. */
  dataset_dir: pathValue.optional(),
  /** Python query JSONL used for training. */
  query_data_train: pathValue.optional(),
  /** Python query JSONL used for testing. */
  query_data_test: pathValue.optional(),
  /** Python query embeddings (a PyTorch `.pt` file). */
  query_embedding_data: pathValue.optional(),
  /** Python routing JSONL (one row per query × model) used for training. */
  routing_data_train: pathValue.optional(),
  /** Python routing JSONL used for testing. */
  routing_data_test: pathValue.optional(),
  /** Python LLM candidate JSON: name → size, prices, endpoint. */
  llm_data: pathValue.optional(),
  /** Python LLM description embeddings JSON. */
  llm_embedding_data: pathValue.optional(),
})

/** `model_path`: artifact folders. Relative paths are read from the config file's folder. */
export const modelPathSchema = z.strictObject({
  /** Artifact to start training from; the Python configs leave it empty. */
  ini_model_path: pathValue.optional(),
  /** Where training writes its artifact folder. */
  save_model_path: pathValue.optional(),
  /** Which artifact folder routing and testing read. */
  load_model_path: pathValue.optional(),
})

/** `metric`: how the Python LLMRouter weighs its evaluation terms. */
export const metricSchema = z.strictObject({
  weights: z
    .strictObject({
      /** Weight of measured quality. */
      performance: z.number().min(0).default(1),
      /** Weight of cost. */
      cost: z.number().min(0).default(0),
      /** Weight of an LLM judge's score. */
      llm_judge: z.number().min(0).default(0),
    })
    .prefault({}),
})

/** `embedding`: how query texts become vectors. */
export const embeddingSchema = z.strictObject({
  /** `use-lite`: the offline Universal Sentence Encoder; `openai`: any `/v1/embeddings`. */
  provider: z.enum(['use-lite', 'openai']).default('use-lite'),
  /** Model name sent to an OpenAI-compatible endpoint. */
  model: z.string().min(1).optional(),
  /** Base URL of an OpenAI-compatible endpoint. */
  base_url: urlValue.optional(),
  /** Name of the environment variable that holds the API key; never the key itself. */
  api_key_env: z
    .string()
    .refine((value) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(value), {
      message: 'takes the name of an environment variable, like OPENAI_API_KEY, not a key.',
    })
    .optional(),
  /** Folder of the embedding cache; relative paths are read from the config file's folder. */
  cache_dir: pathValue.optional(),
})

/** `cost`: how cost is estimated when the data records neither cost nor tokens. */
export const costSchema = z.strictObject({
  /** Output tokens assumed for a model with no observed answer lengths. */
  default_output_tokens: z.int().min(0).optional(),
  /** Characters per token, to estimate input tokens from the query text. */
  chars_per_token: z.number().gt(0).optional(),
})

/**
 * Builds the schema of a whole router config around one router's `hparam` schema. Every section
 * is a strict object, so a key the schema doesn't know is an error at any depth.
 * @param hparamSchema - Schema of the router's `hparam` section.
 * @returns The config schema; parsing fills in defaults.
 */
export function createRouterConfigSchema(hparamSchema: HparamSchema) {
  return z.strictObject({
    /** Router id (`knnrouter`); ours, the Python configs take it from the command line. */
    router: z.string().min(1).optional(),
    data_path: dataPathSchema.prefault({}),
    model_path: modelPathSchema.prefault({}),
    metric: metricSchema.prefault({}),
    /** The router's own settings, named as in the Python configs where they exist there. */
    hparam: hparamSchema.prefault({}),
    /** Python fallback endpoint for candidates whose `llm_data` entry has none. */
    api_endpoint: urlValue.optional(),
    embedding: embeddingSchema.prefault({}),
    cost: costSchema.prefault({}),
    /** Seed of every random choice in training and routing. */
    seed: z.int().optional(),
    /** Willingness to pay, in quality per USD; 0 picks the best quality whatever the cost. */
    lambda: z.number().min(0).default(0),
  })
}

/** A validated router config: defaults filled in, `hparam` checked by the router's schema. */
export type RouterConfig = z.output<ReturnType<typeof createRouterConfigSchema>>
