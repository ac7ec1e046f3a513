import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { gradeProductAnswer, splitMarkdownSentences, type Sentence } from '../../../src/engine/rubric'
import { productSenseRubrics } from '../../support/scenario-content'

/**
 * The fairness corpus: 40 answers written by people who never saw the rubric, labelled by a
 * second reader who knows it (tests/fixtures/product-corpus/labels.json). The engine must accept
 * every answer labelled strong, reject every weak one, and agree with the reader on at least 98%
 * of the points in each direction. The confusion figures are printed so a change shows its cost.
 *
 * Before issue 11 (the engine as it was): TP 505, FN 76, FP 17, TN 132; false-miss 13.1%,
 * false-credit 11.4%; strong 17/20 accepted, medium 9/12 accepted, weak 8/8 rejected.
 * After the first pass: TP 557, FN 24, FP 9, TN 140; false-miss 4.1%, false-credit 6.0%.
 * Now (parts of an answer, question echoes, decision sentences, stated lengths): TP 574, FN 7,
 * FP 0, TN 149; false-miss 1.2%, false-credit 0.0%; strong 20/20, medium 12/12, weak 8/8 rejected.
 */

interface Label {
  verdict: 'strong' | 'medium' | 'weak'
  points: Record<string, boolean>
  evidence?: Record<string, string>
  note?: string
}

const root = new URL('../../fixtures/product-corpus/', import.meta.url)
const labels = JSON.parse(readFileSync(new URL('labels.json', root), 'utf8')) as Record<string, Label>
const scenarios = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()

interface Graded {
  file: string
  scenario: string
  label: Label
  verdict: 'accepted' | 'rejected'
  score: number
  covered: Set<string>
  quotes: Map<string, string>
  feedback: string[]
  sentences: Sentence[]
}

const graded: Graded[] = scenarios.flatMap((scenario) =>
  readdirSync(new URL(`${scenario}/`, root))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => {
      const file = `${scenario}/${name}`
      const label = labels[file]
      if (!label) throw new Error(`no label for ${file}`)
      const markdown = readFileSync(new URL(file, root), 'utf8')
      const { result, grade } = gradeProductAnswer(productSenseRubrics[`${scenario}/product-sense`], markdown)
      const covered = new Set(result.criteria.flatMap((c) => c.covered.map((k) => `${c.id}/${k.concept.id}`)))
      const quotes = new Map(result.criteria.flatMap((c) => c.covered.map((k) => [`${c.id}/${k.concept.id}`, k.sentence] as const)))
      return { file, scenario, label, verdict: grade.verdict, score: grade.score, covered, quotes, feedback: grade.feedback, sentences: splitMarkdownSentences(markdown) }
    }),
)

interface Confusion {
  tp: number
  fn: number
  fp: number
  tn: number
  verdicts: Record<'strong' | 'medium' | 'weak', { accepted: number; rejected: number }>
}

function confusionOf(items: readonly Graded[]): Confusion {
  const c: Confusion = { tp: 0, fn: 0, fp: 0, tn: 0, verdicts: { strong: { accepted: 0, rejected: 0 }, medium: { accepted: 0, rejected: 0 }, weak: { accepted: 0, rejected: 0 } } }
  for (const g of items) {
    c.verdicts[g.label.verdict][g.verdict]++
    for (const [point, made] of Object.entries(g.label.points)) {
      const credited = g.covered.has(point)
      if (made && credited) c.tp++
      else if (made) c.fn++
      else if (credited) c.fp++
      else c.tn++
    }
  }
  return c
}

const rate = (part: number, whole: number): string => (whole === 0 ? '0.0%' : `${((100 * part) / whole).toFixed(1)}%`)

function describeConfusion(name: string, c: Confusion): string {
  const v = c.verdicts
  return (
    `${name.padEnd(16)} TP ${String(c.tp).padStart(3)}  FN ${String(c.fn).padStart(2)}  FP ${String(c.fp).padStart(2)}  TN ${String(c.tn).padStart(3)}  ` +
    `false-miss ${rate(c.fn, c.tp + c.fn).padStart(5)}  false-credit ${rate(c.fp, c.fp + c.tn).padStart(5)}  ` +
    `strong ${v.strong.accepted}/${v.strong.accepted + v.strong.rejected} accepted, medium ${v.medium.accepted}/${v.medium.accepted + v.medium.rejected} accepted, ` +
    `weak ${v.weak.rejected}/${v.weak.accepted + v.weak.rejected} rejected`
  )
}

