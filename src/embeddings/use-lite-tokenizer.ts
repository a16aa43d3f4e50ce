/** One vocabulary entry of USE lite: the piece and its log-probability. */
export type USELiteVocabularyEntry = readonly [piece: string, score: number]

/** The word separator the sentence-piece vocabulary uses in place of a space. */
const wordSeparator = '\u2581'
/** Ids 0–5 are the unknown piece and control tokens; they never match text. */
const reservedPieceCount = 6
const unknownPieceId = 0

interface TrieNode {
  readonly children: Map<string, TrieNode>
  /** Vocabulary id of the piece that ends here, or -1. */
  pieceId: number
  score: number
}

function createTrieNode(): TrieNode {
  return {children: new Map(), pieceId: -1, score: 0}
}

/**
 * Splits text into USE lite vocabulary ids the way the model was trained: NFKC, spaces turned
 * into `▁`, then the most likely segmentation (Viterbi over the piece scores), with runs of
 * unknown pieces merged. Gives the same ids as the tokenizer in `@energetic-ai/embeddings` in
 * O(length × longest piece) instead of O(length²), which matters for prompts of a few
 * thousand characters.
 */
export class USELiteTokenizer {
  readonly #root = createTrieNode()
  readonly #pieceLengths: Int32Array

  /**
   * Builds the piece trie.
   * @param vocabulary - The `vocab.json` entries, in id order.
   */
  constructor(vocabulary: readonly USELiteVocabularyEntry[]) {
    this.#pieceLengths = new Int32Array(vocabulary.length)
    for (let id = 0; id < vocabulary.length; id++) {
      const entry = vocabulary[id]
      if (entry === undefined) continue
      // The reference walks back by UTF-16 length; no piece holds an astral character, so the
      // two lengths agree.
      this.#pieceLengths[id] = entry[0].length
      if (id < reservedPieceCount) continue
      let node = this.#root
      for (const symbol of entry[0]) {
        let child = node.children.get(symbol)
        if (child === undefined) {
          child = createTrieNode()
          node.children.set(symbol, child)
        }
        node = child
      }
      node.pieceId = id
      node.score = entry[1]
    }
  }

  /**
   * Tokenizes one text.
   * @param text - Any text; an empty text gives no ids.
   * @param maxLength - Keep at most this many ids from the start.
   * @returns The vocabulary ids, in reading order.
   */
  encode(text: string, maxLength = Number.POSITIVE_INFINITY): Int32Array {
    const normalized = text.normalize('NFKC')
    if (normalized.length === 0) return new Int32Array(0)
    const symbols = Array.from(wordSeparator + normalized.replaceAll(' ', wordSeparator))
    const count = symbols.length
    const best = new Float64Array(count + 1)
    const pieceAt = new Int32Array(count + 1)
    for (let start = 0; start < count; start++) {
      // Candidates for one end position arrive in ascending start order, as in the reference,
      // so ties (`>=`) resolve the same way.
      let node = this.#root.children.get(symbols[start] as string)
      let matched = false
      for (let end = start + 1; node !== undefined; end++) {
        if (node.pieceId >= 0) {
          matched = true
          const score = node.score + (best[start] as number)
          if (best[end] === 0 || score >= (best[end] as number)) {
            best[end] = score
            pieceAt[end] = node.pieceId
          }
        }
        if (end >= count) break
        node = node.children.get(symbols[end] as string)
      }
      if (!matched) {
        const score = best[start] as number
        if (best[start + 1] === 0 || score >= (best[start + 1] as number)) {
          best[start + 1] = score
          pieceAt[start + 1] = unknownPieceId
        }
      }
    }
    const reversed: number[] = []
    for (let position = count; position > 0;) {
      const id = pieceAt[position] as number
      reversed.push(id)
      position -= Math.max(1, this.#pieceLengths[id] as number)
    }
    const ids: number[] = []
    for (let index = reversed.length - 1; index >= 0; index--) {
      const id = reversed[index] as number
      // The reference merges unknowns while walking backwards, keeping the last of each run.
      if (id === unknownPieceId && reversed[index - 1] === unknownPieceId) continue
      ids.push(id)
      if (ids.length >= maxLength) break
    }
    return Int32Array.from(ids)
  }
}
