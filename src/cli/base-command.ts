import {Command} from '@oclif/core'
import process from 'node:process'

import {LLMRouterError} from '../errors/index.js'
import {setVerbosity} from '../output.js'
import {formatErrorForTerminal} from './format-error.js'

/** What every llmrouter command shares: verbosity set from flags, and one way to print errors. */
export abstract class BaseCommand extends Command {
  protected applyVerbosity(flags: {verbose?: boolean; quiet?: boolean}): void {
    setVerbosity(flags.verbose ? 'verbose' : flags.quiet ? 'quiet' : 'normal')
  }

  protected override async catch(error: Error & {exitCode?: number}): Promise<unknown> {
    if (!LLMRouterError.isInstance(error)) return super.catch(error)
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

function isVerbose(argv: readonly string[]): boolean {
  return (
    argv.includes('--verbose') ||
    Boolean(process.env.LLMROUTER_DEBUG) ||
    Boolean(process.env.LLMROUTER_VERBOSE)
  )
}
