import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'

import {fitCostModel} from '../../../src/data/cost-model.js'
import type {OutcomeMatrix} from '../../../src/data/types.js'
import type {Artifact} from '../../../src/routers/artifact/artifact-store.js'
import {loadArtifact, saveArtifact} from '../../../src/routers/artifact/artifact-store.js'
import {eloRouterDefinition} from '../../../src/routers/elo/index.js'
import type {Decision, RouterV1} from '../../../src/routers/spec/index.js'
import {fitRouter} from '../../../src/services/train/fit-router.js'
import {modelCard, tinyMatrix} from '../../support/tiny-matrix.js'

// Two topics on two axes: "math" queries point along x, "trivia" along y. The strong model wins
// math, the cheap one wins trivia, and strong wins more battles overall.
const topics = tinyMatrix(
  [modelCard('cheap', 0.1), modelCard('strong', 10)],
  [
    {text: 'math one', performance: [0, 1]},
    {text: 'math two', performance: [0, 1]},
    {text: 'math three', performance: [1, 1]},
    {text: 'trivia one', performance: [1, 0]},
    {text: 'trivia two', performance: [1, 1]},
    {text: 'trivia three', performance: [1, 1]},
  ],
)
const embeddings = [
  [1, 0],
  [0.99, 0.14],
  [0.98, 0.2],
  [0, 1],
  [0.14, 0.99],
  [0.2, 0.98],
].map((vector) => Float32Array.from(vector))
const mathQuery = {text: 'a math question', embedding: Float32Array.from([1, 0.05])}
const triviaQuery = {text: 'a trivia question', embedding: Float32Array.from([0.05, 1])}
// A negligible prior, uniform neighbour weights and a tight tolerance make the figures exact.
const exact = {
  prior_strength: 1e-9,
  similarity_prior_strength: 1e-9,
  temperature: 1e9,
  tolerance: 1e-9,
}

async function trainElo(matrix: OutcomeMatrix, hparam: Record<string, unknown>): Promise<Artifact> {
  const {artifact} = await fitRouter({
    definition: eloRouterDefinition,
    matrix,
    hparam,
    seed: 1,
    costModel: fitCostModel(matrix),
    embedder: null,
    embeddings,
  })
  return artifact
}

async function createElo(hparam: Record<string, unknown>, matrix = topics): Promise<RouterV1> {
  return eloRouterDefinition.create(await trainElo(matrix, hparam), {embedder: null, seed: 1})
}

function predicted(decision: Decision): Record<string, number> {
  return Object.fromEntries(
    (decision.scores ?? []).map((score) => [score.model, score.performance]),
  )
}

describe('elorouter training', () => {
  test('rates strong above cheap from 3.5 to 2.5 wins, ties counting half', async () => {
    const artifact = await trainElo(topics, exact)
    const {ratings, calibration, fieldMean} = artifact.manifest.state as {
      ratings: number[]
      calibration: {level: number; slope: number}
      fieldMean: number
    }

    // Odds 3.5 : 2.5 put the ratings 400 · log10(1.4) apart, centred on 1000.
    expect(ratings[1]).toBeCloseTo(1000 + 200 * Math.log10(1.4), 4)
    expect(ratings[0]).toBeCloseTo(1000 - 200 * Math.log10(1.4), 4)
    // Expected scores 5/12 and 7/12 against means 4/6 and 5/6: slope 1, level ¾.
    expect(calibration.slope).toBeCloseTo(1, 6)
    expect(calibration.level).toBeCloseTo(0.75, 6)
    expect(fieldMean).toBeCloseTo(0.75, 12)
    expect(artifact.manifest.trainingMetrics.battles).toBe(6)
  })

  test('trains global mode without embeddings and stores no arrays', async () => {
    const result = await eloRouterDefinition.train({
      matrix: topics,
      hparam: eloRouterDefinition.hparamSchema.parse({mode: 'global'}),
      seed: 1,
      costModel: fitCostModel(topics),
      embeddings: null,
    })

    expect(result.arrays).toEqual({})
  })

  test('refuses similarity mode without embeddings', async () => {
    const training = eloRouterDefinition.train({
      matrix: topics,
      hparam: eloRouterDefinition.hparamSchema.parse({}),
      seed: 1,
      costModel: fitCostModel(topics),
      embeddings: null,
    })

    await expect(training).rejects.toThrow('needs one embedding per training query')
  })
})

