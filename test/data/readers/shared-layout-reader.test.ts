import path from 'node:path'

import {describe, expect, test} from 'vitest'

import {matrixCell} from '../../../src/data/matrix/matrix-cell.js'
import {readSharedLayout} from '../../../src/data/readers/shared-layout-reader.js'
import {dataFixture} from '../data-test-support.js'

describe('readSharedLayout', () => {
  test('orders columns by llms.json whatever the row order', async () => {
    // When
    const dataset = await readSharedLayout(dataFixture('three-models-dense'))

    // Then
    expect(dataset.models.map(({name}) => name)).toEqual([
      'small-7b',
      'mixture-8x7b',
      'closed-large',
    ])
    expect(dataset.train.queries.map(({id}) => id)).toEqual([
      'fixture:q1',
      'fixture:q2',
      'fixture:q3',
      'fixture:q4',
    ])
    expect(Array.from(dataset.train.performance.subarray(6, 9))).toEqual([0, 0.5, 1])
    expect(dataset.test?.queries).toHaveLength(2)
    expect(dataset.promptPrefixes).toBeNull()
  })

  test('keeps the model cards with parsed sizes and every source key', async () => {
    const {models} = await readSharedLayout(dataFixture('three-models-dense'))

    expect(models[1]).toMatchObject({
      name: 'mixture-8x7b',
      inputPrice: 0.6,
      outputPrice: 0.6,
      size: '8x7B',
      sizeBillions: 56,
      description: 'A mixture of eight 7B experts.',
      raw: {price_source: 'fixture'},
    })
    expect(models[2]).toMatchObject({size: null, sizeBillions: null, inputPrice: 10})
  })

  test('keeps the first row’s extra, the responses and NaN for unrecorded values', async () => {
    const {train} = await readSharedLayout(dataFixture('three-models-dense'))

    expect(train.queries[2]).toEqual({
      id: 'fixture:q3',
      task: 'mmlu',
      text: 'Which planet is largest?\nA. Mars\nB. Jupiter',
      groundTruth: 'B',
      metric: 'exact_match',
      extra: {subject: 'mmlu'},
    })
    expect(matrixCell(train, 'fixture:q1', 'closed-large').response).toBe('The answer is 4.')
    expect(matrixCell(train, 'fixture:q1', 'small-7b').response).toBeUndefined()
    expect(matrixCell(train, 0, 0).recordedCost).toBeNaN()
    expect(matrixCell(train, 0, 0).inputTokens).toBeNaN()
  })

  test('leaves a cell without a row NaN and reads the prompt prefixes', async () => {
    const {test: split, promptPrefixes} = await readSharedLayout(
      dataFixture('sparse-with-prefixes'),
    )

    expect(split).not.toBeNull()
    expect(matrixCell(split!, 'bench:mbpp.2', 'cheap-chat').performance).toBeNaN()
    expect(matrixCell(split!, 'bench:mbpp.2', 'premium-chat').recordedCost).toBe(0.0007)
    expect(Object.keys(promptPrefixes ?? {})).toEqual(['arc'])
  })

  test('reports the file and line of a broken JSONL line', async () => {
    const folder = dataFixture('broken-line')

    await expect(readSharedLayout(folder)).rejects.toMatchObject({
      code: 'DATA_INVALID',
      message: expect.stringMatching(
        new RegExp(`^${escape(path.join(folder, 'train.jsonl'))}:3: the line isn't valid JSON`),
      ) as unknown,
      suggestions: [expect.stringContaining('query_id, task_name, query') as unknown],
    })
  })

  test('reports the file, line and key of a row without performance', async () => {
    await expect(readSharedLayout(dataFixture('missing-key'))).rejects.toMatchObject({
      code: 'DATA_INVALID',
      message: expect.stringMatching(
        /train\.jsonl:2: the "performance" key is missing$/,
      ) as unknown,
    })
  })

  test('names the line and the known models for a row with an unknown model', async () => {
    await expect(readSharedLayout(dataFixture('unknown-model'))).rejects.toMatchObject({
      code: 'MODEL_UNKNOWN',
      message: expect.stringMatching(
        /train\.jsonl:2: model "gpt-5" isn't a candidate\. Known models: alpha, beta\.$/,
      ) as unknown,
    })
  })

  test('rejects a second row for the same query and model, naming both lines', async () => {
    await expect(readSharedLayout(dataFixture('duplicate-row'))).rejects.toMatchObject({
      code: 'DATA_INVALID',
      message: expect.stringMatching(
        /train\.jsonl:3: query "fixture:a" already has a row for model "beta" \(line 2\)$/,
      ) as unknown,
    })
  })

  test('names the missing folder and the files a dataset folder holds', async () => {
    const folder = dataFixture('no-such-dataset')

    await expect(readSharedLayout(folder)).rejects.toMatchObject({
      code: 'DATA_NOT_FOUND',
      message: `"${folder}" doesn't exist.`,
      suggestions: [expect.stringContaining('llms.json (the candidates), train.jsonl') as unknown],
    })
  })

  test('names the folder when its llms.json is missing', async () => {
    const folder = dataFixture('llmrouter-format')

    await expect(readSharedLayout(folder)).rejects.toMatchObject({
      code: 'DATA_NOT_FOUND',
      message: `The dataset folder "${folder}" has no llms.json.`,
    })
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
