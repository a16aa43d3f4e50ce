import {createSizeRouterDefinition} from '../fixed/size-router.js'

/** Always picks the smallest candidate: by parameter count, by list price when sizes are unknown. */
export const smallestLLMRouter = createSizeRouterDefinition('smallest')
