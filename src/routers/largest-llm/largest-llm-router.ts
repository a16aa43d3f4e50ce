import {createSizeRouterDefinition} from '../fixed/size-router.js'

/** Always picks the largest candidate: by parameter count, by list price when sizes are unknown. */
export const largestLLMRouter = createSizeRouterDefinition('largest')
