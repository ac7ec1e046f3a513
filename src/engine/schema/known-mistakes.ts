import type { KnownModelMistake, ModelGrade } from './types'
import { KNOWN_MISTAKE_PREFIX } from '../feedback-words'
import type { Diagnosis } from '../types'

/**
 * What a rejected design got wrong, as one comparable string: its failed checks, each with how
 * it failed. Two designs with the same signature fail for the same reasons.
 */
export function failureSignature(grade: Pick<ModelGrade, 'checks'>): string {
  return grade.checks
    .filter((c) => c.status !== 'pass' && c.id !== 'questions')
    .map((c) => (c.kind ? `${c.id}:${c.kind}` : c.id))
    .sort()
    .join(' ')
}

/**
 * Names the known mistake a rejected design makes: the one known-wrong design whose failures
 * have the same signature. Nothing is named when none or several match (the check lines say
 * what is wrong either way).
 */
export function nameKnownMistake(grade: ModelGrade, known: { mistake: KnownModelMistake; signature: string }[]): ModelGrade {
  if (grade.verdict !== 'rejected') return grade
  const signature = failureSignature(grade)
  const same = known.filter((k) => k.signature === signature)
  if (same.length !== 1) return grade
  const { mistake } = same[0]
  const concept = `${mistake.mistake.replace(/[.\s]+$/, '')}.`
  // The concept now; its hint (else the checks' own fixes) on request or when it comes back.
  const fix = mistake.hint ? withFullStop(mistake.hint) : grade.diagnosis?.fix
  const diagnosis: Diagnosis = { id: `mistake:${mistake.name}`, source: 'known-mistake', concept, ...(fix && { fix }) }
  return { ...grade, knownMistake: mistake, feedback: [`${KNOWN_MISTAKE_PREFIX}${concept}`, ...grade.feedback], diagnosis }
}

function withFullStop(text: string): string {
  const t = text.trim()
  return /[.!?]$/.test(t) ? t : t + '.'
}
