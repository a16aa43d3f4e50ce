import {describe, expect, test} from 'vitest'

import {
  estimateTokens,
  fitCostModel,
  predictQueryCosts,
  promptText,
  resolveCosts,
} from '../../src/data/cost-model.js'
import {readLLMRouterFiles} from '../../src/data/readers/llmrouter-reader.js'
import {readSharedLayout} from '../../src/data/readers/shared-layout-reader.js'
import type {ModelCard, OutcomeMatrix} from '../../src/data/types.js'
import {dataFixture} from './data-test-support.js'

function card(name: string, inputPrice: number | null, outputPrice: number | null): ModelCard {
  return {name, inputPrice, outputPrice, size: null, sizeBillions: null, description: null, raw: {}}
}

function oneQueryMatrix(models: ModelCard[], text: string): OutcomeMatrix {
  const cells = models.length
  return {
    queries: [{id: 'q', task: 't', text, groundTruth: null, metric: 'm'}],
    models,
    performance: new Float32Array(cells).fill(1),
    recordedCost: new Float64Array(cells).fill(NaN),
    inputTokens: new Float32Array(cells).fill(NaN),
    outputTokens: new Float32Array(cells).fill(NaN),
    responses: new Map(),
  }
}

describe('estimateTokens', () => {
  test('rounds the characters per token up', () => {
    expect(estimateTokens('What is 2 + 2?', 4)).toBe(4)
    expect(estimateTokens('', 4)).toBe(0)
  })
})

describe('fitCostModel', () => {
  test('takes mean output tokens from responses, else the default', async () => {
    const {train} = await readSharedLayout(dataFixture('three-models-dense'))

    const parameters = fitCostModel(train)

    expect(parameters).toMatchObject({charsPerToken: 4, defaultOutputTokens: 256})
    expect(
      parameters.models.map((model) => [model.meanOutputTokens, model.outputTokensSource]),
    ).toEqual([
      [256, 'default'],
      [256, 'default'],
      [4, 'responses'],
    ])
    expect(parameters.models.every((model) => model.recorded === null)).toBe(true)
    expect(JSON.parse(JSON.stringify(parameters))).toEqual(parameters)
  })

  test('fits non-negative lines to recorded costs', async () => {
    const {train} = await readSharedLayout(dataFixture('sparse-with-prefixes'))

    const {models} = fitCostModel(train)

    for (const model of models) {
      expect(model.recorded?.cells).toBe(3)
      expect(model.recorded?.intercept).toBeGreaterThanOrEqual(0)
      expect(model.recorded?.slope).toBeGreaterThanOrEqual(0)
    }
  })

  test('prefers recorded output tokens', async () => {
    const {train} = await readLLMRouterFiles({
      routingTrain: dataFixture(
        'llmrouter-format',
        'routing_data',
        'default_routing_train_data.jsonl',
      ),
      llmData: dataFixture('llmrouter-format', 'llm_candidates', 'default_llm.json'),
    })

    const {models} = fitCostModel(train, {defaultOutputTokens: 100})

    expect(models[0]).toMatchObject({meanOutputTokens: 5, outputTokensSource: 'recorded'})
  })

  test('rejects a non-positive chars-per-token setting', async () => {
    const {train} = await readSharedLayout(dataFixture('three-models-dense'))

    expect(() => fitCostModel(train, {charsPerToken: 0})).toThrow(
      "The cost model's charsPerToken is 0; it must be a positive number.",
    )
  })
})

describe('predictQueryCosts', () => {
  test('prices estimated input tokens plus mean output tokens per model', async () => {
    const {train} = await readSharedLayout(dataFixture('three-models-dense'))

    const costs = predictQueryCosts(fitCostModel(train), 'What is 2 + 2?')

    expect(Array.from(costs)).toEqual([
      expect.closeTo(52e-6, 12),
      expect.closeTo(156e-6, 12),
      expect.closeTo(160e-6, 12),
    ])
  })

  test('uses the recorded-cost fit where there is one and 0 for an unpriced model', async () => {
    const {train} = await readSharedLayout(dataFixture('sparse-with-prefixes'))
    const parameters = fitCostModel(train)
    const [cheap] = parameters.models
    const unpriced = fitCostModel(oneQueryMatrix([card('free', null, null)], 'x'))

    const costs = predictQueryCosts(parameters, 'Write a function.')

    expect(costs[0]).toBeCloseTo(
      (cheap?.recorded?.intercept ?? 0) + (cheap?.recorded?.slope ?? 0) * 5,
    )
    expect(Array.from(predictQueryCosts(unpriced, 'anything'))).toEqual([0])
  })
})

