import {createRequire} from 'node:module'

import createDebug from 'debug'
import type * as USearch from 'usearch'

/** The usearch package, loaded synchronously on first use because `search` is synchronous. */
export type USearchModule = typeof USearch

const debug = createDebug('llmrouter:index:usearch')

/**
 * Loads usearch's native addon, or tells why it can't.
 * @returns The module, or the error that stopped it loading.
 */
export function requireUSearch(): USearchModule | Error {
  try {
    return createRequire(import.meta.url)('usearch') as USearchModule
  } catch (error) {
    debug('usearch unavailable: %O', error)
    return error instanceof Error ? error : new Error(String(error))
  }
}
