import {readFile} from 'node:fs/promises'
import path from 'node:path'

import {afterAll, beforeAll, describe, expect, test} from 'vitest'

import type {CliResult, CliSandbox} from '../support/run-cli.js'
import {
  commandFixture,
  createCliSandbox,
  createTestSandbox,
  errorLines,
} from '../support/run-cli.js'

interface RouteJson {
  router: string
  lambda: number
  decisions: {
    query: string
    model: string
    scores: {model: string; performance: number; cost: number; utility: number}[]
  }[]
}

const models = ['small-3b', 'medium-13b', 'large-70b']

let trainSandbox: CliSandbox
let training: CliResult
let artifact: string

beforeAll(async () => {
  trainSandbox = await createCliSandbox()
  artifact = path.join(trainSandbox.cwd, 'knn')
  training = await trainSandbox.run([
    'train',
    '--router',
    'knnrouter',
    '--data',
    commandFixture('two-topics'),
    '--output',
    'knn',
  ])
})

afterAll(async () => {
  await trainSandbox.remove()
})

describe.concurrent('llmrouter route', () => {
  test('train writes a knnrouter artifact folder and reports where', async () => {
    expect(training.stderr).not.toContain('Error:')
    expect(training.exitCode).toBe(0)
    expect(training.stdout).toContain(
      'Trained knnrouter on 12 queries of two-topics (3 candidates)',
    )
    expect(training.stdout).toContain(`Artifact: ${artifact}`)
    const manifest = JSON.parse(await readFile(path.join(artifact, 'router.json'), 'utf8')) as {
      router: string
      candidates: string[]
    }
    expect(manifest).toMatchObject({router: 'knnrouter', candidates: models})
  })

  test('routes a query in a new process and shows every candidate with performance and cost', async (context) => {
    const sandbox = await createTestSandbox(context)

    const {exitCode, stdout, stderr} = await sandbox.run([
      'route',
      'What is 15 times 3?',
      '--artifact',
      artifact,
    ])

    expect(stderr).toBe('')
    expect(exitCode).toBe(0)
    expect(stdout).toContain('Query: What is 15 times 3?')
    expect(stdout).toMatch(/^Pick: +small-3b \(λ = 0\)$/m)
    expect(stdout).toMatch(/^ *MODEL +PREDICTED +COST\/QUERY +UTILITY$/m)
    expect(stdout).toMatch(/^▸ small-3b +0\.917 +\$\d\.\d+e-\d +0\.917$/m)
    expect(stdout).toMatch(/^ +medium-13b +0\.083 +\$\d\.\d+e-\d +0\.083$/m)
    expect(stdout).toMatch(/^ +large-70b +0\.\d{3} +\$\d\.\d+e-\d +0\.\d{3}$/m)
    expect(await sandbox.listFiles()).toEqual([])
  })

  test('gives each decision with the scores of every candidate under --json', async (context) => {
    const sandbox = await createTestSandbox(context)

    const {exitCode, stdout, stderr} = await sandbox.run([
      'route',
      'Who founded the Ottoman Empire?',
      '--artifact',
      artifact,
      '--json',
    ])

    expect(stderr).toBe('')
    expect(exitCode).toBe(0)
    const result = JSON.parse(stdout) as RouteJson
    expect(result).toMatchObject({router: 'knnrouter', lambda: 0})
    expect(result.decisions).toHaveLength(1)
    const [decision] = result.decisions
    expect(decision?.model).toBe('medium-13b')
    expect(decision?.scores.map((score) => score.model).sort()).toEqual([...models].sort())
    for (const score of decision?.scores ?? []) {
      expect(score.performance).toBeGreaterThanOrEqual(0)
      expect(score.performance).toBeLessThanOrEqual(1)
      expect(score.cost).toBeGreaterThan(0)
      expect(score.utility).toBe(score.performance)
    }
  })

  test('writes one JSON line per query from --input to --output', async (context) => {
    const sandbox = await createTestSandbox(context)

    const {exitCode, stdout, stderr} = await sandbox.run([
      'route',
      '--input',
      commandFixture('route-input', 'queries.jsonl'),
      '--output',
      'out.jsonl',
      '--artifact',
      artifact,
    ])

    expect(exitCode).toBe(0)
    expect(stdout).toBe('')
    expect(stderr).toBe(`Wrote 3 decisions to ${path.join(sandbox.cwd, 'out.jsonl')}\n`)
    const lines = (await readFile(path.join(sandbox.cwd, 'out.jsonl'), 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as RouteJson['decisions'][number])
    expect(lines.map((line) => [line.query, line.model])).toEqual([
      ['What is 3 plus 4?', 'small-3b'],
      ['Who was Napoleon?', 'medium-13b'],
      ['Divide 90 by 9.', 'small-3b'],
    ])
    expect(lines.every((line) => line.scores.length === 3)).toBe(true)
  })

  test('answers to its alias infer and sends the query to the cheapest model at a high --lambda', async (context) => {
    const sandbox = await createTestSandbox(context)

    const {exitCode, stdout} = await sandbox.run([
      'infer',
      'Who founded the Ottoman Empire?',
      '--artifact',
      artifact,
      '--lambda',
      '1e6',
      '--json',
    ])

    expect(exitCode).toBe(0)
    const result = JSON.parse(stdout) as RouteJson
    expect(result.lambda).toBe(1e6)
    expect(result.decisions[0]?.model).toBe('small-3b')
  })

  test('exits 2 when no query is given', async (context) => {
    const sandbox = await createTestSandbox(context)

    const {exitCode, stdout, stderr} = await sandbox.run(['route', '--artifact', artifact])

    expect(exitCode).toBe(2)
    expect(stdout).toBe('')
    expect(errorLines(stderr)).toEqual([
      'Error: No query to route. Give one as an argument (llmrouter route "What is 2+2?") ' +
        'or pass --input <file>.',
    ])
  })

  test('exits 2 on a negative --lambda', async (context) => {
    const sandbox = await createTestSandbox(context)

    const {exitCode, stderr} = await sandbox.run([
      'route',
      'What is 2 + 2?',
      '--artifact',
      artifact,
      '--lambda',
      '-1',
    ])

    expect(exitCode).toBe(2)
    expect(errorLines(stderr)).toEqual([
      'Error: --lambda takes a number ≥ 0, not "-1". Write e.g. --lambda 1000.',
    ])
  })

  test('exits 1 on a missing artifact folder and suggests llmrouter train', async (context) => {
    const sandbox = await createTestSandbox(context)
    const missing = path.join(sandbox.cwd, 'no-such-artifact')

    const {exitCode, stdout, stderr} = await sandbox.run([
      'route',
      'What is 2 + 2?',
      '--artifact',
      missing,
    ])

    expect(exitCode).toBe(1)
    expect(stdout).toBe('')
    expect(errorLines(stderr)).toEqual([
      `Error: No router artifact at ${missing} (no router.json). ` +
        'Train one first with `llmrouter train`, or pass the folder it wrote.',
    ])
    expect(await sandbox.listFiles()).toEqual([])
  })

  test('exits 1 on a broken --input line and writes no --output file', async (context) => {
    const sandbox = await createTestSandbox(context)
    const input = commandFixture('route-input', 'broken-queries.jsonl')

    const {exitCode, stdout, stderr} = await sandbox.run([
      'route',
      '--input',
      input,
      '--output',
      'out.jsonl',
      '--artifact',
      artifact,
    ])

    expect(exitCode).toBe(1)
    expect(stdout).toBe('')
    const [line, ...others] = errorLines(stderr)
    expect(others).toEqual([])
    expect(line).toMatch(new RegExp(`^Error: ${escapeRegExp(input)}:2: the line isn't valid JSON`))
    expect(line).toContain('Each line holds a JSON object with a "query" field')
    expect(await sandbox.listFiles()).toEqual([])
  })

  test('exits 2 on an --output that is neither .json nor .jsonl and writes nothing', async (context) => {
    const sandbox = await createTestSandbox(context)

    const {exitCode, stderr} = await sandbox.run([
      'route',
      'What is 2 + 2?',
      '--artifact',
      artifact,
      '--output',
      'decisions.txt',
    ])

    expect(exitCode).toBe(2)
    expect(errorLines(stderr)).toEqual([
      'Error: --output takes a .json or .jsonl file, not "decisions.txt".',
    ])
    expect(await sandbox.listFiles()).toEqual([])
  })
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
