import {createHash, randomUUID} from 'node:crypto'
import {appendFile, mkdir, readFile, rename, rm, truncate, writeFile} from 'node:fs/promises'
import {homedir} from 'node:os'
import {join} from 'node:path'
import {crc32} from 'node:zlib'

import createDebug from 'debug'

import {BugError} from '../errors/index.js'

const debug = createDebug('llmrouter:embeddings:cache')
const magic = Buffer.from('LLMRVEC1', 'latin1')
const fixedHeaderBytes = 24
const keyBytes = 32

/**
 * Where embeddings are cached when no folder is given: `$LLMROUTER_CACHE_DIR/embeddings`, else
 * `$XDG_CACHE_HOME/llmrouter/embeddings`, else `~/.cache/llmrouter/embeddings`.
 * @param env - Environment to read; `process.env` by default.
 * @returns An absolute folder path.
 */
export function defaultEmbeddingCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LLMROUTER_CACHE_DIR) return join(env.LLMROUTER_CACHE_DIR, 'embeddings')
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'llmrouter', 'embeddings')
  return join(homedir(), '.cache', 'llmrouter', 'embeddings')
}

/**
 * Hashes a text into its cache key.
 * @param text - The text.
 * @returns The 32-byte SHA-256 digest.
 */
export function hashText(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest()
}

/**
 * Vectors of one provider on disk, keyed by the SHA-256 of the text. The file is a header (magic,
 * version, dimension, provider id) followed by fixed-size records (key, floats, CRC-32), only ever
 * appended to. A crash can leave at most a torn last record; loading stops at the first record
 * that is short or fails its CRC, and the next write cuts the file back to the good part.
 */
export class EmbeddingCache {
  readonly providerId: string
  readonly path: string
  readonly #vectors: Map<string, Float32Array>
  #dimension: number
  /** Bytes of header and whole good records; anything past it is garbage from a crash. */
  #validBytes: number
  #fileBytes: number

  private constructor(
    providerId: string,
    path: string,
    vectors: Map<string, Float32Array>,
    dimension: number,
    validBytes: number,
    fileBytes: number,
  ) {
    this.providerId = providerId
    this.path = path
    this.#vectors = vectors
    this.#dimension = dimension
    this.#validBytes = validBytes
    this.#fileBytes = fileBytes
  }

