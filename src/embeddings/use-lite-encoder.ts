import {BugError} from '../errors/index.js'
import type {TensorFlow} from './tensorflow-runtime.js'
import type {USELiteWeights} from './use-lite-weights.js'

type Tensor2D = ReturnType<TensorFlow['tensor2d']>
type Tensor1D = ReturnType<TensorFlow['tensor1d']>

/** USE lite drops tokens past this position (`ClipToMaxLength` in the graph). */
export const useLiteMaxTokens = 128
/** Width of the sentence vectors. */
export const useLiteDimension = 512

const embeddingWidth = 256
const headCount = 4
const layerNormEpsilon = 1e-6

interface AttentionLayer {
  readonly width: number
  readonly layerNormScale: Tensor1D
  readonly layerNormBias: Tensor1D
  /** Query, key and value projections side by side; the query part is pre-scaled. */
  readonly queryKeyValue: Tensor2D
  readonly queryKeyValueBias: Tensor1D
  readonly output: Tensor2D
  readonly outputBias: Tensor1D
  readonly feedForwardNormScale: Tensor1D
  readonly feedForwardNormBias: Tensor1D
  readonly feedForwardIn: Tensor2D
  readonly feedForwardInBias: Tensor1D
  readonly feedForwardOut: Tensor2D
  readonly feedForwardOutBias: Tensor1D
}

/**
 * The USE lite network (two transformer layers, mean pooling, a tanh layer) written as direct
 * TensorFlow.js ops instead of running the converted graph. This skips the graph executor,
 * the padded dense layout and the slow transposed batch matmuls of the graph, and it applies the
 * last linear layer after pooling (exact, since pooling is a mean), which saves a sixth of the
 * work. Outputs match the graph to float rounding.
 */
export class USELiteEncoder {
  readonly #tf: TensorFlow
  readonly #embeddings: Float32Array
  readonly #timingSignal: Float32Array
  readonly #residual: Tensor2D
  readonly #residualBias: Tensor1D
  readonly #layers: readonly [AttentionLayer, AttentionLayer]
  readonly #head: Tensor2D
  readonly #headBias: Tensor1D
  readonly #emptyTextVector: Float32Array
  readonly #owned: {dispose(): void}[] = []

