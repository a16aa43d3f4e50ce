import {spawn} from 'node:child_process'
import {mkdir, mkdtemp, readdir, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import process from 'node:process'
import {fileURLToPath} from 'node:url'

import type {TestContext} from 'vitest'

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url))
const devEntry = path.join(repositoryRoot, 'bin', 'dev.js')

/**
 * How long a CLI run may take before the test calls it a hang: a run takes 1–5 s on an idle
 * machine, and the margin keeps a loaded CI runner from reporting false hangs.
 */
export const defaultCliTimeoutMs = 40_000

/** What a finished CLI run left. */
export interface CliResult {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
}

/** Where and how to run the CLI. */
export interface RunCliOptions {
  /** The working folder; relative paths in arguments resolve against it. */
  readonly cwd: string
  /** The embedding cache, passed as `LLMROUTER_CACHE_DIR`. */
  readonly cacheDir: string
  /** Extra environment variables, on top of a clean environment. */
  readonly env?: Readonly<Record<string, string>>
  /** Kills the run and fails after this long; a run that needs longer counts as a hang. */
  readonly timeoutMs?: number
}

/**
 * Runs `node bin/dev.js <args>` as a user would: stdin from /dev/null, no TTY, `NO_COLOR=1`,
 * and no `LLMROUTER_*` variables from the developer's shell.
 * @param args - The command line after `llmrouter`.
 * @param options - Working folder, embedding cache, extra environment and timeout.
 * @returns The exit code and everything printed.
 */
export function runCli(args: readonly string[], options: RunCliOptions): Promise<CliResult> {
  const timeoutMs = options.timeoutMs ?? defaultCliTimeoutMs
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [devEntry, ...args], {
      cwd: options.cwd,
      env: {...cleanEnvironment(), LLMROUTER_CACHE_DIR: options.cacheDir, ...options.env},
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const command = `llmrouter ${args.join(' ')}`
      if (timedOut) {
        const printed = `stdout:\n${stdout}\nstderr:\n${stderr}`
        reject(new Error(`${command} didn't exit within ${timeoutMs} ms.\n${printed}`))
      } else if (code === null) {
        reject(new Error(`${command} was killed by ${signal ?? 'a signal'}.\nstderr:\n${stderr}`))
      } else {
        resolve({exitCode: code, stdout, stderr})
      }
    })
  })
}

function cleanEnvironment(): Record<string, string> {
  const environment: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || isTestRunnerVariable(key)) continue
    environment[key] = value
  }
  return {...environment, NO_COLOR: '1'}
}

function isTestRunnerVariable(key: string): boolean {
  return (
    key.startsWith('LLMROUTER_') ||
    key.startsWith('VITEST') ||
    ['NODE_ENV', 'NODE_OPTIONS', 'FORCE_COLOR', 'DEBUG', 'TEST'].includes(key)
  )
}

/** A throwaway place to run the CLI: an empty working folder and its own embedding cache. */
export interface CliSandbox {
  /** The working folder, empty at first; outputs go here. */
  readonly cwd: string
  readonly cacheDir: string
  /**
   * Runs the CLI in this sandbox.
   * @param args - The command line after `llmrouter`.
   * @param options - Extra environment and timeout.
   * @returns The exit code and everything printed.
   */
  run(
    args: readonly string[],
    options?: Pick<RunCliOptions, 'env' | 'timeoutMs'>,
  ): Promise<CliResult>
  /**
   * Lists every file and folder under the working folder, relative and sorted.
   * @returns The paths, with `/` separators.
   */
  listFiles(): Promise<string[]>
  /** Deletes the sandbox. */
  remove(): Promise<void>
}

/**
 * Creates a sandbox under the system's temporary folder.
 * @returns The sandbox; call `remove` when done.
 */
export async function createCliSandbox(): Promise<CliSandbox> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'llmrouter-cli-'))
  const cwd = path.join(root, 'work')
  const cacheDir = path.join(root, 'cache')
  await mkdir(cwd)
  return {
    cwd,
    cacheDir,
    run: (args, options) => runCli(args, {cwd, cacheDir, ...options}),
    async listFiles() {
      const entries = await readdir(cwd, {recursive: true})
      return entries.map((entry) => entry.split(path.sep).join('/')).sort()
    },
    remove: () => rm(root, {recursive: true, force: true}),
  }
}

/**
 * Creates a sandbox that is deleted when the current test finishes.
 * @param context - The running test's context (works in concurrent tests too).
 * @returns The sandbox.
 */
export async function createTestSandbox(context: TestContext): Promise<CliSandbox> {
  const sandbox = await createCliSandbox()
  context.onTestFinished(() => sandbox.remove())
  return sandbox
}

/**
 * The lines of stderr that start with `Error:`; a well-formed failure prints exactly one.
 * @param stderr - What the run printed on stderr.
 * @returns The error lines, in order.
 */
export function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.startsWith('Error:'))
}

/**
 * The absolute path of a fixture under `test/fixtures/commands/`.
 * @param parts - The scenario folder and, optionally, a file in it.
 * @returns The path.
 */
export function commandFixture(...parts: string[]): string {
  return path.join(repositoryRoot, 'test', 'fixtures', 'commands', ...parts)
}
