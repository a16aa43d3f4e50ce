import {describe, expect, test} from 'vitest'

import {evaluateRouters} from '../../../src/eval/evaluate-routers.js'
import {renderEvaluationSVG} from '../../../src/eval/report/render-evaluation-svg.js'
import {buildTinyInput, threeModelSweep} from '../tiny-evaluation.js'

function unbalancedTags(markup: string): string[] {
  const open: string[] = []
  const problems: string[] = []
  for (const match of markup.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    const [, closing, name = '', selfClosing] = match
    if (selfClosing) continue
    if (!closing) open.push(name)
    else if (open.pop() !== name) problems.push(name)
  }
  return [...problems, ...open]
}

describe('renderEvaluationSVG', () => {
  const input = buildTinyInput({...threeModelSweep, dataset: 'tiny & <simulated>'})
  const [run] = input.runs
  const svg = renderEvaluationSVG(
    evaluateRouters({...input, runs: [{...run!, router: 'knn<"router">'}], bootstrapSamples: 50}),
  )

  test('is a standalone SVG document with balanced tags and no NaN', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true)
    expect(unbalancedTags(svg)).toEqual([])
    expect(svg).not.toMatch(/NaN|undefined|Infinity/)
  })

  test('escapes every text it prints', () => {
    expect(svg).toContain('knn&lt;&quot;router&quot;&gt;')
    expect(svg).toContain('tiny &amp; &lt;simulated&gt; [simulated]')
    expect(svg).not.toContain('<"router">')
    expect(svg.replaceAll(/&(amp|lt|gt|quot|apos);/g, '')).not.toContain('&')
  })

  test('draws hull lines, labelled single models, axes titles and the cost source', () => {
    expect(svg.match(/<polyline/g)).toHaveLength(2)
    for (const model of ['small', 'medium', 'large', 'oracle', 'random']) {
      expect(svg).toContain(`>${model}</text>`)
    }
    expect(svg).toContain('Mean cost per 1k queries (USD)')
    expect(svg).toContain('Mean performance')
    expect(svg).toContain('Cost: recorded by the fixture')
  })
})