  /**
   * Uploads the weights to the TensorFlow.js backend.
   * @param tf - A TensorFlow.js whose backend is ready.
   * @param weights - The weights from `loadUSELiteWeights`.
   */
  constructor(tf: TensorFlow, weights: USELiteWeights) {
    this.#tf = tf
    const read = (name: string): Float32Array => {
      const weight = weights.tensors.get(name)
      if (weight === undefined) throw new BugError(`USE lite weight "${name}" is missing.`)
      return weight.values
    }
    const matrix = (values: Float32Array, rows: number): Tensor2D =>
      this.#own(tf.tensor2d(values, [rows, values.length / rows]))
    const vector = (name: string): Tensor1D => this.#own(tf.tensor1d(read(name)))
    const layer = (index: number, width: number): AttentionLayer => {
      const prefix = `Layer_${index}`
      const [queryKeyValue, queryKeyValueBias] = scaleQueries(
        read(`${prefix}/qkv_transform_single/kernel`),
        read(`${prefix}/qkv_transform_single/bias`),
        width,
      )
      return {
        width,
        layerNormScale: vector(`${prefix}/layer_norm_scale`),
        layerNormBias: vector(`${prefix}/layer_norm_bias`),
        queryKeyValue: matrix(queryKeyValue, width),
        queryKeyValueBias: this.#own(tf.tensor1d(queryKeyValueBias)),
        output: matrix(read(`${prefix}/output_transform_single/kernel`), width),
        outputBias: vector(`${prefix}/output_transform_single/bias`),
        feedForwardNormScale: vector(`${prefix}/FFN/layer_norm_scale`),
        feedForwardNormBias: vector(`${prefix}/FFN/layer_norm_bias`),
        feedForwardIn: matrix(read(`${prefix}/FFN/conv1/kernel`), useLiteDimension),
        feedForwardInBias: vector(`${prefix}/FFN/conv1/bias`),
        feedForwardOut: matrix(read(`${prefix}/FFN/conv2/kernel`), 3 * useLiteDimension),
        feedForwardOutBias: vector(`${prefix}/FFN/conv2/bias`),
      }
    }
    this.#embeddings = read('Embeddings_en')
    this.#timingSignal = buildTimingSignal(
      read('Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1'),
    )
    this.#residual = matrix(read('Layer_0/dense/kernel'), embeddingWidth)
    this.#residualBias = vector('Layer_0/dense/bias')
    this.#layers = [layer(0, embeddingWidth), layer(1, useLiteDimension)]
    this.#head = matrix(read('hidden_layers/tanh_layer_0/weights'), useLiteDimension)
    this.#headBias = vector('hidden_layers/tanh_layer_0/bias')
    // An empty text pools to zeros, so its vector is the normalised tanh of the bias.
    this.#emptyTextVector = Float32Array.from(read('hidden_layers/tanh_layer_0/bias'), Math.tanh)
  }

  /**
   * Embeds token sequences; any lengths may share a batch, since nothing is padded.
   * @param sequences - Token ids per text, at most `useLiteMaxTokens` each.
   * @returns One unnormalised 512-float vector per sequence.
   */
  encode(sequences: readonly Int32Array[]): Float32Array[] {
    const nonEmpty = sequences.filter((sequence) => sequence.length > 0)
    const pooled = nonEmpty.length > 0 ? this.#encodeNonEmpty(nonEmpty) : []
    let next = 0
    return sequences.map((sequence) =>
      sequence.length > 0 ? (pooled[next++] as Float32Array) : this.#emptyTextVector.slice(),
    )
  }

  /** Frees the weight tensors. */
  dispose(): void {
    for (const tensor of this.#owned.splice(0)) tensor.dispose()
  }

  #encodeNonEmpty(sequences: readonly Int32Array[]): Float32Array[] {
    const tf = this.#tf
    const offsets = new Int32Array(sequences.length + 1)
    for (let index = 0; index < sequences.length; index++) {
      offsets[index + 1] = (offsets[index] as number) + (sequences[index] as Int32Array).length
    }
    const tokenCount = offsets[sequences.length] as number
    const segments = new Int32Array(tokenCount)
    for (let index = 0; index < sequences.length; index++) {
      segments.fill(index, offsets[index], offsets[index + 1])
    }
    const input = this.#embedTokens(sequences, tokenCount)
    const result = tf.tidy(() => {
      const [first, second] = this.#layers
      const x0 = tf.tensor2d(input, [tokenCount, embeddingWidth])
      const residual = this.#dense(x0, this.#residual, this.#residualBias)
      const y0 = tf.add<Tensor2D>(this.#attend(first, x0, offsets), residual)
      const x1 = tf.add<Tensor2D>(this.#feedForward(first, y0, true), y0)
      const y1 = tf.add<Tensor2D>(this.#attend(second, x1, offsets), x1)
      const hidden = this.#feedForward(second, y1, false)
      const rows = tf.range(0, tokenCount, 1, 'int32')
      const segmentIds = tf.tensor1d(segments, 'int32')
      const pooledHidden = tf.sparse.sparseSegmentMean(hidden, rows, segmentIds) as Tensor2D
      const pooledOutput = this.#dense(
        pooledHidden,
        second.feedForwardOut,
        second.feedForwardOutBias,
      )
      const pooled = tf.add(pooledOutput, tf.sparse.sparseSegmentMean(y1, rows, segmentIds))
      return tf.tanh(this.#dense(pooled as Tensor2D, this.#head, this.#headBias))
    })
    const values = result.dataSync() as Float32Array
    result.dispose()
    return sequences.map((_, index) =>
      values.slice(index * useLiteDimension, (index + 1) * useLiteDimension),
    )
  }

  /** Token embedding times two plus the timing signal, as the graph computes it. */
  #embedTokens(sequences: readonly Int32Array[], tokenCount: number): Float32Array {
    const input = new Float32Array(tokenCount * embeddingWidth)
    let row = 0
    for (const sequence of sequences) {
      for (let position = 0; position < sequence.length; position++, row++) {
        const embedding = (sequence[position] as number) * embeddingWidth
        const timing = position * embeddingWidth
        const target = row * embeddingWidth
        for (let channel = 0; channel < embeddingWidth; channel++) {
          input[target + channel] =
            2 * (this.#embeddings[embedding + channel] as number) +
            (this.#timingSignal[timing + channel] as number)
        }
      }
    }
    return input
  }

  #dense(a: Tensor2D, b: Tensor2D, bias: Tensor1D, activation?: 'relu'): Tensor2D {
    return this.#tf.fused.matMul({a, b, bias, activation}) as Tensor2D
  }

  #layerNorm(x: Tensor2D, scale: Tensor1D, bias: Tensor1D): Tensor2D {
    const tf = this.#tf
    const {mean, variance} = tf.moments(x, -1, true)
    const normalized = tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(variance, layerNormEpsilon)))
    return tf.add(tf.mul(normalized, scale), bias)
  }

  /** Multi-head self-attention within each text, then the output projection. */
  #attend(layer: AttentionLayer, x: Tensor2D, offsets: Int32Array): Tensor2D {
    const tf = this.#tf
    const width = layer.width
    const headWidth = width / headCount
    const normalized = this.#layerNorm(x, layer.layerNormScale, layer.layerNormBias)
    const projected = this.#dense(normalized, layer.queryKeyValue, layer.queryKeyValueBias)
    // Slicing a big tensor copies all of it on the wasm backend, so cut texts apart in JS.
    const queryKeyValue = projected.dataSync() as Float32Array
    const tokenCount = x.shape[0]
    const attended = new Float32Array(tokenCount * width)
    for (let text = 0; text + 1 < offsets.length; text++) {
      const start = offsets[text] as number
      const length = (offsets[text + 1] as number) - start
      const heads = tf.tidy(() => {
        const outputs: Tensor2D[] = []
        for (let head = 0; head < headCount; head++) {
          const [query, keyTransposed, value] = splitHead(
            queryKeyValue,
            start,
            length,
            width,
            head * headWidth,
            headWidth,
          )
          const weights = tf.softmax(
            tf.matMul(
              tf.tensor2d(query, [length, headWidth]),
              tf.tensor2d(keyTransposed, [headWidth, length]),
            ),
          )
          outputs.push(tf.matMul(weights, tf.tensor2d(value, [length, headWidth])))
        }
        return tf.concat(outputs, 1)
      })
      attended.set(heads.dataSync(), start * width)
      heads.dispose()
    }
    return this.#dense(tf.tensor2d(attended, [tokenCount, width]), layer.output, layer.outputBias)
  }

  /**
   * The position-wise feed-forward block. For the last layer only the hidden activations are
   * returned; their projection runs after pooling.
   */
  #feedForward(layer: AttentionLayer, y: Tensor2D, project: boolean): Tensor2D {
    const normalized = this.#layerNorm(y, layer.feedForwardNormScale, layer.feedForwardNormBias)
    const hidden = this.#dense(normalized, layer.feedForwardIn, layer.feedForwardInBias, 'relu')
    if (!project) return hidden
    return this.#dense(hidden, layer.feedForwardOut, layer.feedForwardOutBias)
  }

  #own<TTensor extends {dispose(): void}>(tensor: TTensor): TTensor {
    this.#owned.push(tensor)
    return tensor
  }
}

