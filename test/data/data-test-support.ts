import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

import {expect} from 'vitest'

import type {OutcomeMatrix} from '../../src/data/types.js'

const fixturesRoot = fileURLToPath(new URL('../fixtures/data/', import.meta.url))

/**
 * Path of a data fixture.
 * @param parts - Scenario folder, then file.
 * @returns The absolute path.
 */
export function dataFixture(...parts: string[]): string {
  return path.join(fixturesRoot, ...parts)
}

/**
 * Runs a test body in a fresh temporary folder and removes it afterwards.
 * @param body - Receives the folder.
 */
export async function withTemporaryFolder(body: (folder: string) => Promise<void>): Promise<void> {
  const folder = await mkdtemp(path.join(tmpdir(), 'llmrouter-data-'))
  try {
    await body(folder)
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
}

/**
 * Asserts two matrices hold the same queries, candidates and cells (NaN equals NaN).
 * @param actual - The matrix read back.
 * @param expected - The original.
 */
export function expectSameMatrix(actual: OutcomeMatrix, expected: OutcomeMatrix): void {
  expect(actual.queries).toEqual(expected.queries)
  expect(actual.models.map(({name}) => name)).toEqual(expected.models.map(({name}) => name))
  expect(Array.from(actual.performance)).toEqual(Array.from(expected.performance))
  expect(Array.from(actual.recordedCost)).toEqual(Array.from(expected.recordedCost))
  expect(Array.from(actual.inputTokens)).toEqual(Array.from(expected.inputTokens))
  expect(Array.from(actual.outputTokens)).toEqual(Array.from(expected.outputTokens))
  expect(new Map(actual.responses)).toEqual(new Map(expected.responses))
}
