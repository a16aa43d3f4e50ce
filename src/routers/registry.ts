import {UserError} from '../errors/index.js'
import {bestSingleRouter} from './best-single/best-single-router.js'
import {eloRouterDefinition} from './elo/index.js'
import {graphRouterDefinition} from './graph/index.js'
import {knnRouterDefinition} from './knn/index.js'
import {largestLLMRouter} from './largest-llm/largest-llm-router.js'
import {hybridLLMRouterDefinition} from './hybrid-llm/index.js'
import {mfRouterDefinition} from './mf/index.js'
import {mlpRouterDefinition} from './mlp/index.js'
import {oracleRouter} from './oracle/oracle-router.js'
import {randomRouter} from './random/random-router.js'
import {routerDCDefinition} from './routerdc/index.js'
import type {RouterDefinition} from './router-definition.js'
import {smallestLLMRouter} from './smallest-llm/smallest-llm-router.js'
import {svmRouterDefinition} from './svm/index.js'

/** Every built-in router, in the order `llmrouter routers` lists them. */
export const builtInRouters: readonly RouterDefinition[] = [
  knnRouterDefinition,
  svmRouterDefinition,
  mlpRouterDefinition,
  mfRouterDefinition,
  routerDCDefinition,
  eloRouterDefinition,
  graphRouterDefinition,
  hybridLLMRouterDefinition,
  smallestLLMRouter,
  largestLLMRouter,
  randomRouter,
  bestSingleRouter,
  oracleRouter,
]

/** Looks routers up by id or alias, case-insensitively. */
export interface RouterRegistry {
  readonly routers: readonly RouterDefinition[]
  /**
   * Finds a router by id or alias.
   * @param name - What the user typed.
   * @returns The router's definition.
   */
  resolve(name: string): RouterDefinition
}

/**
 * Builds a registry over built-in and plugin routers; a later entry with the same id replaces
 * an earlier one, so plugins can shadow built-ins.
 * @param routers - The definitions, built-ins first.
 * @returns The registry.
 */
export function createRouterRegistry(
  routers: readonly RouterDefinition[] = builtInRouters,
): RouterRegistry {
  const byName = new Map<string, RouterDefinition>()
  for (const router of routers) {
    for (const name of [router.id, ...router.aliases]) byName.set(name.toLowerCase(), router)
  }
  const unique = [...new Map(routers.map((router) => [router.id, router])).values()]
  return {
    routers: unique,
    resolve(name) {
      const found = byName.get(name.trim().toLowerCase())
      if (found) return found
      const known = unique.map((router) => router.id).sort()
      throw new UserError(
        `Router "${name}" isn't registered. Known routers: ${known.join(', ')}.`,
        {
          code: 'ROUTER_UNKNOWN',
          exitCode: 2,
          suggestions: ['Run `llmrouter routers` to see each with its family and capabilities.'],
        },
      )
    },
  }
}
