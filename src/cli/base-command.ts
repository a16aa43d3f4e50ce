import {Command} from '@oclif/core'
import process from 'node:process'

import {LLMRouterError, usageError} from '../errors/index.js'
import {setVerbosity} from '../output.js'
import {formatErrorForTerminal} from './format-error.js'

/** What every llmrouter command shares: verbosity set from flags, and one way to print errors. */
export abstract class BaseCommand extends Command {
  protected applyVerbosity(flags: {verbose?: boolean; quiet?: boolean}): void {
    setVerbosity(flags.verbose ? 'verbose' : flags.quiet ? 'quiet' : 'normal')
  }

  protected override async catch(
    error: Error & {exitCode?: number; oclif?: {exit?: number}},
  ): Promise<unknown> {
    if (!LLMRouterError.isInstance(error)) {
      if (error.oclif?.exit !== 2) return super.catch(error)
      return this.catch(describeParseError(this.id ?? '', error))
    }
    process.exitCode = error.exitCode
    if (this.jsonEnabled()) {
      this.logJson({
        error: {code: error.code, message: error.message, suggestions: error.suggestions},
      })
    } else {
      process.stderr.write(formatErrorForTerminal(error, {verbose: isVerbose(this.argv)}))
    }
    // oclif's handler prints nothing for this error and exits with the code we chose.
    throw Object.assign(new Error(error.message), {
      skipOclifErrorHandling: true,
      oclif: {exit: error.exitCode},
    })
  }
}

/**
 * Rewrites oclif's parse errors (an unknown flag, a missing value) in our one-line voice.
 * @param commandId - The command that was run, for the help hint.
 * @param error - oclif's error, exit code 2.
 * @returns The usage error to print instead.
 */
function describeParseError(commandId: string, error: Error): LLMRouterError {
  const [firstLine = error.message] = error.message.split('\n')
  return usageError(`${firstLine.replace(/\.$/, '')}.`, [
    `Run \`llmrouter ${commandId} --help\` to see the flags.`,
  ])
}

function isVerbose(argv: readonly string[]): boolean {
  return (
    argv.includes('--verbose') ||
    Boolean(process.env.LLMROUTER_DEBUG) ||
    Boolean(process.env.LLMROUTER_VERBOSE)
  )
}
