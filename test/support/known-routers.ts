import {builtInRouters} from '../../src/routers/registry.js'

/** The ids error messages list as known routers: sorted, comma-separated. */
export function knownRouterList(): string {
  return builtInRouters
    .map((router) => router.id)
    .sort()
    .join(', ')
}
