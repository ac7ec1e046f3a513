import { exerciseHref } from '../../ui/router'
import { useAppStore } from '../../store'
import { ExerciseTags } from '../../ui/exercise-tags'
import type { Exercise } from '../../scenarios/types'

/** A scenario's exercises: title link, kind, difficulty, and `Solved` once accepted. */
export function ExerciseList({ exercises, label }: { exercises: Exercise[]; label: string }) {
  const solved = useAppStore((state) => state.solved)
  return (
    <ul className="exercise-list" aria-label={label}>
      {exercises.map((exercise) => (
        <li key={exercise.id} className="exercise-item">
          <a href={exerciseHref(exercise.id)}>{exercise.title}</a>
          <ExerciseTags kind={exercise.kind} difficulty={exercise.difficulty} solved={Boolean(solved[exercise.id])} />
        </li>
      ))}
    </ul>
  )
}

/** How many of `exercises` are solved. */
export const countSolved = (exercises: Exercise[], solved: Record<string, unknown>): number =>
  exercises.filter((exercise) => solved[exercise.id]).length
