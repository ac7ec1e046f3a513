import type { Difficulty, ExerciseKind } from '../scenarios/types'

const kindLabels: Record<ExerciseKind, string> = {
  sql: 'SQL',
  python: 'Python',
  model: 'Data model',
  product: 'Product sense',
}

export const kindLabel = (kind: ExerciseKind): string => kindLabels[kind]

/** Kind, difficulty and (when solved) the word `Solved`, as small tags. */
export function ExerciseTags({ kind, difficulty, solved }: { kind: ExerciseKind; difficulty: Difficulty; solved: boolean }) {
  return (
    <span className="tags">
      <span className="tag tag-kind">{kindLabel(kind)}</span>
      <span className={`tag tag-${difficulty}`}>{difficulty}</span>
      {solved && <SolvedBadge />}
    </span>
  )
}

/** The contract's word: `Solved`, shown only once an answer was accepted. */
export function SolvedBadge() {
  return (
    // Exactly the word, nothing else in the element: tests and people look for `Solved`.
    <span className="tag tag-solved">Solved</span>
  )
}
