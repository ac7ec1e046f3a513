import type { Check, Grade } from '../types'
import { assessExperimentLength, findExperimentDuration } from './experiment-length'
import { sentencesOf, type Sentence } from './markdown-sentences'
import { findConcept, findConceptByRules, findDecisionMetric, labelMatches, prepareRules, prepareSentences, prepareSynonym, sentenceHas, type PreparedRules, type PreparedSentence, type PreparedSynonym } from './match-concepts'
import { normalizeWords } from './normalize'
import type { Concept, ConceptRef, CriterionResult, Rubric, RubricResult, ScoreRubricOptions } from './types'

interface PreparedConcept {
  concept: Concept
  ref: ConceptRef
  weight: number
  synonyms: PreparedSynonym[]
  rules: PreparedRules
  decisionMetrics: PreparedSynonym[]
  notInClauseWith: string[][]
}

/** A rubric's synonyms, labels and heading words as tokens: built once per rubric object, not per grade. */
interface PreparedRubric {
  criteria: { concepts: PreparedConcept[]; headings: PreparedSynonym[] }[]
  labelOwners: { criterion: number; labels: PreparedSynonym[] }[]
}

const prepared = new WeakMap<Rubric, PreparedRubric>()

function prepareRubric(rubric: Rubric): PreparedRubric {
  let p = prepared.get(rubric)
  if (p) return p
  p = {
    criteria: rubric.criteria.map((c) => ({
      headings: (c.headings ?? []).map(prepareSynonym),
      concepts: c.concepts.map((k) => ({
        concept: k,
        ref: toRef(k),
        weight: k.weight ?? 1,
        synonyms: k.synonyms.map(prepareSynonym),
        rules: prepareRules(k),
        decisionMetrics: (k.decisionMetrics ?? []).map(prepareSynonym),
        notInClauseWith: (k.notInClauseWith ?? []).map((w) => normalizeWords(w)),
      })),
    })),
    labelOwners: rubric.criteria.flatMap((c, criterion) =>
      c.concepts.filter((k) => k.labels && k.labels.length > 0).map((k) => ({ criterion, labels: prepareRules(k).labels })),
    ),
  }
  prepared.set(rubric, p)
  return p
}

/**
 * Grade a Markdown product-sense answer against a rubric: which concepts each criterion's
 * answer covers (quoting the sentence that shows each), which it misses, and a score.
 *
 * - criterion score = weighted share of its concepts covered (concept weight defaults to 1);
 * - score = floor(100 x sum(criterion weight x criterion share) / sum(criterion weights));
 * - verdict = accepted when score >= passMark, no `required` concept is missing and, when
 *   `sampleSizeDays` is given, the answer does not state a test length shorter than it;
 * - a mention negated in its own clause ("we would not look at retention") does not count,
 *   and the feedback says so;
 * - in an answer written in parts (headings the criteria's `headings` name), an `ownPartOnly`
 *   concept counts only in its own part; a heading alone never covers a point (it names a topic,
 *   it says nothing about it).
 *
 * `markdown` may be the answer's sentences, split once by the caller.
 */
