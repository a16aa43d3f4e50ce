/**
 * A WebAssembly SIMD kernel that scores a query against every stored row (one dot product per
 * row, four f32x4 accumulators). V8 doesn't vectorise JavaScript loops, and this is about 10×
 * faster than the best plain loop. The module is assembled here from its instructions, so the
 * source stays readable and nothing binary is checked in.
 */
export interface SIMDScoresKernel {
  /** The kernel's own memory; views on it go stale whenever it grows. */
  readonly memory: KernelMemory
  /**
   * Writes `count` dot products to `outOffset`.
   * @param rowsOffset - Byte offset of the first row.
   * @param count - Rows to score.
   * @param queryOffset - Byte offset of the query.
   * @param stride - Floats per row, a multiple of 16 (rows and query are zero-padded).
   * @param outOffset - Byte offset of the scores.
   */
  scores(
    rowsOffset: number,
    count: number,
    queryOffset: number,
    stride: number,
    outOffset: number,
  ): void
}

/** The part of `WebAssembly.Memory` the index uses. */
export interface KernelMemory {
  readonly buffer: ArrayBuffer
  grow(pages: number): number
}

/** The WebAssembly API this file uses; tsconfig's lib has no WebAssembly types. */
interface WebAssemblyAPI {
  validate(bytes: Uint8Array): boolean
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object) => {readonly exports: Record<string, unknown>}
}

/** Floats per SIMD step of the kernel: four vectors of four lanes. */
export const simdStrideMultiple = 16

const i32 = 0x7f
const v128 = 0x7b

function unsignedLEB(value: number): number[] {
  const bytes: number[] = []
  let rest = value
  do {
    const byte = rest & 0x7f
    rest >>>= 7
    bytes.push(rest === 0 ? byte : byte | 0x80)
  } while (rest !== 0)
  return bytes
}

function signedLEB(value: number): number[] {
  const bytes: number[] = []
  let rest = value
  for (;;) {
    const byte = rest & 0x7f
    rest >>= 7
    const done = (rest === 0 && (byte & 0x40) === 0) || (rest === -1 && (byte & 0x40) !== 0)
    bytes.push(done ? byte : byte | 0x80)
    if (done) return bytes
  }
}

function section(id: number, contents: number[]): number[] {
  return [id, ...unsignedLEB(contents.length), ...contents]
}

function name(text: string): number[] {
  const bytes = [...Buffer.from(text, 'utf8')]
  return [...unsignedLEB(bytes.length), ...bytes]
}

// Instructions used by the kernel.
const get = (local: number): number[] => [0x20, local]
const set = (local: number): number[] => [0x21, local]
const tee = (local: number): number[] => [0x22, local]
const constant = (value: number): number[] => [0x41, ...signedLEB(value)]
const add = [0x6a]
const shiftLeft = [0x74]
const lessThan = [0x49]
const isZero = [0x45]
const branchIf = (depth: number): number[] => [0x0d, depth]
const block = [0x02, 0x40]
const loop = [0x03, 0x40]
const end = [0x0b]
const loadVector = (offset: number): number[] => [0xfd, 0x00, 4, ...unsignedLEB(offset)]
const zeroVector = [0xfd, 0x0c, ...Array.from({length: 16}, () => 0)]
const addVectors = [0xfd, 0xe4, 0x01]
const multiplyVectors = [0xfd, 0xe6, 0x01]
const lane = (index: number): number[] => [0xfd, 0x1f, index]
const addFloats = [0x92]
const storeFloat = [0x38, 2, 0]

function buildKernelModule(): Uint8Array {
  // Parameters 0–4: rows, count, query, stride, out. Locals: 5 row, 6 column byte, 7 row bytes,
  // 8–11 accumulators.
  const [rows, count, query, stride, out, row, column, rowBytes] = [0, 1, 2, 3, 4, 5, 6, 7]
  const accumulators = [8, 9, 10, 11]
  const accumulate = accumulators.flatMap((accumulator, index) => [
    ...get(accumulator),
    ...get(rows),
    ...get(column),
    ...add,
    ...loadVector(index * 16),
    ...get(query),
    ...get(column),
    ...add,
    ...loadVector(index * 16),
    ...multiplyVectors,
    ...addVectors,
    ...set(accumulator),
  ])
  const body = [
    ...get(stride),
    ...constant(2),
    ...shiftLeft,
    ...set(rowBytes),
    ...block,
    ...get(count),
    ...isZero,
    ...branchIf(0),
    ...loop,
    ...accumulators.flatMap((accumulator) => [...zeroVector, ...set(accumulator)]),
    ...constant(0),
    ...set(column),
    ...loop,
    ...accumulate,
    ...get(column),
    ...constant(64),
    ...add,
    ...tee(column),
    ...get(rowBytes),
    ...lessThan,
    ...branchIf(0),
    ...end,
    ...get(accumulators[0]!),
    ...get(accumulators[1]!),
    ...addVectors,
    ...get(accumulators[2]!),
    ...addVectors,
    ...get(accumulators[3]!),
    ...addVectors,
    ...set(accumulators[0]!),
    ...get(out),
    ...get(accumulators[0]!),
    ...lane(0),
    ...get(accumulators[0]!),
    ...lane(1),
    ...addFloats,
    ...get(accumulators[0]!),
    ...lane(2),
    ...addFloats,
    ...get(accumulators[0]!),
    ...lane(3),
    ...addFloats,
    ...storeFloat,
    ...get(out),
    ...constant(4),
    ...add,
    ...set(out),
    ...get(rows),
    ...get(rowBytes),
    ...add,
    ...set(rows),
    ...get(row),
    ...constant(1),
    ...add,
    ...tee(row),
    ...get(count),
    ...lessThan,
    ...branchIf(0),
    ...end,
    ...end,
    ...end,
  ]
  const locals = [2, 3, i32, 4, v128]
  const code = [...locals, ...body]
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [1, 0x60, 5, i32, i32, i32, i32, i32, 0]),
    ...section(3, [1, 0]),
    ...section(5, [1, 0x00, 1]),
    ...section(7, [2, ...name('memory'), 0x02, 0, ...name('scores'), 0x00, 0]),
    ...section(10, [1, ...unsignedLEB(code.length), ...code]),
  ])
}

let compiled: object | null | undefined

/**
 * Instantiates the kernel with its own memory, or gives undefined where WebAssembly SIMD isn't
 * supported.
 * @returns A fresh kernel, or undefined.
 */
export function createSIMDScoresKernel(): SIMDScoresKernel | undefined {
  const wasm = (globalThis as {WebAssembly?: WebAssemblyAPI}).WebAssembly
  if (wasm === undefined) return undefined
  if (compiled === undefined) {
    const bytes = buildKernelModule()
    compiled = wasm.validate(bytes) ? new wasm.Module(bytes) : null
  }
  if (compiled === null) return undefined
  const instance = new wasm.Instance(compiled)
  const {memory, scores} = instance.exports as {
    memory: KernelMemory
    scores: SIMDScoresKernel['scores']
  }
  return {memory, scores}
}
