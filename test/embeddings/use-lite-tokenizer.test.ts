import {readFile} from 'node:fs/promises'
import {join} from 'node:path'

import {EmbeddingsModel} from '@energetic-ai/embeddings'
import {describe, expect, test} from 'vitest'

import {
  USELiteTokenizer,
  type USELiteVocabularyEntry,
} from '../../src/embeddings/use-lite-tokenizer.js'
import {findUSELiteModelDirectory} from '../../src/embeddings/use-lite-weights.js'

async function loadVocabulary(): Promise<USELiteVocabularyEntry[]> {
  const text = await readFile(join(findUSELiteModelDirectory(), 'vocab.json'), 'utf8')
  return JSON.parse(text) as USELiteVocabularyEntry[]
}

const samples = [
  'How do I bake sourdough bread at home?',
  'Q: There are 3 houses in a row.\n - Each person ate something different.\n\nClue(s):\n1. x',
  'héllo wörld ☃ 😀😀 ünïcödé — “quotes” and ﬁ ligatures',
  '日本語のテキストと English mixed',
  '   leading and trailing spaces   ',
  'a',
  '',
  '\t\n',
  'Supercalifragilisticexpialidocious antidisestablishmentarianism',
  'x'.repeat(300),
]

describe('USELiteTokenizer', () => {
  test('gives the same ids as the @energetic-ai/embeddings tokenizer', async () => {
    // Given
    const vocabulary = await loadVocabulary()
    const reference = new EmbeddingsModel({
      vocabulary: vocabulary as [string, number][],
      model: undefined as never,
    }).tokenizer
    const tokenizer = new USELiteTokenizer(vocabulary)

    // Then
    for (const text of samples) {
      expect(Array.from(tokenizer.encode(text)), JSON.stringify(text)).toEqual(
        reference.encode(text),
      )
    }
  })

  test('keeps only the first maxLength ids', async () => {
    const tokenizer = new USELiteTokenizer(await loadVocabulary())
    const text = 'one two three four five six seven eight nine ten'

    expect(Array.from(tokenizer.encode(text, 3))).toEqual(
      Array.from(tokenizer.encode(text)).slice(0, 3),
    )
  })

  test('gives no ids for an empty text', async () => {
    const tokenizer = new USELiteTokenizer(await loadVocabulary())

    expect(tokenizer.encode('')).toHaveLength(0)
  })
})
