/**
 * Text -> comparable tokens. Answer sentences and rubric synonyms go through the same steps,
 * so a stem only has to be consistent, not linguistically right: lower case, contractions
 * spelled out ("don't" -> "do not"), British -ise/-our spellings folded to American, number
 * words to digits ("two weeks" -> "2 week", "a week" -> "1 week"), light stemming of plurals
 * and -ing/-ed endings. Each token carries a clause index so negation stays within its clause.
 */

export interface Token {
  word: string
  /** Tokens with the same clause index are in the same clause (split at , ; ( ) - and "but"). */
  clause: number
}

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
}
const CLAUSE_WORDS = new Set(['but', 'however', 'although', 'though', 'whereas', 'except', 'unlike'])
/** Words the suffix rules would damage or that must stay distinct. */
const STEM_EXCEPTIONS: Record<string, string> = { ads: 'ad', news: 'news', data: 'data', was: 'was', has: 'has', does: 'do', less: 'less' }
const TIME_UNITS = new Set(['day', 'week', 'month', 'fortnight', 'hour', 'year', 'quarter'])

/** Light suffix stripping: plurals, -ing, -ed, final -e. Consistent, not linguistically exact. */
export function stem(word: string): string {
  const exception = STEM_EXCEPTIONS[word]
  if (exception) return exception
  if (word.length <= 3 || /\d/.test(word)) return word
  let w = word
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y'
  else if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1)
  if (w.endsWith('ing') && w.length >= 6) w = undouble(w.slice(0, -3))
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y'
  else if (w.endsWith('ed') && w.length >= 5) w = undouble(w.slice(0, -2))
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1)
  return w
}

function undouble(w: string): string {
  return /([bdgmnprt])\1$/.test(w) ? w.slice(0, -1) : w
}

function spellOut(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bcan't\b/g, 'can not')
    .replace(/\bcannot\b/g, 'can not')
    .replace(/\bshan't\b/g, 'shall not')
    .replace(/n't\b/g, ' not')
    .replace(/'s\b/g, '')
    .replace(/'d\b/g, ' would')
    .replace(/'ll\b/g, ' will')
    .replace(/'re\b/g, ' are')
    .replace(/'ve\b/g, ' have')
    .replace(/'m\b/g, ' am')
    .replace(/\bno\.\s/g, 'number ')
    .replace(/(^|\s)#(?=\s*[a-z])/g, '$1number ')
    .replace(/%/g, ' percent ')
    // "pre-loading" is the change, not "loading"; "re-ranking" is not "ranking".
    .replace(/\b(pre|re|non|co|un)-(?=[a-z])/g, '$1')
    .replace(/\banalys(e|ed|es|ing)\b/g, 'analyz$1')
    .replace(/\b([a-z]{3,})is(e|ed|es|ing|ation|ations|er|ers)\b/g, '$1iz$2')
    .replace(/\b(behavi|favo|colo|labo|neighbo)ur/g, '$1or')
}

/** Tokens of a sentence or synonym, with clause indexes. */
export function tokenize(text: string): Token[] {
  const raw: Token[] = []
  let clause = 0
  const pattern = /(\d+(?:\.\d+)?)|([a-z][a-z0-9]*)|([,;()[\]\u2014\u2013!?]|\s-\s|\.(?!\d))/g
  const spelled = spellOut(text)
  for (let m = pattern.exec(spelled); m; m = pattern.exec(spelled)) {
    if (m[3]) {
      clause++
      continue
    }
    const word = m[1] ?? m[2]
    if (CLAUSE_WORDS.has(word)) clause++
    raw.push({ word, clause })
  }
  // Number words -> digits ("twenty one" -> 21), then stems, then "a week" -> "1 week".
  const numbered: Token[] = []
  for (const t of raw) {
    const value = NUMBER_WORDS[t.word]
    const previous = numbered[numbered.length - 1]
    if (value !== undefined && previous && value < 10 && /^[2-9]0$/.test(previous.word) && previous.clause === t.clause && value > 0) {
      previous.word = String(Number(previous.word) + value)
      continue
    }
    numbered.push({ word: value !== undefined ? String(value) : stem(t.word), clause: t.clause })
  }
  for (let i = 0; i + 1 < numbered.length; i++) {
    const next = numbered[i + 2] && numbered[i + 1].word === 'full' ? numbered[i + 2] : numbered[i + 1]
    if ((numbered[i].word === 'a' || numbered[i].word === 'an') && TIME_UNITS.has(next.word)) numbered[i].word = '1'
  }
  return numbered
}

/** Just the words of `tokenize`. */
export function normalizeWords(text: string): string[] {
  return tokenize(text).map((t) => t.word)
}
