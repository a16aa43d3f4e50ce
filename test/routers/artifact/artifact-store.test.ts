import {mkdtemp, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, test} from 'vitest'

import {loadArtifact, saveArtifact} from '../../../src/routers/artifact/artifact-store.js'
import type {ArtifactManifest} from '../../../src/routers/artifact/artifact-store.js'

let scratch: string

beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'llmrouter-artifact-'))
})

afterEach(async () => {
  await rm(scratch, {recursive: true, force: true})
})

const manifest: Omit<ArtifactManifest, 'arrays'> = {
  format: 'llmrouter-artifact/1',
  router: 'knnrouter',
  specificationVersion: 'v1',
  createdAt: '2026-01-01T00:00:00.000Z',
  candidates: ['a', 'b'],
  embedding: {id: 'test-embedding', dimension: 2},
  dataFingerprint: 'abc',
  hparam: {n_neighbors: 3},
  costModel: {charsPerToken: 4, defaultOutputTokens: 256, models: []},
  state: {note: 'kept'},
  trainingMetrics: {trainingSeconds: 1},
}

describe('artifact store', () => {
  test('reads back what it wrote, arrays included', async () => {
    // Given
    const folder = path.join(scratch, 'knn')
    const arrays = {
      weights: Float32Array.from([1.5, -2, Number.NaN]),
      labels: Int32Array.from([0, 1, -1]),
      costs: Float64Array.from([1e-7, 2e-7]),
    }

    // When
    await saveArtifact(folder, {manifest, arrays})
    const loaded = await loadArtifact(folder)

    // Then
    expect(loaded.manifest.state).toEqual({note: 'kept'})
    expect(Array.from(loaded.arrays.weights ?? [])).toEqual([1.5, -2, Number.NaN])
    expect(loaded.arrays.labels).toBeInstanceOf(Int32Array)
    expect(Array.from(loaded.arrays.costs ?? [])).toEqual([1e-7, 2e-7])
  })

  test('replaces an existing artifact without leaving temporary folders', async () => {
    const folder = path.join(scratch, 'knn')
    await saveArtifact(folder, {manifest, arrays: {a: Float32Array.from([1])}})
    await saveArtifact(folder, {manifest, arrays: {b: Float32Array.from([2])}})

    const loaded = await loadArtifact(folder)

    expect(Object.keys(loaded.arrays)).toEqual(['b'])
    expect(await readdir(scratch)).toEqual(['knn'])
  })

  test('says how to make an artifact when the folder has none', async () => {
    await expect(loadArtifact(scratch)).rejects.toMatchObject({
      code: 'ARTIFACT_INVALID',
      message: `No router artifact at ${scratch} (no router.json).`,
    })
  })

  test('rejects a weights file of the wrong length', async () => {
    const folder = path.join(scratch, 'knn')
    await saveArtifact(folder, {manifest, arrays: {weights: Float32Array.from([1, 2])}})
    await writeFile(path.join(folder, 'weights.bin'), Buffer.alloc(4))

    await expect(loadArtifact(folder)).rejects.toMatchObject({
      code: 'ARTIFACT_INVALID',
      message: expect.stringContaining('holds 4 bytes, not 8') as unknown,
    })
  })
})
