const billionsPerUnit: Readonly<Record<string, number>> = {k: 1e-6, m: 1e-3, b: 1, t: 1e3}

/**
 * Parses a parameter-count string into billions: `"7B"` → 7, `"8x7B"` → 56, `"1.5B"` → 1.5,
 * `"70b"` → 70, `"560M"` → 0.56, `"46.7B (MoE, 12.9B active)"` → 46.7. A bare number counts
 * as billions, as the Python LLMRouter reads it.
 * @param size - The size as the source writes it, or null.
 * @returns The count in billions, or null when the text has no leading count.
 */
export function parseModelSize(size: string | null | undefined): number | null {
  if (typeof size !== 'string') return null
  const text = size.trim().toLowerCase()
  const experts = /^(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*([kmbt])(?![a-z])/.exec(text)
  if (experts) {
    return Number(experts[1]) * Number(experts[2]) * (billionsPerUnit[experts[3] ?? 'b'] ?? 1)
  }
  const single = /^(\d+(?:\.\d+)?)\s*([kmbt])(?![a-z])/.exec(text)
  if (single) return Number(single[1]) * (billionsPerUnit[single[2] ?? 'b'] ?? 1)
  return /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : null
}
