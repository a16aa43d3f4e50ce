import {afterAll, beforeAll, describe, expect, test} from 'vitest'

import {builtInRouters} from '../../src/routers/registry.js'
import type {CliSandbox} from '../support/run-cli.js'
import {createCliSandbox} from '../support/run-cli.js'

// The CLI lists the registry in its own order.
const routerIds = builtInRouters.map((router) => router.id)

let sandbox: CliSandbox

beforeAll(async () => {
  sandbox = await createCliSandbox()
})

afterAll(async () => {
  await sandbox.remove()
})

describe.concurrent('llmrouter routers', () => {
  test('lists every router in a table, one per line', async () => {
    const {exitCode, stdout, stderr} = await sandbox.run(['routers'])

    expect(exitCode).toBe(0)
    expect(stderr).toBe('')
    const firstColumn = stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(/\s+/)[0])
    expect(firstColumn).toEqual(routerIds)
  })

  test('lists every router with family and capabilities under --json', async () => {
    const {exitCode, stdout, stderr} = await sandbox.run(['routers', '--json'])

    expect(exitCode).toBe(0)
    expect(stderr).toBe('')
    const {routers} = JSON.parse(stdout) as {
      routers: {id: string; family: string; capabilities: Record<string, boolean>}[]
    }
    expect(routers.map((router) => router.id)).toEqual(routerIds)
    for (const router of routers) {
      expect(router.family).toBe('single-round')
      expect(router.capabilities).toHaveProperty('trainable')
    }
    expect(routers.find((router) => router.id === 'knnrouter')?.capabilities).toMatchObject({
      trainable: true,
      scores: true,
      needsEmbeddings: true,
    })
  })

  test('rejects an unknown flag with exit 2 and points at --help', async () => {
    const {exitCode, stdout, stderr} = await sandbox.run(['routers', '--bogus'])

    expect(exitCode).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      'Error: Nonexistent flag: --bogus. Run `llmrouter routers --help` to see the flags.\n',
    )
  })
})
