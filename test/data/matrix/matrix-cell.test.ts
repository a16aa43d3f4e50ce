import {describe, expect, test} from 'vitest'

import {matrixCell} from '../../../src/data/matrix/matrix-cell.js'
import {readSharedLayout} from '../../../src/data/readers/shared-layout-reader.js'
import {dataFixture} from '../data-test-support.js'

describe('matrixCell', () => {
  test('finds a cell by index or by id and name', async () => {
    const {train} = await readSharedLayout(dataFixture('three-models-dense'))

    expect(matrixCell(train, 'fixture:q3', 'mixture-8x7b')).toEqual(matrixCell(train, 2, 1))
    expect(matrixCell(train, 2, 1)).toMatchObject({index: 7, performance: 0.5})
  })

  test('lists the candidates for an unknown model name', async () => {
    const {train} = await readSharedLayout(dataFixture('three-models-dense'))

    expect(() => matrixCell(train, 0, 'gpt-5')).toThrow(
      'Model "gpt-5" isn\'t a candidate. Known models: small-7b, mixture-8x7b, closed-large.',
    )
  })

  test('treats an index outside the matrix as a bug', async () => {
    const {train} = await readSharedLayout(dataFixture('three-models-dense'))

    expect(catchError(() => matrixCell(train, 4, 0))).toMatchObject({
      audience: 'bug',
      code: 'INTERNAL',
    })
    expect(catchError(() => matrixCell(train, 'fixture:none', 0))).toMatchObject({
      code: 'DATA_NOT_FOUND',
    })
  })
})

function catchError(action: () => unknown): unknown {
  try {
    action()
  } catch (error) {
    return error
  }
  return undefined
}
