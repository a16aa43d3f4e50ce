import {createRequire} from 'node:module'
import {dirname} from 'node:path'
import {pathToFileURL} from 'node:url'

import type * as TensorFlowCore from '@tensorflow/tfjs-core'
import type * as WasmBackend from '@tensorflow/tfjs-backend-wasm'
import createDebug from 'debug'

import {ExternalError} from '../errors/index.js'

/** The TensorFlow.js core API, as used by the built-in encoder. */
export type TensorFlow = typeof TensorFlowCore

/**
 * Which TensorFlow.js backend runs the built-in model. `auto` takes the native `tensorflow`
 * backend when `@tensorflow/tfjs-node` is installed, and WebAssembly (SIMD) otherwise.
 */
export type TensorFlowBackendName = 'auto' | 'tensorflow' | 'wasm' | 'cpu'

/** A ready TensorFlow.js with its backend chosen. */
export interface TensorFlowRuntime {
  readonly tf: TensorFlow
  /** The backend in use: `tensorflow`, `wasm` or `cpu`. */
  readonly backend: string
}

const debug = createDebug('llmrouter:embeddings:tensorflow')
const wasmPackage = '@tensorflow/tfjs-backend-wasm'
const nodePackage = '@tensorflow/tfjs-node'

let runtimePromise: Promise<TensorFlowRuntime> | undefined

/**
 * Loads TensorFlow.js once per thread and selects a backend. Only the first call's choice
 * counts, because TensorFlow.js keeps one global engine.
 * @param preferred - The backend to use; `auto` by default.
 * @returns The runtime.
 */
export function loadTensorFlow(
  preferred: TensorFlowBackendName = 'auto',
): Promise<TensorFlowRuntime> {
  runtimePromise ??= startTensorFlow(preferred).catch((error: unknown) => {
    runtimePromise = undefined
    throw error
  })
  return runtimePromise
}

async function startTensorFlow(preferred: TensorFlowBackendName): Promise<TensorFlowRuntime> {
  const require = createRequire(import.meta.url)
  const wasmEntry = require.resolve(wasmPackage)
  // Take tfjs-core from where the wasm backend finds it, so both share one engine.
  const coreEntry = createRequire(wasmEntry).resolve('@tensorflow/tfjs-core')
  const tf = (await import(pathToFileURL(coreEntry).href)) as TensorFlow
  tf.enableProdMode()
  if (preferred === 'auto' || preferred === 'tensorflow') {
    if (await tryNativeBackend(tf)) return {tf, backend: 'tensorflow'}
    if (preferred === 'tensorflow') {
      throw new ExternalError(
        `The tensorflow backend needs ${nodePackage}, which isn't installed.`,
        {
          code: 'EMBEDDING_FAILED',
          suggestions: [`Run npm install ${nodePackage}, or choose the wasm backend.`],
        },
      )
    }
  }
  if (preferred !== 'cpu') {
    const wasm = (await import(wasmPackage)) as typeof WasmBackend
    // A folder on disk: the loader reads the .wasm binaries with fs, never over the network.
    wasm.setWasmPaths(`${dirname(wasmEntry)}/`)
    if (await tf.setBackend('wasm')) {
      debug('backend wasm, simd %s', String(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')))
      return {tf, backend: 'wasm'}
    }
    debug('wasm backend failed to start; falling back to cpu')
  }
  await import(pathToFileURL(createRequire(wasmEntry).resolve('@tensorflow/tfjs-backend-cpu')).href)
  if (!(await tf.setBackend('cpu'))) {
    throw new ExternalError('TensorFlow.js could not start any backend.', {
      code: 'EMBEDDING_FAILED',
    })
  }
  return {tf, backend: 'cpu'}
}

async function tryNativeBackend(tf: TensorFlow): Promise<boolean> {
  try {
    // A variable specifier keeps bundlers and tsc from requiring this optional package.
    const specifier = nodePackage
    await import(specifier)
    const started = await tf.setBackend('tensorflow')
    debug('native tensorflow backend %s', started ? 'started' : 'failed')
    return started
  } catch (error) {
    debug('native tensorflow backend unavailable: %O', error)
    return false
  }
}
