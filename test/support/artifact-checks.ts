import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'

import {expect} from 'vitest'

import type {Artifact} from '../../src/routers/artifact/artifact-store.js'
import {loadArtifact, saveArtifact} from '../../src/routers/artifact/artifact-store.js'
import type {RouterQuery, RouterV1} from '../../src/routers/spec/index.js'

/**
 * Expects two artifacts to hold the same arrays, value for value: what one seed must give twice.
 * @param first - One training's artifact.
 * @param second - Another training's, with the same seed.
 */
export function expectSameArrays(first: Artifact, second: Artifact): void {
  expect(Object.keys(second.arrays).sort()).toEqual(Object.keys(first.arrays).sort())
  for (const [name, values] of Object.entries(first.arrays)) {
    expect(Array.from(second.arrays[name] ?? []), name).toEqual(Array.from(values))
  }
}

/**
 * Expects one array to differ between two artifacts: what another seed must change.
 * @param first - One training's artifact.
 * @param other - Another training's, with another seed.
 * @param name - The array that depends on the seed.
 */
export function expectArrayDiffers(first: Artifact, other: Artifact, name: string): void {
  expect(first.arrays[name], name).toBeDefined()
  expect(Array.from(other.arrays[name] ?? [])).not.toEqual(Array.from(first.arrays[name] ?? []))
}

/**
 * Saves an artifact in a temporary folder, loads it back, and expects the loaded router to score
 * the queries exactly as the original does.
 * @param artifact - A trained artifact.
 * @param create - Builds the router from an artifact.
 * @param queries - The queries to score.
 * @returns The loaded router's predicted performance.
 */
export async function expectSameScoresAfterRoundTrip(
  artifact: Artifact,
  create: (artifact: Artifact) => RouterV1,
  queries: readonly RouterQuery[],
): Promise<Float32Array> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'llmrouter-round-trip-'))
  let loaded: Artifact
  try {
    const folder = path.join(scratch, artifact.manifest.router)
    await saveArtifact(folder, artifact)
    loaded = await loadArtifact(folder)
  } finally {
    await rm(scratch, {recursive: true, force: true})
  }

  const before = await create(artifact).scoreBatch?.(queries)
  const after = await create(loaded).scoreBatch?.(queries)

  expect(after).toBeDefined()
  expect(Array.from(after?.performance ?? [])).toEqual(Array.from(before?.performance ?? []))
  return after?.performance ?? new Float32Array(0)
}
