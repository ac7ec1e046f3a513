import type { Check, Grade } from '../types'
import { assessExperimentLength } from './experiment-length'
import { splitMarkdownSentences } from './markdown-sentences'
import { findConcept, findConceptByRules, labelMatches, prepareRules, prepareSentences, prepareSynonym } from './match-concepts'
import type { Concept, ConceptRef, CriterionResult, Rubric, RubricResult, ScoreRubricOptions } from './types'

/**
 * Grade a Markdown product-sense answer against a rubric: which concepts each criterion's
 * answer covers (quoting the sentence that shows each), which it misses, and a score.
 *
 * - criterion score = weighted share of its concepts covered (concept weight defaults to 1);
 * - score = floor(100 x sum(criterion weight x criterion share) / sum(criterion weights));
 * - verdict = accepted when score >= passMark, no `required` concept is missing and, when
 *   `sampleSizeDays` is given, the answer does not state a test length shorter than it;
 * - a mention negated in its own clause ("we would not look at retention") does not count,
 *   and the feedback says so.
 */
export function scoreRubric(rubric: Rubric, markdown: string, options: ScoreRubricOptions = {}): RubricResult {
  const sentences = prepareSentences(splitMarkdownSentences(markdown))
  const labelOwners = labelOwnersOf(rubric)
  const shares = new Map<string, number>()
  const criteria: CriterionResult[] = rubric.criteria.map((criterion, index) => {
    // A line labelled for another part's point ("Guardrails: time spent, crash rate") says that
    // point, not this part's: its crash rate is a guardrail, not a root cause.
    const own = sentences.filter((s) => !s.sentence.label || !labelOwners.some((o) => o.criterion !== index && o.matches(s.sentence.label!)))
    const result: CriterionResult = { id: criterion.id, title: criterion.title, weight: criterion.weight, covered: [], missing: [], negated: [], score: 0 }
    let total = 0
    let got = 0
    for (const concept of criterion.concepts) {
      const weight = concept.weight ?? 1
      total += weight
      const ruled = findConceptByRules(prepareRules(concept), own)
      const match = ruled ? { sentence: ruled } : findConcept(concept.synonyms.map(prepareSynonym), own)
      const ref = toRef(concept)
      if (match.sentence) {
        got += weight
        result.covered.push({ concept: ref, sentence: match.sentence.text })
      } else {
        result.missing.push(ref)
        if (match.negatedSentence) result.negated.push({ concept: ref, sentence: match.negatedSentence.text })
      }
    }
    const share = total > 0 ? got / total : 1
    shares.set(criterion.id, share)
    result.score = Math.floor(100 * share + 1e-9)
    return result
  })
  const weightSum = criteria.reduce((s, c) => s + c.weight, 0)
  const exact = weightSum > 0 ? criteria.reduce((s, c) => s + c.weight * shares.get(c.id)!, 0) / weightSum : 1
  const score = Math.floor(100 * exact + 1e-9)
  const missingRequired = criteria.flatMap((c) => c.missing.filter((m) => m.required))
  const length =
    options.minimumExperimentDays !== undefined
      ? assessExperimentLength(markdown, options.minimumExperimentDays, { sampleDays: options.sampleSizeDays, basis: options.experimentBasis })
      : undefined
  // A test planned too short to reach its sample size is a flaw an interviewer would not let
  // pass; a missing length is not rejected here, since the duration concept already costs score.
  const underpowered = length?.underpowered === true
  const verdict = score >= rubric.passMark && missingRequired.length === 0 && !underpowered ? 'accepted' : 'rejected'
  const result: RubricResult = { rubricId: rubric.id, score, passMark: rubric.passMark, verdict, criteria, missingRequired, feedback: [] }
  if (length) result.experimentLength = length.check
  result.feedback = describeResult(result, sentences.length === 0, underpowered)
  return result

}

function labelOwnersOf(rubric: Rubric): { criterion: number; matches: (label: string) => boolean }[] {
  return rubric.criteria.flatMap((c, criterion) =>
    c.concepts.filter((k) => k.labels && k.labels.length > 0).map((k) => {
      const rules = prepareRules(k)
      return { criterion, matches: (label: string) => labelMatches(label, rules.labels) }
    }),
  )
}

