import {mkdir, readdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'

import type {CostModelParameters} from '../../data/cost-model.js'
import type {EmbeddingSpec} from '../../embeddings/create-embedding-provider.js'
import {UserError} from '../../errors/index.js'

/** The typed arrays an artifact may hold; stored raw, little-endian. Bytes hold opaque blobs. */
export type ArtifactArray = Float32Array | Float64Array | Int32Array | Uint8Array

type ArrayType = 'float32' | 'float64' | 'int32' | 'uint8'

/** Where one stored array lives and how to read it back. */
export interface ArrayEntry {
  readonly file: string
  readonly dtype: ArrayType
  readonly length: number
}

/** The `router.json` of an artifact folder: everything but the weights. */
export interface ArtifactManifest {
  /** Format version of this file, checked on load. */
  readonly format: 'llmrouter-artifact/1'
  readonly router: string
  readonly specificationVersion: 'v1'
  readonly createdAt: string
  readonly candidates: readonly string[]
  /** The embedding model the router was trained with, or null when it needs none. */
  readonly embedding: {
    readonly id: string
    readonly dimension: number
    /** How to recreate the provider at route time. */
    readonly spec?: EmbeddingSpec
  } | null
  /** Hash of the training queries and models, to tell artifacts apart. */
  readonly dataFingerprint: string
  readonly hparam: Readonly<Record<string, unknown>>
  /** Predicts each candidate's cost for a new query. */
  readonly costModel: CostModelParameters
  /** Router-specific JSON state (small: big numbers go in `arrays`). */
  readonly state: Readonly<Record<string, unknown>>
  readonly trainingMetrics: Readonly<Record<string, number>>
  readonly arrays: Readonly<Record<string, ArrayEntry>>
}

/** An artifact in memory. */
export interface Artifact {
  readonly manifest: ArtifactManifest
  readonly arrays: Readonly<Record<string, ArtifactArray>>
}

const manifestFile = 'router.json'

/**
 * Writes an artifact folder atomically: everything goes to a sibling temporary folder that
 * replaces the destination only once complete, so a crash never leaves half an artifact.
 * @param directory - The artifact folder to create or replace.
 * @param artifact - The manifest (its `arrays` entries are filled in here) and arrays.
 * @returns The manifest as written.
 */
export async function saveArtifact(
  directory: string,
  artifact: {manifest: Omit<ArtifactManifest, 'arrays'>; arrays: Record<string, ArtifactArray>},
): Promise<ArtifactManifest> {
  const target = path.resolve(directory)
  await requireReplaceableDestination(target, directory)
  const staging = `${target}.tmp-${process.pid}`
  try {
    const manifest = await writeStagingFolder(staging, artifact)
    await swapIntoPlace(staging, target)
    return manifest
  } catch (error) {
    await rm(staging, {recursive: true, force: true}).catch(() => undefined)
    const detail = error instanceof Error ? error.message : String(error)
    throw new UserError(`Couldn't write the artifact folder "${directory}": ${detail}.`, {
      code: 'DATA_WRITE_FAILED',
      cause: error,
      suggestions: ['Pass --output (or model_path.save_model_path) a folder you can write to.'],
    })
  }
}

async function writeStagingFolder(
  staging: string,
  artifact: {manifest: Omit<ArtifactManifest, 'arrays'>; arrays: Record<string, ArtifactArray>},
): Promise<ArtifactManifest> {
  await rm(staging, {recursive: true, force: true})
  await mkdir(staging, {recursive: true})
  const entries: Record<string, ArrayEntry> = {}
  for (const [name, array] of Object.entries(artifact.arrays)) {
    const entry: ArrayEntry = {file: `${name}.bin`, dtype: dtypeOf(array), length: array.length}
    await writeFile(path.join(staging, entry.file), toLittleEndianBytes(array))
    entries[name] = entry
  }
  const manifest: ArtifactManifest = {...artifact.manifest, arrays: entries}
  await writeFile(path.join(staging, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

/** Replaces the destination with the finished staging folder; the old one goes only after. */
async function swapIntoPlace(staging: string, target: string): Promise<void> {
  const previous = `${target}.old-${process.pid}`
  await rm(previous, {recursive: true, force: true})
  await rename(target, previous).catch(() => undefined)
  await rename(staging, target)
  await rm(previous, {recursive: true, force: true})
}

async function requireReplaceableDestination(target: string, directory: string): Promise<void> {
  const stats = await stat(target).catch(() => null)
  if (!stats) return
  if (stats.isDirectory()) {
    const entries = await readdir(target)
    if (entries.length === 0 || entries.includes(manifestFile)) return
  }
  throw new UserError(
    `"${directory}" exists and isn't an llmrouter artifact folder, so training won't replace it.`,
    {
      code: 'DATA_WRITE_FAILED',
      suggestions: ['Pass --output a new folder, or the folder of an earlier artifact.'],
    },
  )
}

/**
 * Reads an artifact folder written by `saveArtifact`.
 * @param directory - The artifact folder.
 * @returns The manifest and its arrays.
 */
export async function loadArtifact(directory: string): Promise<Artifact> {
  const manifestPath = path.join(directory, manifestFile)
  const manifest = parseManifest(manifestPath, await readManifestText(manifestPath))
  const arrays: Record<string, ArtifactArray> = {}
  for (const [name, entry] of Object.entries(manifest.arrays)) {
    const bytes = await readFile(path.join(directory, entry.file)).catch((error: unknown) => {
      throw artifactError(`${path.join(directory, entry.file)} is missing`, error)
    })
    arrays[name] = fromLittleEndianBytes(bytes, entry, path.join(directory, entry.file))
  }
  return {manifest, arrays}
}

async function readManifestText(manifestPath: string): Promise<string> {
  try {
    return await readFile(manifestPath, 'utf8')
  } catch (error) {
    throw new UserError(`No router artifact at ${path.dirname(manifestPath)} (no router.json).`, {
      code: 'ARTIFACT_INVALID',
      cause: error,
      suggestions: ['Train one first with `llmrouter train`, or pass the folder it wrote.'],
    })
  }
}

function parseManifest(manifestPath: string, text: string): ArtifactManifest {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw artifactError(`${manifestPath} isn't valid JSON`, error)
  }
  if (!isManifest(value)) {
    throw artifactError(`${manifestPath} isn't an llmrouter artifact (format llmrouter-artifact/1)`)
  }
  return value
}

function isManifest(value: unknown): value is ArtifactManifest {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return (
    record.format === 'llmrouter-artifact/1' &&
    typeof record.router === 'string' &&
    Array.isArray(record.candidates) &&
    typeof record.arrays === 'object'
  )
}

function artifactError(reason: string, cause?: unknown): UserError {
  return new UserError(`${reason}.`, {
    code: 'ARTIFACT_INVALID',
    cause,
    suggestions: ['Train the router again with `llmrouter train` to rewrite the artifact.'],
  })
}

function dtypeOf(array: ArtifactArray): ArrayType {
  if (array instanceof Float64Array) return 'float64'
  if (array instanceof Int32Array) return 'int32'
  if (array instanceof Uint8Array) return 'uint8'
  return 'float32'
}

const bytesPerElement: Record<ArrayType, number> = {float32: 4, float64: 8, int32: 4, uint8: 1}

const littleEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

function toLittleEndianBytes(array: ArtifactArray): Uint8Array {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength)
  return littleEndianHost ? bytes : swapBytes(bytes, array.BYTES_PER_ELEMENT)
}

function fromLittleEndianBytes(bytes: Uint8Array, entry: ArrayEntry, file: string): ArtifactArray {
  const width = bytesPerElement[entry.dtype]
  if (bytes.byteLength !== entry.length * width) {
    throw artifactError(`${file} holds ${bytes.byteLength} bytes, not ${entry.length * width}`)
  }
  // Copy into an aligned buffer: Buffer slices from readFile may start at any offset.
  const aligned = new Uint8Array(littleEndianHost ? bytes : swapBytes(bytes, width)).buffer
  if (entry.dtype === 'float64') return new Float64Array(aligned)
  if (entry.dtype === 'int32') return new Int32Array(aligned)
  if (entry.dtype === 'uint8') return new Uint8Array(aligned)
  return new Float32Array(aligned)
}

function swapBytes(bytes: Uint8Array, width: number): Uint8Array {
  const swapped = new Uint8Array(bytes.length)
  for (let start = 0; start < bytes.length; start += width) {
    for (let offset = 0; offset < width; offset++) {
      swapped[start + offset] = bytes[start + width - 1 - offset] ?? 0
    }
  }
  return swapped
}
