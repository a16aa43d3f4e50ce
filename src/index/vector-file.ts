import {randomUUID} from 'node:crypto'
import {readFile, rename, rm, writeFile} from 'node:fs/promises'

import {UserError} from '../errors/index.js'

/** What every saved index records before its payload. */
export interface VectorFileHeader {
  readonly kind: string
  readonly dimension: number
  readonly size: number
}

const magic = Buffer.from('LLMRIDX1', 'latin1')

/**
 * Writes a file atomically: to a temporary name beside it, then renamed over the target, so a
 * reader never sees half a file.
 * @param path - Destination.
 * @param bytes - Full contents.
 * @returns Once the file is in place.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.${randomUUID()}.tmp`
  try {
    await writeFile(temporary, bytes)
    await rename(temporary, path)
  } finally {
    await rm(temporary, {force: true})
  }
}

/**
 * Saves an index: magic, JSON header length, JSON header, padding to 8 bytes, payload.
 * @param path - Destination; written atomically.
 * @param header - Kind, dimension and size.
 * @param payload - The implementation's own bytes.
 * @returns Once written.
 */
export async function writeVectorFile(
  path: string,
  header: VectorFileHeader,
  payload: Uint8Array,
): Promise<void> {
  const json = Buffer.from(JSON.stringify(header), 'utf8')
  const prefix = Buffer.alloc(Math.ceil((12 + json.length) / 8) * 8)
  magic.copy(prefix, 0)
  prefix.writeUInt32LE(json.length, 8)
  json.copy(prefix, 12)
  await writeFileAtomically(path, Buffer.concat([prefix, payload]))
}

/**
 * Reads a file written by `writeVectorFile`.
 * @param path - The file.
 * @returns The header and the payload (aligned to 8 bytes within its buffer).
 */
export async function readVectorFile(
  path: string,
): Promise<{header: VectorFileHeader; payload: Uint8Array}> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    throw new UserError(`Vector index file ${path} can't be read.`, {
      code: 'ARTIFACT_INVALID',
      cause: error,
      suggestions: ['Check the path, or build the index again.'],
    })
  }
  const invalid = (): UserError =>
    new UserError(`${path} isn't a vector index saved by llmrouter.`, {
      code: 'ARTIFACT_INVALID',
      suggestions: ['Build the index again and save it with VectorIndex.save.'],
    })
  if (bytes.length < 12 || !bytes.subarray(0, 8).equals(magic)) throw invalid()
  const jsonLength = bytes.readUInt32LE(8)
  const payloadStart = Math.ceil((12 + jsonLength) / 8) * 8
  if (payloadStart > bytes.length) throw invalid()
  let header: VectorFileHeader
  try {
    header = JSON.parse(bytes.toString('utf8', 12, 12 + jsonLength)) as VectorFileHeader
  } catch {
    throw invalid()
  }
  // Copy so the payload starts at offset 0 of its own buffer, as typed-array views need.
  const payload = new Uint8Array(bytes.length - payloadStart)
  payload.set(bytes.subarray(payloadStart))
  return {header, payload}
}