function toRef(concept: Concept): ConceptRef {
  return { id: concept.id, label: concept.label, required: concept.required === true }
}

/** Feedback in the order a learner can act on it: verdict line, gaps per part, negations, test length. */
function describeResult(r: RubricResult, empty: boolean, underpowered: boolean): string[] {
  if (empty) return ['Your answer is empty: write your metrics, root-cause hypotheses and test design in Markdown.']
  const lines: string[] = []
  const coveredCount = r.criteria.reduce((s, c) => s + c.covered.length, 0)
  const conceptCount = r.criteria.reduce((s, c) => s + c.covered.length + c.missing.length, 0)
  // The verdict first, then the reason: "Rejected: covers 16 of 20 points (score 82, above the 60
  // needed), but the test plan cannot reach its own sample size" never reads like a pass.
  const verdictWord = r.verdict === 'accepted' ? 'Accepted' : 'Rejected'
  const reached = r.score >= r.passMark
  const head = `${verdictWord}: your answer covers ${coveredCount} of ${conceptCount} rubric points (score ${r.score}, ${reached ? (r.verdict === 'accepted' ? `${r.passMark} needed` : `above the ${r.passMark} needed`) : `${r.passMark} needed`})`
  if (r.verdict === 'accepted' || !reached) lines.push(`${head}.`)
  else if (r.missingRequired.length > 0) lines.push(`${head}, but it leaves out what every answer needs: ${joinWords(r.missingRequired.map((m) => m.label))}.`)
  else if (underpowered) lines.push(`${head}, but the test plan cannot reach its own sample size in the time it runs.`)
  else lines.push(`${head}.`)
  // The reason for a rejection comes right after the verdict line, not at the end.
  if (underpowered && r.experimentLength) lines.push(r.experimentLength.message)
  // Weakest parts first: that is where the learner gains most.
  const byGap = [...r.criteria].sort((a, b) => a.score - b.score || b.weight - a.weight)
  for (const c of byGap) {
    if (c.missing.length === 0) continue
    const labels = joinWords(c.missing.map((m) => (m.required ? `${m.label} (required)` : m.label)))
    if (c.covered.length === 0) lines.push(`${c.title}: nothing in your answer addresses this part yet; it should cover ${labels}.`)
    else lines.push(`${c.title}: ${r.verdict === 'accepted' ? 'to make it stronger, add' : 'missing'} ${labels}.`)
  }
  for (const c of r.criteria) {
    for (const n of c.negated) lines.push(`You mention ${n.concept.label} only to set it aside ("${n.sentence}"); a strong answer addresses it.`)
  }
  if (!underpowered && r.experimentLength && r.experimentLength.status !== 'pass') lines.push(r.experimentLength.message)
  return lines
}

function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/**
 * The rubric result as the engine's `Grade`: one check per criterion (`criterion:<id>`,
 * `pass` when it reaches the pass mark with nothing required missing; the message lists what
 * it covers, quoting the sentences, and what it misses), plus the experiment-length check when
 * it was asked for.
 */
export function toGrade(result: RubricResult): Grade {
  const checks: Check[] = result.criteria.map((c) => {
    const pass = c.score >= result.passMark && !c.missing.some((m) => m.required)
    const covered = c.covered.map((k) => `${k.concept.label} ("${k.sentence}")`)
    const parts = [
      covered.length > 0 ? `covers ${covered.join('; ')}` : 'covers none of its points',
      c.missing.length > 0 ? `misses ${joinWords(c.missing.map((m) => m.label))}` : '',
    ].filter(Boolean)
    return { id: `criterion:${c.id}`, status: pass ? 'pass' : 'fail', message: `${c.title} (${c.score}%): ${parts.join('; ')}.` }
  })
  if (result.experimentLength) checks.push(result.experimentLength)
  return { verdict: result.verdict, score: result.score, checks, feedback: result.feedback }
}

/**
 * A whole example answer at one anchor level: each criterion's anchor under its title.
 * The app can show it beside the learner's answer; tests grade it.
 */
export function composeAnchorAnswer(rubric: Rubric, level: 'strong' | 'medium' | 'weak'): string {
  return rubric.criteria.map((c) => `## ${c.title}\n\n${c.anchors[level].trim()}\n`).join('\n')
}