  /**
   * Loads the cache file of a provider, or starts an empty one.
   * @param cacheDir - Folder of cache files; created on the first write.
   * @param providerId - The provider's id; each provider has its own file.
   * @returns The cache.
   */
  static async open(cacheDir: string, providerId: string): Promise<EmbeddingCache> {
    const path = join(cacheDir, cacheFileName(providerId))
    let bytes: Buffer
    try {
      bytes = await readFile(path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      return new EmbeddingCache(providerId, path, new Map(), 0, 0, 0)
    }
    const parsed = parseCacheFile(bytes, providerId)
    if (parsed === undefined) {
      debug('%s has a foreign or broken header; it will be replaced', path)
      return new EmbeddingCache(providerId, path, new Map(), 0, 0, bytes.length)
    }
    if (parsed.validBytes < bytes.length) {
      debug('%s: ignoring %d bytes of torn tail', path, bytes.length - parsed.validBytes)
    }
    const {vectors, dimension, validBytes} = parsed
    return new EmbeddingCache(providerId, path, vectors, dimension, validBytes, bytes.length)
  }

  /** How many vectors are stored. */
  get size(): number {
    return this.#vectors.size
  }

  /**
   * Looks up a text.
   * @param text - The text.
   * @returns A copy of its vector, or undefined when it isn't cached.
   */
  get(text: string): Float32Array | undefined {
    return this.#vectors.get(hashText(text).toString('hex'))?.slice()
  }

  /**
   * Stores vectors and appends them to the file in one write.
   * @param entries - Texts with their vectors; texts already cached are skipped.
   * @returns Once the file is written.
   */
  async put(
    entries: readonly {readonly text: string; readonly vector: Float32Array}[],
  ): Promise<void> {
    const fresh = new Map<string, {key: Buffer; vector: Float32Array}>()
    for (const {text, vector} of entries) {
      const key = hashText(text)
      const hex = key.toString('hex')
      if (this.#vectors.has(hex) || fresh.has(hex)) continue
      if (this.#dimension === 0) this.#dimension = vector.length
      if (vector.length !== this.#dimension) {
        throw new BugError(
          `Provider "${this.providerId}" gave a ${vector.length}-float vector; its cache holds ${this.#dimension}.`,
        )
      }
      fresh.set(hex, {key, vector: vector.slice()})
    }
    if (fresh.size === 0) return
    const records = Buffer.concat(
      [...fresh.values()].map(({key, vector}) => encodeRecord(key, vector)),
    )
    await mkdir(join(this.path, '..'), {recursive: true})
    if (this.#validBytes === 0) {
      // A new file (or one with a foreign header) is written whole and renamed into place.
      const header = encodeHeader(this.providerId, this.#dimension)
      const temporary = `${this.path}.${randomUUID()}.tmp`
      try {
        await writeFile(temporary, Buffer.concat([header, records]))
        await rename(temporary, this.path)
      } finally {
        await rm(temporary, {force: true})
      }
      this.#validBytes = header.length + records.length
    } else {
      if (this.#fileBytes > this.#validBytes) await truncate(this.path, this.#validBytes)
      await appendFile(this.path, records)
      this.#validBytes += records.length
    }
    this.#fileBytes = this.#validBytes
    for (const [hex, {vector}] of fresh) this.#vectors.set(hex, vector)
  }
}

function cacheFileName(providerId: string): string {
  const readable = providerId.replace(/[^a-zA-Z0-9._-]+/g, '_').slice(0, 80)
  const digest = createHash('sha256').update(providerId).digest('hex').slice(0, 12)
  return `${readable}-${digest}.vectors`
}

function encodeHeader(providerId: string, dimension: number): Buffer {
  const id = Buffer.from(providerId, 'utf8')
  const header = Buffer.alloc(fixedHeaderBytes + Math.ceil(id.length / 4) * 4)
  magic.copy(header, 0)
  header.writeUInt32LE(1, 8)
  header.writeUInt32LE(dimension, 12)
  header.writeUInt32LE(id.length, 16)
  id.copy(header, fixedHeaderBytes)
  return header
}

function encodeRecord(key: Buffer, vector: Float32Array): Buffer {
  const record = Buffer.alloc(keyBytes + vector.length * 4 + 4)
  key.copy(record, 0)
  Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).copy(record, keyBytes)
  record.writeUInt32LE(crc32(record.subarray(0, record.length - 4)), record.length - 4)
  return record
}

interface ParsedCacheFile {
  readonly vectors: Map<string, Float32Array>
  readonly dimension: number
  readonly validBytes: number
}

function parseCacheFile(bytes: Buffer, providerId: string): ParsedCacheFile | undefined {
  if (bytes.length < fixedHeaderBytes || !bytes.subarray(0, 8).equals(magic)) return undefined
  if (bytes.readUInt32LE(8) !== 1) return undefined
  const dimension = bytes.readUInt32LE(12)
  const idLength = bytes.readUInt32LE(16)
  const headerBytes = fixedHeaderBytes + Math.ceil(idLength / 4) * 4
  if (dimension === 0 || bytes.length < headerBytes) return undefined
  const id = bytes.toString('utf8', fixedHeaderBytes, fixedHeaderBytes + idLength)
  if (id !== providerId) return undefined
  const recordBytes = keyBytes + dimension * 4 + 4
  const vectors = new Map<string, Float32Array>()
  let offset = headerBytes
  for (; offset + recordBytes <= bytes.length; offset += recordBytes) {
    const record = bytes.subarray(offset, offset + recordBytes)
    if (crc32(record.subarray(0, recordBytes - 4)) !== record.readUInt32LE(recordBytes - 4)) break
    const vector = new Float32Array(dimension)
    record.copy(new Uint8Array(vector.buffer), 0, keyBytes, keyBytes + dimension * 4)
    vectors.set(record.toString('hex', 0, keyBytes), vector)
  }
  return {vectors, dimension, validBytes: offset}
}
