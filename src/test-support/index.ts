export {createMockRouter} from './mock-router.js'
export type {MockRouterOptions} from './mock-router.js'