describe('resolveCosts', () => {
  test('estimates every cell of a dataset without recorded costs and says how', async () => {
    const {train, test: split} = await readSharedLayout(dataFixture('three-models-dense'))

    const resolved = resolveCosts(split!, fitCostModel(train))

    expect(resolved.counts).toEqual({recorded: 0, tokens: 0, estimated: 6, unpriced: 0})
    expect(resolved.cost[0]).toBeCloseTo(((5 + 256) * 0.2) / 1e6, 12)
    expect(resolved.description).toBe(
      'estimated: list price × estimated tokens (4 chars/token, mean observed output tokens, ' +
        'else 256) for 6 cells',
    )
  })

  test('uses recorded costs first and skips cells without an outcome', async () => {
    const {train, test: split} = await readSharedLayout(dataFixture('sparse-with-prefixes'))

    const resolved = resolveCosts(split!, fitCostModel(train))

    expect(resolved.counts).toEqual({recorded: 3, tokens: 0, estimated: 0, unpriced: 0})
    expect(resolved.cost[2]).toBeNaN()
    expect(resolved.description).toBe(
      "recorded: the source's cost for 3 cells; 1 cell without an outcome skipped",
    )
  })

  test('falls back to the recorded-cost fit for a cell without a recorded cost', async () => {
    const {train, test: split} = await readSharedLayout(dataFixture('sparse-with-prefixes'))
    const recordedCost = split!.recordedCost.slice()
    recordedCost[0] = NaN

    const resolved = resolveCosts({...split!, recordedCost}, fitCostModel(train))

    expect(resolved.counts.estimated).toBe(1)
    expect(resolved.description).toContain(
      'estimated: recorded costs fitted to query length for 1 cell',
    )
  })

  test('prices recorded tokens when there is no recorded cost', async () => {
    const {train} = await readLLMRouterFiles({
      routingTrain: dataFixture(
        'llmrouter-format',
        'routing_data',
        'default_routing_train_data.jsonl',
      ),
      llmData: dataFixture('llmrouter-format', 'llm_candidates', 'default_llm.json'),
    })

    const resolved = resolveCosts(train, fitCostModel(train))

    expect(resolved.counts.tokens).toBe(6)
    expect(resolved.cost[0]).toBeCloseTo(((120 + 4) * 0.2) / 1e6, 12)
    expect(resolved.description).toBe('tokens: list price × recorded tokens for 6 cells')
  })

  test('counts an unpriced model as costing nothing and names it', () => {
    const matrix = oneQueryMatrix([card('paid', 1, 1), card('free', null, 2)], 'abcd')

    const resolved = resolveCosts(matrix, fitCostModel(matrix, {defaultOutputTokens: 10}))

    expect(Array.from(resolved.cost)).toEqual([11e-6, 0])
    expect(resolved.description).toBe(
      'estimated: list price × estimated tokens (4 chars/token, 10 output tokens) for 1 cell; ' +
        'unpriced: no price, counted as $0, for 1 cell (free)',
    )
  })

  test('counts a prompt prefix in the estimated input tokens', () => {
    const matrix = oneQueryMatrix([card('paid', 1, 0)], 'abcd')
    const withPrefix = {
      ...matrix,
      queries: [{...matrix.queries[0]!, extra: {prompt_prefix: 'shots'}}],
    }
    const promptPrefixes = {shots: 'x'.repeat(400)}

    const resolved = resolveCosts(withPrefix, fitCostModel(matrix), {promptPrefixes})

    expect(promptText(withPrefix.queries[0]!, promptPrefixes)).toHaveLength(404)
    expect(resolved.cost[0]).toBeCloseTo(101e-6, 12)
  })

  test('rejects a matrix with a model the cost model doesn’t know', () => {
    const parameters = fitCostModel(oneQueryMatrix([card('paid', 1, 1)], 'x'))

    expect(() => resolveCosts(oneQueryMatrix([card('other', 1, 1)], 'x'), parameters)).toThrow(
      'Model "other" has no cost parameters. Known models: paid.',
    )
  })
})
