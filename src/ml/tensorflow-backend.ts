import createDebug from 'debug'

import {loadTensorFlow, type TensorFlow} from '../embeddings/tensorflow-runtime.js'
import {registerWasmKernels} from './wasm-kernels.js'

/**
 * The backend to ask for: `node` is the native `tensorflow` backend of `@tensorflow/tfjs-node`
 * (used only when it's installed), `wasm` the WebAssembly backend (SIMD build, read from disk),
 * `cpu` plain JavaScript. `auto` takes the first of those that starts.
 */
export type TensorFlowPreference = 'auto' | 'node' | 'wasm' | 'cpu'

/** Options of `initialiseTensorFlow`. */
export interface InitialiseTensorFlowOptions {
  /** The backend to ask for; `auto` by default. */
  readonly prefer?: TensorFlowPreference
}

/** TensorFlow.js ready to train: a backend chosen, gradients and missing kernels registered. */
export interface MLRuntime {
  readonly tf: TensorFlow
  /** The backend in use: `tensorflow` (native), `wasm` or `cpu`. */
  readonly backend: string
}

const debug = createDebug('llmrouter:ml:tensorflow')

/**
 * Makes TensorFlow.js ready for training. The backend comes from the one TensorFlow.js
 * runtime the process shares with the sentence encoder (`loadTensorFlow`), so the preference
 * counts only if this is the first use of TensorFlow.js in the process; `backend` says what
 * was chosen. On top of that runtime this loads `@tensorflow/tfjs` for its gradients and
 * chained tensor methods (tfjs-core alone has neither), registers the kernels the wasm
 * backend lacks and routes its transposed matrix products to XNNPACK. Those changes are
 * process-wide, so the encoder gets them too (same results up to float rounding, faster).
 * Calling it again is cheap and changes nothing.
 * @param options - The preferred backend.
 * @returns TensorFlow.js and the name of its backend.
 */
export async function initialiseTensorFlow(
  options: InitialiseTensorFlowOptions = {},
): Promise<MLRuntime> {
  const prefer = options.prefer ?? 'auto'
  const runtime = await loadTensorFlow(prefer === 'node' ? 'tensorflow' : prefer)
  // Imported for its side effects only: it registers every gradient and chained op globally.
  await import('@tensorflow/tfjs')
  registerWasmKernels(runtime.tf)
  const backend = runtime.tf.getBackend()
  if (prefer !== 'auto' && backend !== (prefer === 'node' ? 'tensorflow' : prefer)) {
    debug('asked for the %s backend, but TensorFlow.js already runs on %s', prefer, backend)
  }
  return {tf: runtime.tf, backend}
}
