import {describe, expect, test} from 'vitest'

import {
  classificationExamples,
  regressionExamples,
  splitForValidation,
} from '../../../../src/routers/mlp/math/training-examples.js'

const embeddings = [
  [1, 0],
  [0, 1],
  [0.6, 0.8],
].map((vector) => Float32Array.from(vector))

describe('regressionExamples', () => {
  test('masks missing cells and leaves out queries without any outcome', () => {
    const performance = Float32Array.from([1, Number.NaN, Number.NaN, Number.NaN, 0.5, 0])

    const examples = regressionExamples(embeddings, performance, 2)

    expect(examples.rowCount).toBe(2)
    expect(Array.from(examples.inputs)).toEqual(Array.from(Float32Array.from([1, 0, 0.6, 0.8])))
    expect(Array.from(examples.targets)).toEqual([1, 0, 0.5, 0])
    expect(Array.from(examples.mask)).toEqual([1, 0, 1, 1])
  })
})

describe('classificationExamples', () => {
  test('one-hot encodes each label and leaves out unlabelled queries', () => {
    const examples = classificationExamples(embeddings, Int32Array.from([1, -1, 0]), 2)

    expect(examples.rowCount).toBe(2)
    expect(Array.from(examples.targets)).toEqual([0, 1, 1, 0])
    expect(Array.from(examples.mask)).toEqual([1, 1, 1, 1])
  })
})

describe('splitForValidation', () => {
  test('holds out the given share, the same rows for the same seed', () => {
    const first = splitForValidation(100, 0.1, 3)
    const again = splitForValidation(100, 0.1, 3)
    const other = splitForValidation(100, 0.1, 4)

    expect(first.validation).toHaveLength(10)
    expect(first.training).toHaveLength(90)
    expect(new Set([...first.training, ...first.validation]).size).toBe(100)
    expect(Array.from(again.validation)).toEqual(Array.from(first.validation))
    expect(Array.from(other.validation)).not.toEqual(Array.from(first.validation))
  })

  test('always keeps a row to train on', () => {
    const split = splitForValidation(1, 0.5, 3)

    expect(Array.from(split.training)).toEqual([0])
    expect(split.validation).toHaveLength(0)
  })
})
