export {BugError, ExternalError, LLMRouterError, UserError, usageError} from './llmrouter-error.js'
export type {ErrorAudience, LLMRouterErrorCode, LLMRouterErrorOptions} from './llmrouter-error.js'
