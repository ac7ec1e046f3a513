/**
 * Markdown -> sentences. List items, headings and table cells each count as (at least) one
 * sentence, because interview answers are mostly bullets; prose paragraphs are split at
 * sentence ends. Fenced code is left out: a product-sense rubric grades the words, not SQL.
 */

import { tokenize, type Token } from './normalize'

export type SentenceKind = 'heading' | 'list' | 'cell' | 'paragraph'

export interface Sentence {
  /** The sentence with Markdown markup removed, for quoting back to the learner. */
  text: string
  kind: SentenceKind
  /**
   * The label the line opens with, as an interviewer reads it: `**Hypothesis.** ...`,
   * `- Control: today's ranking`, `Treatment A: ...` give "Hypothesis", "Control", "Treatment A".
   * Every sentence of that paragraph or list item carries it.
   */
  label?: string
  /** The nearest heading above the sentence ("Hypothesis", "3. An experiment"). */
  section?: string
  /** For a heading, its level: 1 for `#`, 2 for `##`... */
  level?: number
}

const LIST_ITEM = /^(?:[-*+]|\d+[.)])\s+(.*)$/
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/
const RULE = /^(?:[-*_]\s*){3,}$/
const TABLE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/
/** Words that end with a full stop but do not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'vs', 'etc', 'approx', 'no', 'est', 'incl', 'cf', 'dr', 'mr', 'ms', 'avg', 'min', 'max', 'pct', 'n.b'])

const sentenceTokens = new WeakMap<Sentence, Token[]>()

/** A sentence's tokens, computed once per sentence however many checks read it. */
export function tokensOf(sentence: Sentence): Token[] {
  let tokens = sentenceTokens.get(sentence)
  if (!tokens) {
    tokens = tokenize(sentence.text)
    sentenceTokens.set(sentence, tokens)
  }
  return tokens
}

/** The answer's sentences, split once: callers that already hold them pass them on. */
export function sentencesOf(input: string | readonly Sentence[]): readonly Sentence[] {
  return typeof input === 'string' ? splitMarkdownSentences(input) : input
}

export function splitMarkdownSentences(markdown: string): Sentence[] {
  const out: Sentence[] = []
  let paragraph: string[] = []
  let paragraphKind: SentenceKind = 'paragraph'
  let fence: string | null = null

  let section: string | undefined
  const flush = (): void => {
    if (paragraph.length > 0) {
      const joined = paragraph.join(' ')
      const label = readLeadLabel(joined)
      for (const text of splitProse(joined)) out.push(withContext({ text, kind: paragraphKind }, label, section))
    }
    paragraph = []
    paragraphKind = 'paragraph'
  }

  for (const raw of markdown.replace(/<!--[\s\S]*?-->/g, '').replace(/\r\n?/g, '\n').split('\n')) {
    const fenceMatch = /^\s*(```|~~~)/.exec(raw)
    if (fence) {
      if (fenceMatch && fenceMatch[1] === fence) fence = null
      continue
    }
    if (fenceMatch) {
      flush()
      fence = fenceMatch[1]
      continue
    }
    const line = raw.trim().replace(/^(?:>\s?)+/, '').trim()
    if (line === '') {
      flush()
      continue
    }
    const heading = HEADING.exec(line)
    if (heading) {
      flush()
      const text = cleanInline(heading[2])
      if (text) out.push(withContext({ text, kind: 'heading', level: heading[1].length }, undefined, section))
      section = text || section
      continue
    }
    if (RULE.test(line) || /^=+$/.test(line)) {
      flush()
      continue
    }
    if (line.startsWith('|') || (line.match(/\|/g)?.length ?? 0) >= 2) {
      flush()
      if (TABLE_SEPARATOR.test(line)) continue
      for (const cell of line.replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/)) {
        for (const text of splitProse(cell)) out.push(withContext({ text, kind: 'cell' }, undefined, section))
      }
      continue
    }
    const item = LIST_ITEM.exec(line)
    if (item) {
      flush()
      paragraphKind = 'list'
      paragraph.push(item[1])
      continue
    }
    paragraph.push(line)
  }
  flush()
  return out
}

function withContext(sentence: Sentence, label: string | undefined, section: string | undefined): Sentence {
  if (label) sentence.label = label
  if (section) sentence.section = section
  return sentence
}

/** `**Hypothesis.** text`, `__Control__: text`, `Treatment A: text`, `Unit — user`, `1. **Arms** - text`: a short label that opens a line. */
const BOLD_LABEL = /^(\*\*|__)([^*_\n]{1,40}?)[.:]?\1\s*(?:[:.\u2014\u2013]|-\s)?/
const PLAIN_LABEL = /^([A-Z][A-Za-z0-9 /&()'-]{0,30}?)\s*:\s+\S/
/** `Hypothesis — text`, `Unit – user`, `Control - today's window`: a dash set off by spaces ends a label too. */
const DASH_LABEL = /^([A-Z][A-Za-z0-9 /&()']{0,30}?)(?:\s*[\u2014\u2013]\s*|\s+--?\s+)[^\s\u2014\u2013-]/

function readLeadLabel(text: string): string | undefined {
  const bold = BOLD_LABEL.exec(text)
  if (bold) return cleanInline(bold[2]).replace(/[.:]$/, '').trim() || undefined
  const plain = PLAIN_LABEL.exec(text) ?? DASH_LABEL.exec(text)
  return plain ? plain[1].trim() : undefined
}

/** Split prose at . ! ? followed by a space and a capital, digit or markup, unless an abbreviation ends there. */
function splitProse(text: string): string[] {
  const clean = cleanInline(text)
  const parts: string[] = []
  let start = 0
  const boundary = /[.!?]+["')\]]*\s+(?=[A-Z0-9"'(\[])/g
  for (let m = boundary.exec(clean); m; m = boundary.exec(clean)) {
    const before = clean.slice(start, m.index)
    const lastWord = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase()
    if (lastWord && ABBREVIATIONS.has(lastWord)) continue
    parts.push(clean.slice(start, m.index + m[0].trimEnd().length))
    start = m.index + m[0].length
  }
  parts.push(clean.slice(start))
  return parts.map((s) => s.trim()).filter((s) => /[A-Za-z0-9]/.test(s))
}

/** Remove inline Markdown: emphasis, code ticks, links, images, HTML tags. */
export function cleanInline(text: string): string {
  return text
    // Only real tags (<b>, </td>, <br/>): "p < 0.05 and lift > 1%" is a sentence, not markup.
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*{1,3}|_{2,3})(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/(^|\s)_(\S(?:.*?\S)?)_(?=\s|$|[.,;:!?])/g, '$1$2')
    .replace(/~~(.*?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}
