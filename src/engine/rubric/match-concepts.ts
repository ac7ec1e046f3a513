import { tokensOf, type Sentence } from './markdown-sentences'
import { normalizeWords, tokenize, type Token } from './normalize'

/**
 * Finding a concept in an answer: phrase matching on stemmed whole words, with a negation
 * check in the same clause. Heuristic on purpose (no network, no model): the quoted sentence
 * lets the learner see why a concept counted, and the negation rules are tested one by one.
 */

export interface PreparedSentence {
  sentence: Sentence
  tokens: Token[]
}

/** A synonym as token phrases; all must appear (un-negated) in one sentence. */
export type PreparedSynonym = string[][]

export interface ConceptMatch {
  /** First sentence (prose before headings) with an un-negated mention. */
  sentence?: Sentence
  /** First sentence whose only mentions are negated, when there is no un-negated one. */
  negatedSentence?: Sentence
}

/** Tokens before a mention that negate it ("not", "no", "never", "without", "ignoring"). */
const NEGATION_CUES = new Set(['not', 'no', 'never', 'without', 'ignor', 'neither', 'nor', 'none', 'nobody', 'nothing'])
const NEGATION_PAIRS = [['rather', 'than'], ['instead', 'of']]
/** How many tokens before a mention a cue may stand and still negate it. */
const NEGATION_WINDOW = 6
/**
 * Words right after a cue that make it a statement about change or amount, not a dismissal:
 * "should not decrease", "no more than 2%", "not only", "no significant drop in retention".
 */
const NOT_A_DISMISSAL = new Set(
  ['increase', 'decrease', 'drop', 'rise', 'grow', 'fall', 'fell', 'regress', 'degrade', 'harm', 'hurt', 'worsen', 'decline', 'reduce',
    'exceed', 'go', 'change', 'move', 'more', 'less', 'fewer', 'only', 'just', 'later', 'earlier', 'longer', 'shorter', 'below', 'above',
    'significant', 'significantly', 'statistically', 'lower', 'higher', 'than', 'matter', 'doubt', 'surprise'].map((w) => normalizeWords(w)[0]),
)
/** Phrases after a mention that dismiss it: "guardrails are not needed", "novelty can be ignored". */
const DISMISSALS = [
  'not need', 'not needed', 'not necessary', 'not required', 'not relevant', 'not important', 'not matter', 'not worth',
  'unnecessary', 'irrelevant', 'not a concern', 'not an issue', 'not the issue', 'not the problem', 'not the cause', 'not a factor',
  'out of scope', 'be ignored', 'we ignore', 'overkill', 'not apply',
].map(normalizeWords)

export function prepareSentences(sentences: readonly Sentence[]): PreparedSentence[] {
  return sentences.map((sentence) => ({ sentence, tokens: tokensOf(sentence) }))
}

export function prepareSynonym(synonym: string): PreparedSynonym {
  return synonym
    .split(' + ')
    .map((part) => normalizeWords(part))
    .filter((words) => words.length > 0)
}

/**
 * Where the concept shows in the answer. Synonyms are tried in the order the rubric lists them
 * (most telling first), over prose, list items and table cells, so the quoted sentence is the one
 * that says it best rather than the first passing mention. A heading alone never covers a point:
 * "## Incrementality" names the question's topic, it says nothing about it. With `keepNegation`
 * (a point that is itself a limit: "attribution is not causal"), a negation states the point.
 */
export function findConcept(synonyms: readonly PreparedSynonym[], sentences: readonly PreparedSentence[], options: { keepNegation?: boolean } = {}): ConceptMatch {
  let negatedSentence: Sentence | undefined
  const prose = sentences.filter((s) => s.sentence.kind !== 'heading')
  for (const synonym of synonyms) {
    for (const s of prose) {
      const state = matchSynonym(synonym, s.tokens)
      if (state === 'present' || (state === 'negated' && options.keepNegation)) return { sentence: s.sentence }
      if (state === 'negated' && !negatedSentence) negatedSentence = s.sentence
    }
  }
  return { negatedSentence }
}

/** Does the synonym (every " + " part) appear un-negated in these tokens? */
export function sentenceHas(synonym: PreparedSynonym, tokens: readonly Token[]): boolean {
  return matchSynonym(synonym, tokens) === 'present'
}

/** Words that make a sentence the test's decision: "compare X", "see if X goes up", "pick the one with the higher X". */
const DECISION_CUES = ['compare', 'comparison', 'see if', 'see whether', 'check if', 'check whether', 'check which', 'pick', 'choose', 'decide', 'ship if', 'launch if', 'win', 'winner'].map(normalizeWords)

/**
 * The sentence that decides the test on one of the metric names: the primary metric, even
 * when the answer never says "primary". A vague outcome ("see if engagement goes up") names
 * no metric of the scenario, so it does not count.
 */
export function findDecisionMetric(metrics: readonly PreparedSynonym[], sentences: readonly PreparedSentence[]): Sentence | undefined {
  for (const s of sentences) {
    if (s.sentence.kind === 'heading') continue
    if (!DECISION_CUES.some((cue) => matchPhrase(cue, s.tokens) === 'present')) continue
    if (metrics.some((m) => sentenceHas(m, s.tokens))) return s.sentence
  }
  return undefined
}

type MatchState = 'absent' | 'negated' | 'present'

function matchSynonym(parts: PreparedSynonym, tokens: readonly Token[]): MatchState {
  let sawNegated = false
  for (const phrase of parts) {
    const state = matchPhrase(phrase, tokens)
    if (state === 'absent') return 'absent'
    if (state === 'negated') sawNegated = true
  }
  return sawNegated ? 'negated' : 'present'
}

