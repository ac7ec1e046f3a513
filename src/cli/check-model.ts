import { failureSignature } from '../engine/schema/known-mistakes'
import { createModelGrader } from '../grading/model-grader'
import type { Scenario } from '../scenarios/types'
import type { SqlSandbox } from '../sql-sandbox/protocol'
import { modelExercisesOf, modelGradeBase } from './model-grade-input'
import { scenarioFile } from './scenario-rules'

/**
 * Every data-model exercise has a spec; its reference passes every check and answers every
 * question; every known-wrong design is rejected and fails each check its `-- expect:` lines
 * name, and no two known-wrong designs fail alike. Returns plain-sentence problems.
 */
export async function checkModelExercises(scenario: Scenario, sandbox: SqlSandbox, log: (line: string) => void = console.log): Promise<string[]> {
  const problems: string[] = []
  const grader = createModelGrader(sandbox)
  const file = (name: string) => scenarioFile(scenario.id, name)
  for (const exercise of modelExercisesOf(scenario)) {
    log(`\n  ${exercise.id}`)
    let base: Awaited<ReturnType<typeof modelGradeBase>>
    try {
      base = await modelGradeBase(scenario, exercise)
    } catch (error) {
      problems.push(`${file('data-model.spec.ts')}: ${exercise.id} has no spec it can load (${error instanceof Error ? error.message : String(error)}): write that file with \`export default\` of its ModelSpec.`)
      continue
    }
    const reference = await grader.grade({ ...base, answer: exercise.reference })
    const failed = reference.checks.filter((c) => c.status !== 'pass')
    log(`    reference: ${reference.verdict}, score ${reference.score}, ${reference.questions.filter((q) => q.answerable).length}/${reference.questions.length} questions`)
    if (failed.length > 0) problems.push(`${file('data-model.sql')}: the reference schema of ${exercise.id} fails ${failed.map((c) => `${c.id} (${c.message})`).join('; ')}. Fix the schema, or the spec in ${file('data-model.spec.ts')} if it asks for the wrong thing.`)
    const wrongAnswers = await exercise.loadWrongAnswers()
    if (wrongAnswers.length < 4) problems.push(`${file('data-model.wrong/')}: ${exercise.id} needs at least four known-wrong designs (it has ${wrongAnswers.length}): add .sql files, each with "-- mistake:", "-- hint:" and "-- expect: <check id>" lines.`)
    // A learner's design is told its mistake when it fails exactly like one known-wrong design,
    // so no two known-wrong designs may fail the same way.
    const bySignature = new Map<string, string[]>()
    for (const wrong of wrongAnswers) {
      if (!wrong.mistake || !wrong.hint || wrong.expect.length === 0) {
        problems.push(`${file(`data-model.wrong/${wrong.name}.sql`)} needs "-- mistake:", "-- hint:" and at least one "-- expect: <check id>" line at its top (check ids: entity:<role>, grain:<role>, one-wide-table, keys-not-null, measures, partition:<role>, relationships, questions).`)
      }
      const grade = await grader.grade({ ...base, answer: wrong.sql })
      const failedIds = new Set(grade.checks.filter((c) => c.status !== 'pass').map((c) => c.id))
      const unmet = wrong.expect.filter((id) => !failedIds.has(id))
      const signature = failureSignature(grade)
      log(`    ${wrong.name.padEnd(36)} ${grade.verdict === 'accepted' ? 'ACCEPTED' : 'rejected'} (score ${grade.score}; failed ${signature || 'nothing'})`)
      if (grade.verdict === 'accepted') problems.push(`${file(`data-model.wrong/${wrong.name}.sql`)} is accepted (score ${grade.score}), so it is no known mistake of ${exercise.id}: give it a flaw that fails a required check (an entity, one-wide-table or a grain), or raise passMark in ${file('data-model.spec.ts')}.`)
      if (unmet.length > 0) problems.push(`${file(`data-model.wrong/${wrong.name}.sql`)} should fail ${unmet.join(', ')}, but passes it: change the design so it does, or remove that "-- expect:" line.`)
      bySignature.set(signature, [...(bySignature.get(signature) ?? []), wrong.name])
    }
    for (const names of bySignature.values()) {
      if (names.length > 1) problems.push(`${file('data-model.wrong/')}: the known-wrong designs ${names.map((n) => `${n}.sql`).join(' and ')} fail the same checks the same way, so a learner's design like them cannot be told which mistake it makes: give each a different flaw, or delete one.`)
    }
  }
  return problems
}
