import {createHash} from 'node:crypto'
import {z} from 'zod'

import type {RouterDefinition} from '../router-definition.js'
import {
  baselineCapabilities,
  createFixedChoiceRouter,
  meanPerformanceByModel,
} from '../fixed/fixed-choice-router.js'

const randomHparamSchema = z.strictObject({seed: z.number().int().optional()})

/**
 * Picks a candidate uniformly at random. The draw is a hash of the seed and the query, so the
 * same query gets the same model in every run and every process.
 */
export const randomRouter: RouterDefinition = {
  id: 'randomrouter',
  aliases: ['random', 'random_router'],
  description: 'Picks a candidate uniformly at random (seeded, the same pick per query).',
  family: 'single-round',
  capabilities: baselineCapabilities,
  hparamSchema: randomHparamSchema,
  train({matrix, hparam, seed}) {
    const {seed: configuredSeed} = randomHparamSchema.parse(hparam)
    const state = {seed: configuredSeed ?? seed, modelMeans: meanPerformanceByModel(matrix)}
    return Promise.resolve({state, arrays: {}})
  },
  create(artifact) {
    const seed = Number(artifact.manifest.state.seed ?? 0)
    const modelCount = artifact.manifest.candidates.length
    return createFixedChoiceRouter(randomRouter, artifact, (query) => {
      const index = seededDraw(`${seed}\u0000${query.id ?? query.text}`, modelCount)
      return {index, reason: `Drawn at random (seed ${seed}).`}
    })
  },
}

function seededDraw(key: string, modelCount: number): number {
  const digest = createHash('sha256').update(key).digest()
  return digest.readUInt32LE(0) % modelCount
}
