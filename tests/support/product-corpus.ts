/**
 * Grading a labelled corpus of product-sense answers (`<root>/<scenario>/*.md` with
 * `<root>/labels.json` by a second reader) and comparing the engine with the reader, point by point.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { gradeProductAnswer, splitMarkdownSentences, type Sentence } from '../../src/engine/rubric'
import { productSenseRubrics } from './scenario-content'

export interface CorpusLabel {
  verdict: 'strong' | 'medium' | 'weak'
  /** `<criterionId>/<conceptId>`: whether the reader found the point made. */
  points: Record<string, boolean>
  evidence?: Record<string, string>
  note?: string
}

export interface GradedAnswer {
  file: string
  scenario: string
  label: CorpusLabel
  verdict: 'accepted' | 'rejected'
  covered: Set<string>
  quotes: Map<string, string>
  feedback: string[]
  /** The answer as the engine reads it: headings, list items, table cells and prose sentences. */
  sentences: Sentence[]
}

export interface Confusion {
  tp: number
  fn: number
  fp: number
  tn: number
  verdicts: Record<CorpusLabel['verdict'], { accepted: number; rejected: number }>
}

/** Grades every labelled answer under `root`; throws for an answer without a label. */
export function gradeCorpus(root: URL): { labels: Record<string, CorpusLabel>; scenarios: string[]; graded: GradedAnswer[] } {
  const labels = JSON.parse(readFileSync(new URL('labels.json', root), 'utf8')) as Record<string, CorpusLabel>
  const scenarios = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
  const graded = scenarios.flatMap((scenario) =>
    readdirSync(new URL(`${scenario}/`, root))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((name): GradedAnswer => {
        const file = `${scenario}/${name}`
        const label = labels[file]
        if (!label) throw new Error(`no label for ${file}`)
        const markdown = readFileSync(new URL(file, root), 'utf8')
        const { result, grade } = gradeProductAnswer(productSenseRubrics[`${scenario}/product-sense`], markdown)
        const covered = new Set(result.criteria.flatMap((c) => c.covered.map((k) => `${c.id}/${k.concept.id}`)))
        const quotes = new Map(result.criteria.flatMap((c) => c.covered.map((k) => [`${c.id}/${k.concept.id}`, k.sentence] as const)))
        return { file, scenario, label, verdict: grade.verdict, covered, quotes, feedback: grade.feedback, sentences: splitMarkdownSentences(markdown) }
      }),
  )
  return { labels, scenarios, graded }
}

export function confusionOf(items: readonly GradedAnswer[]): Confusion {
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

/** One line of figures: counts, false-miss and false-credit rates, verdicts by the reader's quality. */
export function describeConfusion(name: string, c: Confusion): string {
  const v = c.verdicts
  return (
    `${name.padEnd(16)} TP ${String(c.tp).padStart(3)}  FN ${String(c.fn).padStart(2)}  FP ${String(c.fp).padStart(2)}  TN ${String(c.tn).padStart(3)}  ` +
    `false-miss ${rate(c.fn, c.tp + c.fn).padStart(5)}  false-credit ${rate(c.fp, c.fp + c.tn).padStart(5)}  ` +
    `strong ${v.strong.accepted}/${v.strong.accepted + v.strong.rejected} accepted, medium ${v.medium.accepted}/${v.medium.accepted + v.medium.rejected} accepted, ` +
    `weak ${v.weak.rejected}/${v.weak.accepted + v.weak.rejected} rejected`
  )
}

/** Every point where the engine and the reader disagree, with the sentence the engine credited. */
export function listDisagreements(graded: readonly GradedAnswer[]): string[] {
  return graded.flatMap((g) =>
    Object.entries(g.label.points)
      .filter(([point, made]) => made !== g.covered.has(point))
      .map(([point, made]) => `  ${g.file} ${point}: ${made ? 'missed' : `credited from "${g.quotes.get(point)}"`}`),
  )
}
