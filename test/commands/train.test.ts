import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'

import {describe, expect, test} from 'vitest'

import {
  commandFixture,
  createTestSandbox,
  defaultCliTimeoutMs,
  errorLines,
} from '../support/run-cli.js'
import {knownRouterList} from '../support/known-routers.js'

const twoTopics = commandFixture('two-topics')

describe.concurrent('llmrouter train', () => {
  test('trains a baseline into --output and reports it under --json', async (context) => {
    const sandbox = await createTestSandbox(context)

    const {exitCode, stdout} = await sandbox.run([
      'train',
      '--router',
      'smallest_llm',
      '--data',
      twoTopics,
      '--output',
      'smallest',
      '--json',
    ])

    expect(exitCode).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({
      router: 'smallest_llm',
      artifact: path.join(sandbox.cwd, 'smallest'),
      dataset: 'two-topics',
      candidates: ['small-3b', 'medium-13b', 'large-70b'],
      trainingQueries: 12,
    })
    expect(await sandbox.listFiles()).toEqual(['smallest', 'smallest/router.json'])
  })

  test('exits 2 on a misspelt config key, naming file:line:column, the key and the fix', async (context) => {
    const sandbox = await createTestSandbox(context)
    const config = commandFixture('typo-key', 'knnrouter.yaml')

    const {exitCode, stdout, stderr} = await sandbox.run([
      'train',
      '--router',
      'knnrouter',
      '--config',
      config,
      '--output',
      'knn',
    ])

    expect(stdout).toBe('')
    expect(errorLines(stderr)).toEqual([
      `Error: ${config}:8:3 hparam.n_neighbours: unknown key. Did you mean "n_neighbors"?`,
    ])
    expect(stderr).toContain('    n_neighbours: 3\n    ^\n')
    expect(exitCode).toBe(2)
    expect(await sandbox.listFiles()).toEqual([])
  })

  test('exits 1 on a train.jsonl line that is not JSON, naming file:line, and writes no artifact', async (context) => {
    const sandbox = await createTestSandbox(context)
    const data = commandFixture('broken-line')

    const {exitCode, stdout, stderr} = await sandbox.run([
      'train',
      '--router',
      'knnrouter',
      '--data',
      data,
      '--output',
      'knn',
    ])

    expect(exitCode).toBe(1)
    expect(stdout).toBe('')
    const [line, ...others] = errorLines(stderr)
    expect(others).toEqual([])
    expect(line).toMatch(
      new RegExp(`^Error: ${escapeRegExp(path.join(data, 'train.jsonl'))}:5: the line isn't valid`),
    )
    expect(line).toContain('Each line must be one JSON object with query_id, task_name, query')
    expect(await sandbox.listFiles()).toEqual([])
  })

  test(
    'keeps the previous artifact when a retrain into the same --output fails',
    async (context) => {
      // Given
      const sandbox = await createTestSandbox(context)
      const trained = await sandbox.run([
        'train',
        '--router',
        'smallest_llm',
        '--data',
        twoTopics,
        '--output',
        'model',
      ])
      expect(trained.exitCode).toBe(0)
      const manifest = await readFile(path.join(sandbox.cwd, 'model', 'router.json'), 'utf8')

      // When
      const failed = await sandbox.run([
        'train',
        '--router',
        'largest_llm',
        '--data',
        commandFixture('broken-line'),
        '--output',
        'model',
      ])

      // Then
      expect(failed.exitCode).toBe(1)
      expect(await sandbox.listFiles()).toEqual(['model', 'model/router.json'])
      expect(await readFile(path.join(sandbox.cwd, 'model', 'router.json'), 'utf8')).toBe(manifest)
    },
    2 * defaultCliTimeoutMs,
  )

  test('exits 2 on an unknown router and lists the known ones', async (context) => {
    const sandbox = await createTestSandbox(context)

    const {exitCode, stdout, stderr} = await sandbox.run([
      'train',
      '--router',
      'knnrouterr',
      '--data',
      twoTopics,
      '--output',
      'knn',
    ])

    expect(exitCode).toBe(2)
    expect(stdout).toBe('')
    expect(errorLines(stderr)).toEqual([
      `Error: Router "knnrouterr" isn't registered. Known routers: ${knownRouterList()}. ` +
        'Run `llmrouter routers` to see each with its family and capabilities.',
    ])
    expect(await sandbox.listFiles()).toEqual([])
  })

  test('exits 1 on a row whose model is not in llms.json, naming the model and file:line', async (context) => {
    const sandbox = await createTestSandbox(context)
    const data = commandFixture('unknown-model')

    const {exitCode, stderr} = await sandbox.run([
      'train',
      '--router',
      'smallest_llm',
      '--data',
      data,
      '--output',
      'smallest',
    ])

    expect(exitCode).toBe(1)
    expect(errorLines(stderr)).toEqual([
      `Error: ${path.join(data, 'train.jsonl')}:3: model "mystery-model" isn't a candidate. ` +
        'Known models: small-3b, medium-13b, large-70b. ' +
        'Add the model to the model cards file, or drop its rows.',
    ])
    expect(await sandbox.listFiles()).toEqual([])
  })

  test('exits 1 on a missing data folder, naming it', async (context) => {
    const sandbox = await createTestSandbox(context)

    const {exitCode, stderr} = await sandbox.run([
      'train',
      '--router',
      'smallest_llm',
      '--data',
      'no-such-data',
      '--output',
      'smallest',
    ])

    expect(exitCode).toBe(1)
    const [line, ...others] = errorLines(stderr)
    expect(others).toEqual([])
    expect(line).toMatch(/^Error: The dataset folder "no-such-data" doesn't exist\. /)
    expect(line).toContain('llms.json, train.jsonl and test.jsonl')
    expect(await sandbox.listFiles()).toEqual([])
  })

  test('exits 1 when --output is under a file, with an llmrouter error naming the folder', async (context) => {
    // Given
    const sandbox = await createTestSandbox(context)
    await writeFile(path.join(sandbox.cwd, 'notes.txt'), 'not a folder\n')

    // When
    const {exitCode, stderr} = await sandbox.run(trainSmallest('notes.txt/smallest'))

    // Then
    expect(exitCode).toBe(1)
    expectOneWriteError(stderr, 'notes.txt/smallest')
    expect(await sandbox.listFiles()).toEqual(['notes.txt'])
  })

  test('refuses an --output folder that is not an artifact and keeps its files', async (context) => {
    // Given
    const sandbox = await createTestSandbox(context)
    await mkdir(path.join(sandbox.cwd, 'project'))
    await writeFile(path.join(sandbox.cwd, 'project', 'notes.md'), 'keep me\n')

    // When
    const {exitCode, stderr} = await sandbox.run(trainSmallest('project'))

    // Then
    expect(exitCode).toBe(1)
    expectOneWriteError(stderr, 'project')
    expect(await sandbox.listFiles()).toEqual(['project', 'project/notes.md'])
  })

  test('refuses an --output that is an existing file and keeps it', async (context) => {
    // Given
    const sandbox = await createTestSandbox(context)
    await writeFile(path.join(sandbox.cwd, 'notes.txt'), 'keep me\n')

    // When
    const {exitCode, stderr} = await sandbox.run(trainSmallest('notes.txt'))

    // Then
    expect(exitCode).toBe(1)
    expectOneWriteError(stderr, 'notes.txt')
    expect(await sandbox.listFiles()).toEqual(['notes.txt'])
    expect(await readFile(path.join(sandbox.cwd, 'notes.txt'), 'utf8')).toBe('keep me\n')
  })
})

function trainSmallest(output: string): string[] {
  return ['train', '--router', 'smallest_llm', '--data', twoTopics, '--output', output]
}

// One llmrouter error line naming the destination, not a bare Node error such as "ENOTDIR: …".
function expectOneWriteError(stderr: string, destination: string): void {
  const [line, ...others] = errorLines(stderr)
  expect(others).toEqual([])
  expect(line).toContain(destination)
  expect(line).not.toMatch(/^Error: E[A-Z]+:/)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
