import path from 'node:path'

import {describe, expect, test} from 'vitest'

import {loadRoutingDataset} from '../../src/data/load-dataset.js'
import {dataFixture} from './data-test-support.js'

describe('loadRoutingDataset', () => {
  test('loads routerbench-subset with the counts its SOURCE.md gives', async () => {
    // When
    const dataset = await loadRoutingDataset({
      path: path.resolve('../shared/data/routerbench-subset'),
    })

    // Then
    const split = dataset.test!
    expect(dataset.name).toBe('routerbench-subset')
    expect(split.queries).toHaveLength(952)
    expect(split.models).toHaveLength(11)
    const recorded = Array.from(split.performance).filter((value) => !Number.isNaN(value))
    expect(recorded).toHaveLength(10421)
    expect(Array.from(split.recordedCost).filter((value) => !Number.isNaN(value))).toHaveLength(
      10421,
    )
    expect(split.responses.size).toBe(10421)
    const perTask = new Map<string, number>()
    for (const {task} of split.queries) perTask.set(task, (perTask.get(task) ?? 0) + 1)
    expect(Object.fromEntries(perTask)).toEqual({'arc-challenge': 444, mbpp: 128, winogrande: 380})
    expect(recorded.reduce((sum, value) => sum + value, 0) / recorded.length).toBeCloseTo(0.6862, 4)
    expect(dataset.train.queries).toHaveLength(2212)
    expect(Object.keys(dataset.promptPrefixes ?? {}).sort()).toEqual([
      'arc-challenge',
      'winogrande',
    ])
  })

  test('detects the LLMRouter example-data layout in a folder', async () => {
    const dataset = await loadRoutingDataset({path: dataFixture('llmrouter-format')})

    expect(dataset.name).toBe('llmrouter-format')
    expect(dataset.train.queries).toHaveLength(4)
    expect(dataset.test?.queries.map(({task}) => task)).toEqual(['trivia_qa'])
    expect(dataset.train.models.map(({name}) => name)).toEqual([
      'qwen2.5-7b-instruct',
      'llama-3.1-8b-instruct',
    ])
  })

  test('reads LLMRouter files named one by one, named after the routing file', async () => {
    const dataset = await loadRoutingDataset({
      llmrouter: {
        routingTrain: dataFixture(
          'llmrouter-format',
          'routing_data',
          'default_routing_train_data.jsonl',
        ),
        llmData: dataFixture('llmrouter-format', 'llm_candidates', 'default_llm.json'),
      },
    })

    expect(dataset.name).toBe('default_routing_train_data')
    expect(dataset.test).toBeNull()
  })

  test('refuses both a folder and LLMRouter files', async () => {
    const llmrouter = {routingTrain: 'a.jsonl', llmData: 'b.json'}

    await expect(loadRoutingDataset({path: 'x', llmrouter})).rejects.toMatchObject({
      code: 'USAGE',
      exitCode: 2,
    })
    await expect(loadRoutingDataset({})).rejects.toMatchObject({code: 'USAGE'})
  })

  test('names both layouts when a folder holds neither', async () => {
    const folder = dataFixture('llmrouter-format', 'routing_data')

    await expect(loadRoutingDataset({path: folder})).rejects.toMatchObject({
      code: 'DATA_NOT_FOUND',
      message: `The folder "${folder}" doesn't hold a dataset in a layout llmrouter reads.`,
      suggestions: [
        expect.stringContaining(
          'routing_data/default_routing_train_data.jsonl and llm_candidates/default_llm.json',
        ) as unknown,
      ],
    })
  })

  test('says a file is not a dataset folder', async () => {
    const file = dataFixture('three-models-dense', 'llms.json')

    await expect(loadRoutingDataset({path: file})).rejects.toMatchObject({
      code: 'DATA_NOT_FOUND',
      message: `"${file}" is a file; a dataset is a folder.`,
    })
  })
})
