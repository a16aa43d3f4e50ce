import {describe, expect, test} from 'vitest'

import {modelNodeText, taskNodeText} from '../../../src/routers/graph/graph-nodes.js'
import {modelCard} from '../../support/tiny-matrix.js'

describe('modelNodeText', () => {
  test('uses the description from llms.json', () => {
    const card = {...modelCard('m', 1, 7), description: ' A coding model. '}

    expect(modelNodeText(card)).toEqual({text: 'A coding model.', built: false})
  })

  test('builds a text from name, size and prices when there is no description', () => {
    expect(modelNodeText(modelCard('tiny-7b', 0.2, 7))).toEqual({
      text: 'tiny-7b, a 7B parameter model, costing $0.2 per million input tokens and $0.2 per million output tokens.',
      built: true,
    })
    expect(modelNodeText({...modelCard('closed', 1), inputPrice: null}).text).toBe(
      'closed, a language model, price unknown.',
    )
  })
})

describe('taskNodeText', () => {
  test('spells the task name out with spaces', () => {
    expect(taskNodeText('mmlu_pro_law')).toBe('Task: mmlu pro law')
    expect(taskNodeText('alpaca-eval/koala')).toBe('Task: alpaca eval koala')
  })
})