export function scoreRubric(rubric: Rubric, markdown: string | readonly Sentence[], options: ScoreRubricOptions = {}): RubricResult {
  const rules = prepareRubric(rubric)
  const split = sentencesOf(markdown)
  const sentences = prepareSentences(split)
  const parts = assignParts(sentences, rules)
  const partOf = new Map(sentences.map((s, i) => [s, parts[i]] as const))
  const statedLength = findExperimentDuration(split)
  const shares = new Map<string, number>()
  const criteria: CriterionResult[] = rubric.criteria.map((criterion, index) => {
    // A line labelled for another part's point ("Guardrails: time spent, crash rate") says that
    // point, not this part's: its crash rate is a guardrail, not a root cause. Inside this
    // criterion's own part of the answer, its labels are read as written ("Average session duration").
    const own = sentences.filter((s, i) => {
      if (parts[i] === index) return true
      return !s.sentence.label || !rules.labelOwners.some((o) => o.criterion !== index && labelMatches(s.sentence.label, o.labels))
    })
    // The quote comes from the criterion's own part first, then from text outside any part, and
    // only then from another part: the sentence a learner should see is where they made the point.
    const tiersOf = (list: readonly PreparedSentence[]) =>
      [list.filter((s) => partOf.get(s) === index), list.filter((s) => partOf.get(s) === undefined), list.filter((s) => partOf.get(s) !== undefined && partOf.get(s) !== index)].filter((t) => t.length > 0)
    // Points whose words mean something else in another part (a breakdown in the metrics part is
    // not a test read by segment) count only in their own part, or where the answer has no parts.
    const inPart = own.filter((s) => {
      const part = partOf.get(s)
      return part === undefined || part === index
    })
    const result: CriterionResult = { id: criterion.id, title: criterion.title, weight: criterion.weight, covered: [], missing: [], negated: [], score: 0 }
    let total = 0
    let got = 0
    for (const k of rules.criteria[index].concepts) {
      total += k.weight
      const match: { sentence?: Sentence; negatedSentence?: Sentence } = {}
      for (const tier of tiersOf(k.concept.ownPartOnly ? inPart : own)) {
        const found = findConceptSentence(k, tier, statedLength?.sentence)
        const byWords = found ? { sentence: found } : findConcept(k.synonyms, tier, { keepNegation: k.concept.statesALimit === true, notInClauseWith: k.notInClauseWith })
        match.negatedSentence ??= byWords.negatedSentence
        if (byWords.sentence) {
          match.sentence = byWords.sentence
          break
        }
      }
      if (match.sentence) {
        got += k.weight
        result.covered.push({ concept: k.ref, sentence: match.sentence.text })
      } else {
        result.missing.push(k.ref)
        if (match.negatedSentence) result.negated.push({ concept: k.ref, sentence: match.negatedSentence.text })
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
      ? assessExperimentLength(split, options.minimumExperimentDays, { sampleDays: options.sampleSizeDays, basis: options.experimentBasis })
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

/** The sentence an interviewer's rule finds for the concept (label, cue, arms, stated length, decision), if any. */
function findConceptSentence(k: PreparedConcept, own: readonly PreparedSentence[], lengthSentence: string | undefined): Sentence | undefined {
  const ruled = findConceptByRules(k.rules, own)
  if (ruled) return ruled
  if (k.concept.statedLength && lengthSentence !== undefined) {
    const s = own.find((x) => x.sentence.text === lengthSentence)
    if (s) return s.sentence
  }
  if (k.decisionMetrics.length > 0) return findDecisionMetric(k.decisionMetrics, own)
  return undefined
}

/**
 * Which criterion's part each sentence is in, when the answer is written in parts. The part
 * headings are those at the one level where headings name at least two different criteria
 * (so a title "# Ads ROI: attribution, incrementality, window test" or a sub-heading
 * "### Hypothesis" inside the experiment does not move the part); a heading at that level
 * naming no single criterion ends the part.
 */
function assignParts(sentences: readonly PreparedSentence[], rules: PreparedRubric): (number | undefined)[] {
  const named = sentences.map((s) => {
    if (s.sentence.kind !== 'heading') return undefined
    const hits = rules.criteria.flatMap((c, i) => (c.headings.some((h) => sentenceHas(h, s.tokens)) ? [i] : []))
    return hits.length === 1 ? hits[0] : undefined
  })
  const levels = new Map<number, Set<number>>()
  sentences.forEach((s, i) => {
    const n = named[i]
    if (n === undefined || s.sentence.level === undefined) return
    if (!levels.has(s.sentence.level)) levels.set(s.sentence.level, new Set())
    levels.get(s.sentence.level)!.add(n)
  })
  const partLevel = [...levels.entries()].filter(([, set]) => set.size >= 2).map(([level]) => level).sort((a, b) => a - b)[0]
  if (partLevel === undefined) return sentences.map(() => undefined)
  let part: number | undefined
  return sentences.map((s, i) => {
    const level = s.sentence.level
    if (s.sentence.kind === 'heading' && level !== undefined && level <= partLevel) part = level === partLevel ? named[i] : undefined
    return part
  })
}

function toRef(concept: Concept): ConceptRef {
  return { id: concept.id, label: concept.label, required: concept.required === true, advice: `Add ${concept.label}.` }
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
