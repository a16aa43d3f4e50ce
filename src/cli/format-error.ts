import type {LLMRouterError} from '../errors/index.js'

/**
 * Formats an llmrouter error for stderr: the message and its suggestions on one line, then the
 * stack for bugs or with --verbose.
 * @param error - The error to print.
 * @param options - `verbose` adds the stack trace.
 * @returns The text, ending with a newline.
 */
export function formatErrorForTerminal(error: LLMRouterError, options: {verbose: boolean}): string {
  // The fix stays on the error's own line, so a CI log shows what to do in one line.
  const lines = [['Error:', error.message, ...error.suggestions].join(' ')]
  if (error.ref) lines.push(`  See ${error.ref}`)
  if (error.audience === 'bug') {
    lines.push('This is a bug in llmrouter; please report it with the output of --verbose.')
  }
  if ((options.verbose || error.audience === 'bug') && error.stack) lines.push(error.stack)
  return `${lines.join('\n')}\n`
}