describe('elorouter in similarity mode', () => {
  test('predicts the neighbours’ mean performance for 0/1 outcomes when the prior is negligible', async () => {
    const router = await createElo({...exact, n_neighbors: 3})

    const math = await router.route(mathQuery, {lambda: 0})
    const trivia = await router.route(triviaQuery, {lambda: 0})

    // Math neighbours: strong 3/3, cheap 1/3. Trivia neighbours: cheap 3/3, strong 2/3.
    expect(predicted(math).strong).toBeCloseTo(1, 6)
    expect(predicted(math).cheap).toBeCloseTo(1 / 3, 6)
    expect(predicted(trivia).cheap).toBeCloseTo(1, 6)
    expect(predicted(trivia).strong).toBeCloseTo(2 / 3, 6)
    expect(math.model).toBe('strong')
    expect(trivia.model).toBe('cheap')
  })

  test('leans on the global ratings as the prior of a query’s fit grows', async () => {
    const router = await createElo({...exact, similarity_prior_strength: 1e6, n_neighbors: 3})

    const trivia = await router.route(triviaQuery, {lambda: 0})

    expect(trivia.model).toBe('strong')
  })

  test('moves math queries to the cheap model once λ outweighs the quality gap', async () => {
    const router = await createElo({...exact, n_neighbors: 3})

    const atHighLambda = await router.route(mathQuery, {lambda: 1e9})

    expect(atHighLambda.model).toBe('cheap')
    expect(router.capabilities).toMatchObject({scores: true, needsEmbeddings: true})
  })

  test('keeps the cheaper model when two models score the same', async () => {
    // Symmetric results rate both models alike; the expensive model is listed first.
    const symmetric = tinyMatrix(
      [modelCard('strong', 10), modelCard('cheap', 0.1)],
      [
        {text: 'one', performance: [1, 0]},
        {text: 'two', performance: [0, 1]},
        {text: 'three', performance: [1, 1]},
        {text: 'four', performance: [1, 0]},
        {text: 'five', performance: [0, 1]},
        {text: 'six', performance: [0, 0]},
      ],
    )
    const similarity = await createElo({temperature: 1e9, n_neighbors: 6}, symmetric)
    const global = await createElo({mode: 'global'}, symmetric)

    const [byScore] = await similarity.routeBatch([mathQuery], {lambda: 0})
    const byRating = await global.route(mathQuery, {lambda: 0})

    expect(predicted(byScore ?? {model: ''})).toEqual({strong: 0.5, cheap: 0.5})
    expect(byScore?.model).toBe('cheap')
    expect(byRating.model).toBe('strong')
  })
})

describe('elorouter in global mode', () => {
  test('picks the top-rated model for every query whatever λ, as the Python router does', async () => {
    const router = await createElo({...exact, mode: 'global'})

    const decisions = await router.routeBatch([mathQuery, triviaQuery], {lambda: 1e9})

    expect(decisions.map((decision) => decision.model)).toEqual(['strong', 'strong'])
    expect(predicted(decisions[0] ?? {model: ''}).strong).toBeCloseTo(5 / 6, 6)
    expect(decisions[0]?.reason).toBe(
      'strong has the highest Elo rating (1029) over all training battles.',
    )
    expect(router.capabilities).toMatchObject({scores: false, needsEmbeddings: false})
    expect('scoreBatch' in router).toBe(false)
  })
})

describe('elorouter artifacts', () => {
  const folders: string[] = []
  afterAll(async () => {
    await Promise.all(folders.map((folder) => rm(folder, {recursive: true, force: true})))
  })

  test('routes the same after a save and load round trip', async () => {
    // Given
    const artifact = await trainElo(topics, {n_neighbors: 4})
    const folder = await mkdtemp(path.join(tmpdir(), 'elorouter-'))
    folders.push(folder)
    const runtime = {embedder: null, seed: 1}

    // When
    await saveArtifact(path.join(folder, 'artifact'), artifact)
    const loaded = await loadArtifact(path.join(folder, 'artifact'))
    const before = await eloRouterDefinition
      .create(artifact, runtime)
      .scoreBatch?.([mathQuery, triviaQuery])
    const after = await eloRouterDefinition
      .create(loaded, runtime)
      .scoreBatch?.([mathQuery, triviaQuery])

    // Then
    expect(after?.performance).toEqual(before?.performance)
    expect(after?.cost).toEqual(before?.cost)
    expect(loaded.manifest.state.ratings).toEqual(artifact.manifest.state.ratings)
  })

  test('rejects an artifact whose ratings do not match its candidates', async () => {
    const artifact = await trainElo(topics, {})
    const broken = {
      ...artifact,
      manifest: {...artifact.manifest, state: {...artifact.manifest.state, ratings: [1000]}},
    }

    expect(() => eloRouterDefinition.create(broken, {embedder: null, seed: 1})).toThrow(
      'The elorouter artifact is unusable',
    )
  })
})