const total = confusionOf(graded)

describe('product-sense fairness corpus', () => {
  it('prints the confusion figures per scenario and in total', () => {
    const lines = [...scenarios.map((s) => describeConfusion(s, confusionOf(graded.filter((g) => g.scenario === s)))), describeConfusion('total', total)]
    const disagreements = graded.flatMap((g) =>
      Object.entries(g.label.points)
        .filter(([point, made]) => made !== g.covered.has(point))
        .map(([point, made]) => `  ${g.file} ${point}: ${made ? 'missed' : `credited from "${g.quotes.get(point)}"`}`),
    )
    console.log(['Product-sense corpus (engine vs second reader):', ...lines, 'Disagreements:', ...disagreements].join('\n'))
    expect(graded).toHaveLength(Object.keys(labels).length)
  })

  it.each(graded.filter((g) => g.label.verdict === 'strong').map((g) => [g.file, g] as const))('accepts the strong answer %s', (_, g) => {
    expect(g.verdict, g.feedback.join('\n')).toBe('accepted')
  })

  it.each(graded.filter((g) => g.label.verdict === 'weak').map((g) => [g.file, g] as const))('rejects the weak answer %s', (_, g) => {
    expect(g.verdict, g.feedback.join('\n')).toBe('rejected')
  })

  it('calls at most 2% of the points the reader found missing (false-miss)', () => {
    expect(total.fn / (total.tp + total.fn)).toBeLessThanOrEqual(0.02)
  })

  it('credits at most 2% of the points the reader found absent (false-credit)', () => {
    expect(total.fp / (total.fp + total.tn)).toBeLessThanOrEqual(0.02)
  })

  // Evidence a learner can learn from: the quote for a point the reader found is the sentence
  // holding the reader's evidence, or at least one in the same part of the answer.
  /** The part a sentence is in: its nearest heading at the answer's part level (the shallowest level used more than once). */
  const partOf = (sentences: readonly Sentence[], sentence: Sentence): string | undefined => {
    const levels = sentences.flatMap((s) => (s.level ? [s.level] : []))
    const partLevel = Math.min(...levels.filter((l) => levels.indexOf(l) !== levels.lastIndexOf(l)))
    let part: string | undefined
    for (const s of sentences) {
      if (s.kind === 'heading' && s.level !== undefined && s.level <= partLevel) part = s.level === partLevel ? s.text : undefined
      if (s === sentence) return part
    }
    return undefined
  }
  const squash = (text: string) => text.toLowerCase().replace(/[`*_]/g, '').replace(/\s+/g, ' ')
  const quoted = graded.flatMap((g) =>
    Object.entries(g.label.evidence ?? {})
      .filter(([point]) => g.label.points[point] && g.quotes.has(point))
      .map(([point, evidence]) => [`${g.file} ${point}`, g, point, evidence] as const),
  )
  it.each(quoted)('quotes the evidence for %s, or a sentence in its part', (_, g, point, evidence) => {
    const quote = g.sentences.find((s) => s.text === g.quotes.get(point))
    expect(quote, `${g.quotes.get(point)}`).toBeDefined()
    const holders = g.sentences.filter((s) => squash(s.text).includes(squash(evidence).slice(0, 40)))
    if (holders.length === 0 || holders.some((h) => partOf(g.sentences, h) === undefined)) return // evidence across sentences, or outside the parts
    if (holders.includes(quote!)) return
    // The quote stands in the reader's part, or in the part of the answer this criterion asks for
    // (the reader sometimes credits a point made elsewhere; the engine quotes it where it belongs).
    const criterion = productSenseRubrics[`${g.scenario}/product-sense`].criteria.find((c) => c.id === point.split('/')[0])!
    const quotePart = partOf(g.sentences, quote!)
    const ownPart = quotePart !== undefined && (criterion.headings ?? []).some((h) => quotePart.toLowerCase().includes(h.split(' + ')[0].replace(/ /g, '')) || quotePart.toLowerCase().includes(h))
    // Text before the first part (a preamble) belongs to no part, so it is no other part's sentence either.
    if (ownPart || quotePart === undefined) return
    expect(quotePart, `quoted "${quote!.text}" for "${evidence}"`).toBe(partOf(g.sentences, holders[0]))
  })
})
