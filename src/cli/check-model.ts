import { failureSignature } from '../engine/schema/known-mistakes'
import { createModelGrader } from '../grading/model-grader'
import type { Scenario } from '../scenarios/types'
import type { SqlSandbox } from '../sql-sandbox/protocol'
import { modelExercisesOf, modelGradeBase } from './model-grade-input'

/**
 * Every data-model exercise has a spec; its reference passes every check and answers every
 * question; every known-wrong design is rejected and fails each check its `-- expect:` lines
 * name, and no two known-wrong designs fail alike. Returns plain-sentence problems.
 */
export async function checkModelExercises(scenario: Scenario, sandbox: SqlSandbox, log: (line: string) => void = console.log): Promise<string[]> {
  const problems: string[] = []
  const grader = createModelGrader(sandbox)
  for (const exercise of modelExercisesOf(scenario)) {
    log(`\n  ${exercise.id}`)
    let base: Awaited<ReturnType<typeof modelGradeBase>>
    try {
      base = await modelGradeBase(scenario, exercise)
    } catch (error) {
      problems.push(`${exercise.id} has no spec it can load (${error instanceof Error ? error.message : String(error)}): write src/scenarios/${scenario.id}/data-model.spec.ts with \`export default\` of its ModelSpec.`)
      continue
    }
    const reference = await grader.grade({ ...base, answer: exercise.reference })
    const failed = reference.checks.filter((c) => c.status !== 'pass')
    log(`    reference: ${reference.verdict}, score ${reference.score}, ${reference.questions.filter((q) => q.answerable).length}/${reference.questions.length} questions`)
    if (failed.length > 0) problems.push(`${exercise.id}: the reference schema fails ${failed.map((c) => `${c.id} (${c.message})`).join('; ')}.`)
    const wrongAnswers = await exercise.loadWrongAnswers()
    if (wrongAnswers.length < 4) problems.push(`${exercise.id} needs at least four known-wrong designs in data-model.wrong/.`)
    // A learner's design is told its mistake when it fails exactly like one known-wrong design,
    // so no two known-wrong designs may fail the same way.
    const bySignature = new Map<string, string[]>()
    for (const wrong of wrongAnswers) {
      if (!wrong.mistake || !wrong.hint || wrong.expect.length === 0) {
        problems.push(`${exercise.id}: the known-wrong design "${wrong.name}" needs "-- mistake:", "-- hint:" and at least one "-- expect: <check id>" line.`)
      }
      const grade = await grader.grade({ ...base, answer: wrong.sql })
      const failedIds = new Set(grade.checks.filter((c) => c.status !== 'pass').map((c) => c.id))
      const unmet = wrong.expect.filter((id) => !failedIds.has(id))
      const signature = failureSignature(grade)
      log(`    ${wrong.name.padEnd(36)} ${grade.verdict === 'accepted' ? 'ACCEPTED' : 'rejected'} (score ${grade.score}; failed ${signature || 'nothing'})`)
      if (grade.verdict === 'accepted') problems.push(`${exercise.id}: the known-wrong design "${wrong.name}" is accepted.`)
      if (unmet.length > 0) problems.push(`${exercise.id}: the known-wrong design "${wrong.name}" should fail ${unmet.join(', ')}, but passes it.`)
      bySignature.set(signature, [...(bySignature.get(signature) ?? []), wrong.name])
    }
    for (const names of bySignature.values()) {
      if (names.length > 1) problems.push(`${exercise.id}: the known-wrong designs "${names.join('" and "')}" fail the same checks the same way, so a learner's design like them cannot be told which mistake it makes; give each a different flaw.`)
    }
  }
  return problems
}