/** Folds the 1/√(head width) query scaling into the projection weights. */
function scaleQueries(
  kernel: Float32Array,
  bias: Float32Array,
  width: number,
): [Float32Array, Float32Array] {
  const scale = 1 / Math.sqrt(width / headCount)
  const scaledKernel = kernel.slice()
  const scaledBias = bias.slice()
  for (let row = 0; row < width; row++) {
    for (let column = 0; column < width; column++) {
      const index = row * 3 * width + column
      scaledKernel[index] = (kernel[index] as number) * scale
    }
  }
  for (let column = 0; column < width; column++) {
    scaledBias[column] = (bias[column] as number) * scale
  }
  return [scaledKernel, scaledBias]
}

/** Sinusoid position signal: sines in the first half of the channels, cosines in the second. */
function buildTimingSignal(inverseTimescales: Float32Array): Float32Array {
  const half = embeddingWidth / 2
  const signal = new Float32Array(useLiteMaxTokens * embeddingWidth)
  for (let position = 0; position < useLiteMaxTokens; position++) {
    for (let channel = 0; channel < half; channel++) {
      const angle = Math.fround(position * (inverseTimescales[channel] as number))
      signal[position * embeddingWidth + channel] = Math.sin(angle)
      signal[position * embeddingWidth + half + channel] = Math.cos(angle)
    }
  }
  return signal
}

/** Copies one head's query, transposed key and value of one text out of the packed rows. */
function splitHead(
  packed: Float32Array,
  start: number,
  length: number,
  width: number,
  column: number,
  headWidth: number,
): [Float32Array, Float32Array, Float32Array] {
  const query = new Float32Array(length * headWidth)
  const keyTransposed = new Float32Array(headWidth * length)
  const value = new Float32Array(length * headWidth)
  for (let token = 0; token < length; token++) {
    const base = (start + token) * 3 * width + column
    for (let channel = 0; channel < headWidth; channel++) {
      query[token * headWidth + channel] = packed[base + channel] as number
      keyTransposed[channel * length + token] = packed[base + width + channel] as number
      value[token * headWidth + channel] = packed[base + 2 * width + channel] as number
    }
  }
  return [query, keyTransposed, value]
}
