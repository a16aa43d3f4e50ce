import {describe, expect, test} from 'vitest'

import {createTestSandbox} from '../support/run-cli.js'

// The demo embeds a few hundred queries into an empty cache, the slowest run of this suite.
const demoTimeoutMs = 100_000

describe('llmrouter demo', () => {
  test(
    'runs to the end without a TTY, labels its numbers simulated and writes no file',
    async (context) => {
      const sandbox = await createTestSandbox(context)

      const {exitCode, stdout, stderr} = await sandbox.run(['demo', '--json', '--bootstrap', '0'], {
        timeoutMs: demoTimeoutMs,
      })

      expect(stderr).not.toContain('Error:')
      expect(exitCode).toBe(0)
      const result = JSON.parse(stdout) as {
        report: {labels: string[]; routers: {router: string}[]}
        examples: {query: string; model: string; scores: unknown[]}[]
      }
      expect(result.report.labels).toContain('simulated')
      expect(result.report.routers.map((router) => router.router)).toContain('knnrouter')
      expect(result.examples).toHaveLength(2)
      expect(await sandbox.listFiles()).toEqual([])
    },
    demoTimeoutMs + 10_000,
  )
})
