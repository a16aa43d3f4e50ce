const marker = Symbol.for('llmrouter.error')

/** Every error code llmrouter throws; one union so callers can switch on it exhaustively. */
export type LLMRouterErrorCode =
  | 'CONFIG_INVALID'
  | 'CONFIG_NOT_FOUND'
  | 'DATA_INVALID'
  | 'DATA_NOT_FOUND'
  | 'DATA_WRITE_FAILED'
  | 'MODEL_UNKNOWN'
  | 'ROUTER_UNKNOWN'
  | 'ARTIFACT_INVALID'
  | 'ARTIFACT_MISMATCH'
  | 'USAGE'
  | 'GATE_FAILED'
  | 'EMBEDDING_FAILED'
  | 'ENDPOINT_FAILED'
  | 'INTERNAL'

/** What the error asks of the person who meets it. */
export type ErrorAudience = 'user' | 'bug' | 'external'

/** Options shared by every llmrouter error. */
export interface LLMRouterErrorOptions {
  /** Machine-readable reason. */
  readonly code: LLMRouterErrorCode
  /** Next steps the person can take, each a full sentence. */
  readonly suggestions?: readonly string[]
  /** A link to the documentation that explains the problem. */
  readonly ref?: string
  /** The error this one wraps. */
  readonly cause?: unknown
  /** Process exit code; 2 for usage errors, 1 otherwise. */
  readonly exitCode?: number
}

/**
 * Base class of every error llmrouter throws. Checked with `LLMRouterError.isInstance`, because
 * a plugin may bundle its own copy of this package and `instanceof` fails across copies.
 */
export class LLMRouterError extends Error {
  /** The cross-copy marker `isInstance` looks for. */
  readonly [marker] = true
  readonly code: LLMRouterErrorCode
  readonly suggestions: readonly string[]
  readonly ref: string | undefined
  readonly exitCode: number
  readonly audience: ErrorAudience = 'user'

  constructor(message: string, options: LLMRouterErrorOptions) {
    super(message, {cause: options.cause})
    this.name = new.target.name
    this.code = options.code
    this.suggestions = options.suggestions ?? []
    this.ref = options.ref
    this.exitCode = options.exitCode ?? 1
  }

  /**
   * Tells whether a value is an llmrouter error, from any copy of the package.
   * @param error - The value to check.
   * @returns True when the value carries the llmrouter error marker.
   */
  static isInstance(error: unknown): error is LLMRouterError {
    return typeof error === 'object' && error !== null && marker in error
  }
}

/** The person must fix their input: a config, a data file, a flag. Printed without a stack. */
export class UserError extends LLMRouterError {
  override readonly audience = 'user'
}

/** Our fault. Printed with its stack and a request to report it. */
export class BugError extends LLMRouterError {
  override readonly audience = 'bug'

  constructor(message: string, options: Partial<LLMRouterErrorOptions> = {}) {
    super(message, {code: 'INTERNAL', ...options})
  }
}

/** A subprocess or a remote call failed; the message records what was called. */
export class ExternalError extends LLMRouterError {
  override readonly audience = 'external'
}

/**
 * Builds the usage error for a bad flag or argument, which exits with code 2.
 * @param message - What is wrong and what is allowed.
 * @param suggestions - Next steps.
 * @returns The error to throw.
 */
export function usageError(message: string, suggestions: readonly string[] = []): UserError {
  return new UserError(message, {code: 'USAGE', exitCode: 2, suggestions})
}
