import {readFile} from 'node:fs/promises'
import path from 'node:path'

import {describe, expect, test} from 'vitest'

import {readLLMRouterFiles} from '../../../src/data/readers/llmrouter-reader.js'
import type {LLMRouterFiles} from '../../../src/data/readers/llmrouter-reader.js'
import {readSharedLayout} from '../../../src/data/readers/shared-layout-reader.js'
import {writeLLMRouterFiles} from '../../../src/data/writers/llmrouter-writer.js'
import {dataFixture, expectSameMatrix, withTemporaryFolder} from '../data-test-support.js'

const fixtureFiles: LLMRouterFiles = {
  routingTrain: dataFixture('llmrouter-format', 'routing_data', 'default_routing_train_data.jsonl'),
  routingTest: dataFixture('llmrouter-format', 'routing_data', 'default_routing_test_data.jsonl'),
  queryTrain: dataFixture('llmrouter-format', 'query_data', 'default_query_train.jsonl'),
  llmData: dataFixture('llmrouter-format', 'llm_candidates', 'default_llm.json'),
}

function filesIn(folder: string): LLMRouterFiles {
  return {
    routingTrain: path.join(folder, 'routing_data', 'default_routing_train_data.jsonl'),
    routingTest: path.join(folder, 'routing_data', 'default_routing_test_data.jsonl'),
    queryTrain: path.join(folder, 'query_data', 'default_query_train.jsonl'),
    queryTest: path.join(folder, 'query_data', 'default_query_test.jsonl'),
    llmData: path.join(folder, 'llm_candidates', 'default_llm.json'),
  }
}

describe('writeLLMRouterFiles', () => {
  test('reads back the same matrices and candidates after a round trip', async () => {
    await withTemporaryFolder(async (folder) => {
      // Given
      const original = await readLLMRouterFiles(fixtureFiles)

      // When
      await writeLLMRouterFiles(filesIn(folder), original)
      const copy = await readLLMRouterFiles(filesIn(folder))

      // Then
      expectSameMatrix(copy.train, original.train)
      expectSameMatrix(copy.test!, original.test!)
      expect(copy.models).toEqual(original.models)
    })
  })

  test('writes the routing keys LLMRouter reads, with token_num and embedding_id', async () => {
    await withTemporaryFolder(async (folder) => {
      const original = await readLLMRouterFiles(fixtureFiles)

      await writeLLMRouterFiles(filesIn(folder), original)

      const text = await readFile(filesIn(folder).routingTrain, 'utf8')
      const first = JSON.parse(text.split('\n')[0] ?? '') as Record<string, unknown>
      expect(first).toMatchObject({
        task_name: 'gsm8k',
        ground_truth: '2',
        metric: 'GSM8K',
        choices: null,
        task_id: null,
        model_name: 'qwen2.5-7b-instruct',
        response: 'Answer: 2',
        token_num: 124,
        input_tokens: 120,
        output_tokens: 4,
        performance: 1,
        embedding_id: 0,
        user_id: null,
        fig_id: null,
      })
      const candidates = JSON.parse(await readFile(filesIn(folder).llmData, 'utf8')) as object
      expect(Object.keys(candidates)).toEqual(['qwen2.5-7b-instruct', 'llama-3.1-8b-instruct'])
      expect(Object.values(candidates)[0]).toEqual({
        size: '7B',
        feature: 'Qwen2.5-7B-Instruct, a multilingual 7B model.',
        input_price: 0.2,
        output_price: 0.2,
        model: 'qwen/qwen2.5-7b-instruct',
        service: 'NVIDIA',
        api_endpoint: 'https://integrate.api.nvidia.com/v1',
      })
    })
  })

  test('carries shared-layout ids, costs and responses into the LLMRouter format', async () => {
    await withTemporaryFolder(async (folder) => {
      const shared = await readSharedLayout(dataFixture('sparse-with-prefixes'))

      await writeLLMRouterFiles(filesIn(folder), shared)
      const copy = await readLLMRouterFiles(filesIn(folder))

      expect(copy.train.queries.map(({id}) => id)).toEqual(shared.train.queries.map(({id}) => id))
      expect(Array.from(copy.test!.recordedCost)).toEqual(Array.from(shared.test!.recordedCost))
      expect(copy.train.responses).toEqual(shared.train.responses)
      expect(copy.models[0]?.description).toBe('Cheap.')
    })
  })
})
