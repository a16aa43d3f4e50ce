import {describe, expect, test} from 'vitest'

import {matrixCell} from '../../../src/data/matrix/matrix-cell.js'
import {
  readLLMCandidates,
  readLLMRouterFiles,
  readLLMRouterQueries,
  readLLMRouterRouting,
} from '../../../src/data/readers/llmrouter-reader.js'
import {dataFixture} from '../data-test-support.js'

const llmData = dataFixture('llmrouter-format', 'llm_candidates', 'default_llm.json')
const routingTrain = dataFixture(
  'llmrouter-format',
  'routing_data',
  'default_routing_train_data.jsonl',
)

describe('readLLMCandidates', () => {
  test('maps feature to the description and keeps model, service and api_endpoint', async () => {
    const [first] = await readLLMCandidates(llmData)

    expect(first).toMatchObject({
      name: 'qwen2.5-7b-instruct',
      size: '7B',
      sizeBillions: 7,
      inputPrice: 0.2,
      outputPrice: 0.2,
      description: 'Qwen2.5-7B-Instruct, a multilingual 7B model.',
      raw: {
        model: 'qwen/qwen2.5-7b-instruct',
        service: 'NVIDIA',
        api_endpoint: 'https://integrate.api.nvidia.com/v1',
      },
    })
  })
})

describe('readLLMRouterRouting', () => {
  test('groups rows into queries by task, text, ground truth and metric', async () => {
    const models = await readLLMCandidates(llmData)

    const matrix = await readLLMRouterRouting(routingTrain, models)

    expect(matrix.queries.map(({task}) => task)).toEqual(['gsm8k', 'mmlu', 'human_eval'])
    expect(matrix.models).toHaveLength(3)
    expect(matrixCell(matrix, 1, 'llama-3.1-8b-instruct')).toMatchObject({
      performance: 1,
      inputTokens: 119,
      outputTokens: 8,
      response: 'I think 3',
    })
    expect(matrixCell(matrix, 0, 'mixtral-8x22b-instruct-v0.1').performance).toBeNaN()
  })

  test('reads gt as the ground truth and keeps choices and task_id in extra', async () => {
    const matrix = await readLLMRouterRouting(routingTrain, await readLLMCandidates(llmData))

    expect(matrix.queries[2]).toMatchObject({
      groundTruth: 'def check(candidate):\n    assert candidate(1, 2) == 3\n',
      metric: 'code_eval',
      embeddingId: 2,
      extra: {task_id: 'HumanEval/0'},
    })
    expect(matrix.queries[1]?.extra).toEqual({
      choices: "{'text': ['Paris', 'Rome'], 'labels': ['A', 'B']}",
    })
    expect(matrix.queries[0]?.extra).toBeUndefined()
  })

  test('gives queries without query_id the ids of the shared dcrouter conversion', async () => {
    const matrix = await readLLMRouterRouting(routingTrain, await readLLMCandidates(llmData))

    expect(matrix.queries[0]?.id).toMatch(/^llmrouter:[0-9a-f]{16}$/)
    expect(new Set(matrix.queries.map(({id}) => id)).size).toBe(3)
  })

  test('accepts the bare NaN that Python json.dumps writes', async () => {
    // Line 4 of the fixture has "response_time": NaN.
    const matrix = await readLLMRouterRouting(routingTrain, await readLLMCandidates(llmData))

    expect(matrixCell(matrix, 1, 'llama-3.1-8b-instruct').performance).toBe(1)
  })

  test('names the line and the known candidates for an unknown model_name', async () => {
    const [first] = await readLLMCandidates(llmData)

    await expect(readLLMRouterRouting(routingTrain, [first!])).rejects.toMatchObject({
      code: 'MODEL_UNKNOWN',
      message: expect.stringMatching(
        new RegExp(
          'default_routing_train_data\\.jsonl:2: model "llama-3\\.1-8b-instruct" ' +
            "isn't a candidate\\. Known models: qwen2\\.5-7b-instruct\\.$",
        ),
      ) as unknown,
    })
  })
})

describe('readLLMRouterFiles', () => {
  test('drops candidates without a routing row in any split', async () => {
    const dataset = await readLLMRouterFiles({routingTrain, llmData})

    expect(dataset.models.map(({name}) => name)).toEqual([
      'qwen2.5-7b-instruct',
      'llama-3.1-8b-instruct',
    ])
    expect(dataset.train.performance).toHaveLength(6)
    expect(dataset.test).toBeNull()
  })

  test('appends query-file queries without routing rows as missing cells', async () => {
    const queryTrain = dataFixture('llmrouter-format', 'query_data', 'default_query_train.jsonl')

    const {train} = await readLLMRouterFiles({routingTrain, queryTrain, llmData})

    expect(train.queries).toHaveLength(4)
    expect(train.queries[3]?.text).toBe('A train travels 60 km in 1.5 hours. What is its speed?')
    expect(Array.from(train.performance.subarray(6, 8))).toEqual([NaN, NaN])
    expect(train.queries.slice(0, 3).map(({id}) => id)).toEqual(
      (await readLLMRouterQueries(queryTrain)).slice(0, 3).map(({id}) => id),
    )
  })
})
