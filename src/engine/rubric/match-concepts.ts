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
/** Prepositions that end the noun phrase a "no" negates ("no touch | in the window"). */
const PLACE_PREPOSITIONS = new Set(['in', 'inside', 'outside', 'on', 'at', 'within', 'during', 'after', 'before', 'from', 'across', 'per', 'via', 'through', 'between'])
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
export function findConcept(
  synonyms: readonly PreparedSynonym[],
  sentences: readonly PreparedSentence[],
  options: { keepNegation?: boolean; notInClauseWith?: readonly string[][] } = {},
): ConceptMatch {
  let negatedSentence: Sentence | undefined
  const prose = sentences.filter((s) => s.sentence.kind !== 'heading')
  for (const synonym of synonyms) {
    for (const s of prose) {
      const state = matchSynonym(synonym, s.tokens, options.notInClauseWith)
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
const DECISION_CUES = ['compare', 'comparison', 'see if', 'see whether', 'see which', 'which one', 'whichever', 'check if', 'check whether', 'check which', 'pick', 'choose', 'decide', 'ship if', 'launch if', 'win', 'winner'].map(normalizeWords)

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

/** Does the clause hold one of the phrases? */
function clauseHasAny(tokens: readonly Token[], clause: number, phrases: readonly string[][]): boolean {
  const words = tokens.filter((t) => t.clause === clause)
  return phrases.some((p) => findPhrase(p, words) >= 0)
}

/** Where the phrase first starts in the tokens, or -1. */
function findPhrase(phrase: readonly string[], tokens: readonly Token[]): number {
  for (let start = 0; start + phrase.length <= tokens.length; start++) {
    if (phrase.every((w, k) => tokens[start + k].word === w)) return start
  }
  return -1
}

function matchSynonym(parts: PreparedSynonym, tokens: readonly Token[], exclude?: readonly string[][]): MatchState {
  let sawNegated = false
  for (const phrase of parts) {
    const state = matchPhrase(phrase, tokens, exclude)
    if (state === 'absent') return 'absent'
    if (state === 'negated') sawNegated = true
  }
  return sawNegated ? 'negated' : 'present'
}

function matchPhrase(phrase: readonly string[], tokens: readonly Token[], exclude?: readonly string[][]): MatchState {
  let result: MatchState = 'absent'
  for (let start = 0; start < tokens.length; start++) {
    const end = phraseEnd(phrase, tokens, start)
    if (end < 0) continue
    if (exclude && exclude.length > 0 && clauseHasAny(tokens, tokens[start].clause, exclude)) continue
    if (!isNegated(tokens, start, end)) return 'present'
    result = 'negated'
  }
  return result
}

/** Particles of phrasal verbs: "rule them out", "break it down", "roll the change back". */
const PARTICLES = new Set(['out', 'up', 'down', 'off', 'back', 'over'])

/**
 * Where the phrase ends when it starts at `start`, or -1. Words follow each other, except that
 * a phrase of three words or more lets one word in between its words ("videos started per
 * session", "cost per attributed conversion") and a phrasal verb lets its object in before the
 * particle ("rule things out"), all in one clause.
 */
function phraseEnd(phrase: readonly string[], tokens: readonly Token[], start: number): number {
  if (tokens[start].word !== phrase[0]) return -1
  let at = start
  for (let k = 1; k < phrase.length; k++) {
    const gap = phrase.length >= 3 ? 1 : phrase.length === 2 && PARTICLES.has(phrase[1]) ? 2 : 0
    let next = -1
    for (let j = at + 1; j <= at + 1 + gap && j < tokens.length && tokens[j].clause === tokens[start].clause; j++) {
      if (tokens[j].word === phrase[k]) {
        next = j
        break
      }
    }
    if (next < 0) return -1
    at = next
  }
  return at + 1
}

/** Is the mention at tokens[start, end) negated within its clause? */
export function isNegated(tokens: readonly Token[], start: number, end: number): boolean {
  const clause = tokens[start].clause
  for (let i = start - 1; i >= 0 && i >= start - NEGATION_WINDOW && tokens[i].clause === clause; i--) {
    const cue = NEGATION_CUES.has(tokens[i].word) || NEGATION_PAIRS.some(([a, b]) => tokens[i].word === b && tokens[i - 1]?.word === a)
    if (!cue) continue
    // "No" negates its noun, not a place or time after it: in "conversions with no touch in the
    // 7-day window" the window is not set aside.
    if (tokens[i].word === 'no' && tokens.slice(i + 1, start).some((t) => PLACE_PREPOSITIONS.has(t.word))) continue
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
  /** Cue phrases ("expect", "will probably"), each as tokens. */
  cues: string[][]
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
    cues: (concept.directionCues ?? []).map((w) => normalizeWords(w)).filter((w) => w.length > 0),
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
  if (rules.cues.length > 0) {
    // A cue ("expect", "my hypothesis is", "will probably") with a direction after it, in one sentence.
    for (const s of sentences) {
      for (const cue of rules.cues) {
        const at = findPhrase(cue, s.tokens)
        if (at < 0 || isNegated(s.tokens, at, at + cue.length)) continue
        if (s.tokens.slice(at + cue.length).some((t) => DIRECTION_WORDS.has(t.word))) return s.sentence
      }
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
