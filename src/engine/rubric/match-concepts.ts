import type { Sentence } from './markdown-sentences'
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

export function prepareSentences(sentences: Sentence[]): PreparedSentence[] {
  return sentences.map((sentence) => ({ sentence, tokens: tokenize(sentence.text) }))
}

export function prepareSynonym(synonym: string): PreparedSynonym {
  return synonym
    .split(' + ')
    .map((part) => normalizeWords(part))
    .filter((words) => words.length > 0)
}

/**
 * Where the concept shows in the answer. Synonyms are tried in the order the rubric lists them
 * (most telling first), over prose and list items before headings, so the quoted sentence is
 * the one that says it best rather than the first passing mention.
 */
export function findConcept(synonyms: readonly PreparedSynonym[], sentences: readonly PreparedSentence[]): ConceptMatch {
  let negatedSentence: Sentence | undefined
  for (const pass of [sentences.filter((s) => s.sentence.kind !== 'heading'), sentences.filter((s) => s.sentence.kind === 'heading')]) {
    for (const synonym of synonyms) {
      for (const s of pass) {
        const state = matchSynonym(synonym, s.tokens)
        if (state === 'present') return { sentence: s.sentence }
        if (state === 'negated' && !negatedSentence) negatedSentence = s.sentence
      }
    }
  }
  return { negatedSentence }
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
