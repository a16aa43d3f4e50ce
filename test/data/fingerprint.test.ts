import {describe, expect, test} from 'vitest'

import {fingerprintMatrix} from '../../src/data/fingerprint.js'
import {readSharedLayout} from '../../src/data/readers/shared-layout-reader.js'
import {dataFixture} from './data-test-support.js'

describe('fingerprintMatrix', () => {
  test('is 16 hex digits that depend on ids and names, not on outcomes', async () => {
    const {train} = await readSharedLayout(dataFixture('three-models-dense'))
    const again = await readSharedLayout(dataFixture('three-models-dense'))

    const fingerprint = fingerprintMatrix(train)

    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/)
    expect(fingerprintMatrix(again.train)).toBe(fingerprint)
    expect(fingerprintMatrix({...train, performance: new Float32Array(12)})).toBe(fingerprint)
    expect(fingerprintMatrix({...train, queries: train.queries.slice().reverse()})).not.toBe(
      fingerprint,
    )
    expect(fingerprintMatrix({...train, models: train.models.slice(0, 2)})).not.toBe(fingerprint)
  })
})
