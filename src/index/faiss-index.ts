import {randomUUID} from 'node:crypto'
import {readFile, rm, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {UserError} from '../errors/index.js'
import {normalizedCopy} from './top-k.js'
import type {Neighbours, VectorIndex} from './types.js'
import {readVectorFile, writeVectorFile} from './vector-file.js'

/** The part of faiss-node's `IndexFlatIP` this wrapper uses. */
interface FaissFlatIndex {
  ntotal(): number
  add(vectors: number[]): void
  search(query: number[], k: number): {distances: number[]; labels: number[]}
  write(path: string): void
}

interface FaissModule {
  IndexFlatIP: {new (dimension: number): FaissFlatIndex; read(path: string): FaissFlatIndex}
}

const faissPackage = 'faiss-node'

function requireFaiss(): FaissModule {
  try {
    return createRequire(import.meta.url)(faissPackage) as FaissModule
  } catch (error) {
    throw new UserError(`Index kind "faiss" needs ${faissPackage}, which isn't installed.`, {
      code: 'USAGE',
      cause: error,
      suggestions: [`Run npm install ${faissPackage}, or use kind "exact" or "usearch".`],
    })
  }
}

/**
 * Exact inner-product search in faiss (`IndexFlatIP` over normalised vectors), used only when
 * the optional `faiss-node` package is installed.
 */
export class FaissIndex implements VectorIndex {
  readonly kind = 'faiss'
  readonly dimension: number
  readonly #index: FaissFlatIndex

  /**
   * Creates an empty index.
   * @param dimension - Length of every vector.
   * @param index - An existing faiss index to wrap (used by `load`).
   */
  constructor(dimension: number, index?: FaissFlatIndex) {
    this.dimension = dimension
    this.#index = index ?? new (requireFaiss().IndexFlatIP)(dimension)
  }

  /**
   * Restores an index saved with `save`.
   * @param path - The file.
   * @returns The index.
   */
  static async load(path: string): Promise<FaissIndex> {
    const {header, payload} = await readVectorFile(path)
    if (header.kind !== 'faiss') {
      throw new UserError(`${path} doesn't hold a faiss index.`, {code: 'ARTIFACT_INVALID'})
    }
    const faiss = requireFaiss()
    const temporary = join(tmpdir(), `llmrouter-faiss-${randomUUID()}.bin`)
    try {
      await writeFile(temporary, payload)
      return new FaissIndex(header.dimension, faiss.IndexFlatIP.read(temporary))
    } finally {
      await rm(temporary, {force: true})
    }
  }

  get size(): number {
    return this.#index.ntotal()
  }

  add(vectors: readonly Float32Array[]): void {
    const flat: number[] = []
    for (const vector of vectors) {
      if (vector.length !== this.dimension) {
        throw new UserError(
          `A ${vector.length}-float vector doesn't fit a ${this.dimension}-dimension index.`,
          {
            code: 'USAGE',
          },
        )
      }
      for (const value of normalizedCopy(vector)) flat.push(value)
    }
    if (flat.length > 0) this.#index.add(flat)
  }

  search(query: Float32Array, k: number): Neighbours {
    const count = Math.min(Math.floor(k), this.size)
    if (count <= 0) return {rows: new Int32Array(0), distances: new Float32Array(0)}
    const {distances, labels} = this.#index.search(Array.from(normalizedCopy(query)), count)
    return {
      rows: Int32Array.from(labels),
      distances: Float32Array.from(distances, (score) => 1 - score),
    }
  }

  async save(path: string): Promise<void> {
    const temporary = join(tmpdir(), `llmrouter-faiss-${randomUUID()}.bin`)
    try {
      this.#index.write(temporary)
      const payload = await readFile(temporary)
      await writeVectorFile(
        path,
        {kind: this.kind, dimension: this.dimension, size: this.size},
        payload,
      )
    } finally {
      await rm(temporary, {force: true})
    }
  }
}