function matchPhrase(phrase: readonly string[], tokens: readonly Token[]): MatchState {
  let result: MatchState = 'absent'
  for (let start = 0; start + phrase.length <= tokens.length; start++) {
    if (!phrase.every((w, k) => tokens[start + k].word === w)) continue
    if (!isNegated(tokens, start, start + phrase.length)) return 'present'
    result = 'negated'
  }
  return result
}

/** Is the mention at tokens[start, end) negated within its clause? */
export function isNegated(tokens: readonly Token[], start: number, end: number): boolean {
  const clause = tokens[start].clause
  for (let i = start - 1; i >= 0 && i >= start - NEGATION_WINDOW && tokens[i].clause === clause; i--) {
    const cue = NEGATION_CUES.has(tokens[i].word) || NEGATION_PAIRS.some(([a, b]) => tokens[i].word === b && tokens[i - 1]?.word === a)
    if (!cue) continue
    const after = tokens.slice(i + 1, Math.min(start, i + 4)).map((t) => t.word)
    if (!after.some((w) => NOT_A_DISMISSAL.has(w))) return true
  }
  for (let j = end; j < tokens.length && j < end + NEGATION_WINDOW && tokens[j].clause === clause; j++) {
    if (DISMISSALS.some((d) => d.every((w, k) => tokens[j + k]?.word === w && tokens[j + k].clause === clause))) return true
  }
  return false
}

/** The label rules of a concept, prepared once. */
export interface PreparedRules {
  labels: PreparedSynonym[]
  needs?: 'direction' | 'number'
  cues: Set<string>
  minTreatmentArms?: number
}

/** Words that say which way a metric moves: what makes a change a hypothesis. */
const DIRECTION_WORDS = new Set(
  ['increase', 'increases', 'decrease', 'raise', 'raises', 'lift', 'lifts', 'improve', 'improves', 'reduce', 'reduces', 'lower', 'lowers', 'cut', 'cuts',
    'grow', 'grows', 'rise', 'rises', 'drop', 'drops', 'fall', 'boost', 'more', 'fewer', 'less', 'higher', 'better', 'faster', 'slower', 'shorter',
    'longer', 'up', 'down', 'worse', 'closer', 'recover', 'win back', 'shrink'].map((w) => normalizeWords(w)[0]),
)

export function prepareRules(concept: { labels?: string[]; labelNeeds?: 'direction' | 'number'; directionCues?: string[]; minTreatmentArms?: number }): PreparedRules {
  return {
    labels: (concept.labels ?? []).map(prepareSynonym),
    needs: concept.labelNeeds,
    cues: new Set((concept.directionCues ?? []).map((w) => normalizeWords(w)[0])),
    minTreatmentArms: concept.minTreatmentArms,
  }
}

const labelTokens = new Map<string, Token[]>()
function tokensOfLabel(label: string): Token[] {
  let tokens = labelTokens.get(label)
  if (!tokens) {
    tokens = tokenize(label)
    if (labelTokens.size > 500) labelTokens.clear()
    labelTokens.set(label, tokens)
  }
  return tokens
}

/** A label names the concept: short (a label, not a sentence) and holding every word of one alternative. */
export function labelMatches(label: string | undefined, alternatives: readonly PreparedSynonym[]): boolean {
  if (!label) return false
  const tokens = tokensOfLabel(label)
  if (tokens.length === 0 || tokens.length > 6) return false
  return alternatives.some((alt) => alt.every((phrase) => matchPhrase(phrase, tokens) === 'present'))
}

const hasDirection = (tokens: readonly Token[]) => tokens.some((t, i) => DIRECTION_WORDS.has(t.word) && !isNegated(tokens, i, i + 1))
const hasNumber = (tokens: readonly Token[]) => tokens.some((t) => /^\d/.test(t.word))
/** A sentence that is only its label ("Hypothesis."), with nothing to quote. */
const isLabelOnly = (s: PreparedSentence) => s.sentence.label !== undefined && tokensOfLabel(s.sentence.label).length >= s.tokens.length

/**
 * The concept read as an interviewer reads a structured answer: a line labelled for it (or under a
 * heading for it) that says what the label promises, or, for a hypothesis, a cue word ("expect")
 * with a direction in one sentence. Returns the sentence to quote: the labelled content, never the bare label.
 */
export function findConceptByRules(rules: PreparedRules, sentences: readonly PreparedSentence[]): Sentence | undefined {
  const holds = (s: PreparedSentence) => (rules.needs === 'direction' ? hasDirection(s.tokens) : rules.needs === 'number' ? hasNumber(s.tokens) : s.tokens.length > 0)
  if (rules.labels.length > 0) {
    for (const s of sentences) {
      if (s.sentence.kind === 'heading' || isLabelOnly(s)) continue
      if ((labelMatches(s.sentence.label, rules.labels) || labelMatches(s.sentence.section, rules.labels)) && holds(s)) return s.sentence
    }
  }
  if (rules.cues.size > 0) {
    for (const s of sentences) {
      const cue = s.tokens.findIndex((t) => rules.cues.has(t.word))
      if (cue >= 0 && !isNegated(s.tokens, cue, cue + 1) && s.tokens.slice(cue + 1).some((t) => DIRECTION_WORDS.has(t.word))) return s.sentence
    }
  }
  if (rules.minTreatmentArms) {
    // "Treatment B" (or "Treatment 2") is the second treatment arm: naming it implies the first.
    for (const s of sentences) {
      for (const m of s.sentence.text.matchAll(/\b[Tt]reatment\s+(?:arm\s+)?([A-Z]|[1-9])\b/g)) {
        const index = /\d/.test(m[1]) ? Number(m[1]) : m[1].charCodeAt(0) - 64
        if (index >= rules.minTreatmentArms) return s.sentence
      }
    }
  }
  return undefined
}
