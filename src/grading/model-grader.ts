import { toErSchema } from '../engine/schema/er-schema'
import { gradeDataModel } from '../engine/schema/grade-data-model'
import { failureSignature, nameKnownMistake } from '../engine/schema/known-mistakes'
import { matchEntities } from '../engine/schema/match-entities'
import { parseDdl } from '../engine/schema/parse-ddl'
import { buildRenames, planModelProbes } from '../engine/schema/plan-probes'
import { readSchemaSnapshot, SCHEMA_QUERY } from '../engine/schema/read-schema'
import type { ErSchema, KnownModelMistake, ModelGrade, ModelQuestion, ModelSpec, ParsedDdl, ProbeOutcome, SchemaSnapshot } from '../engine/schema/types'
import type { SqlFailure } from '../engine/types'
import type { SqlSandbox } from '../sql-sandbox/protocol'

/** The empty database every data-model answer runs in (a zero-byte file is an empty SQLite database). */
export const SCHEMA_DATASET = 'schema'

/** DDL slower than this is not run again for each probe (see grade). */
export const SLOW_DDL_MS = 1_000

/** What running an answer's DDL produced: its schema, or where it failed. */
export type DescribeOutcome =
  | { ok: true; snapshot: SchemaSnapshot; ddl: ParsedDdl; diagram: ErSchema; elapsedMs: number }
  | { ok: false; failure: SqlFailure }

export interface ModelGrader {
  /** Runs the DDL and reads its schema back, without grading: what Run shows. */
  describe(answer: string): Promise<DescribeOutcome>
  /**
   * Grades `answer` against `spec`; `reference` is the reference DDL, `questions` the scenario's
   * SQL questions. With `knownWrong`, a rejected answer that fails exactly like one known-wrong
   * design gets its mistake named (the designs are graded once per spec and remembered).
   */
  grade(input: ModelGradeInput): Promise<ModelGrade>
}

export interface ModelGradeInput {
  spec: ModelSpec
  reference: string
  questions: ModelQuestion[]
  answer: string
  knownWrong?: KnownWrongDesign[]
}

/** A known-wrong design: its DDL and the mistake it stands for. */
export interface KnownWrongDesign extends KnownModelMistake {
  sql: string
}

/**
 * Glue between the SQL sandbox and the pure schema engine: the sandbox runs the answer's DDL
 * on an empty database, then each probe the engine plans (duplicate rows at the grain, the
 * scenario's questions renamed to the answer's names), every run on a fresh copy.
 */
export function createModelGrader(sandbox: SqlSandbox, options: { asOf?: string; timeoutMs?: number; slowDdlMs?: number } = {}): ModelGrader {
  let loaded: Promise<unknown> | undefined
  const ensureLoaded = () => (loaded ??= sandbox.load(options.asOf ?? '2024-06-30', [{ key: SCHEMA_DATASET, bytes: new Uint8Array(0) }]))
  const references = new Map<string, Promise<SchemaSnapshot>>()
  const signatures = new Map<string, Promise<{ mistake: KnownModelMistake; signature: string }[]>>()

  const describe = async (answer: string): Promise<DescribeOutcome> => {
    const parsed = parseDdl(answer)
    if (!parsed.ok) return { ok: false, failure: { kind: 'error', message: parsed.error.message, line: parsed.error.line } }
    await ensureLoaded()
    const outcome = await sandbox.run(SCHEMA_DATASET, `${parsed.ddl.sql}\n;\n${SCHEMA_QUERY}`, { maxRows: 10_000, timeoutMs: options.timeoutMs })
    if (!outcome.ok) return { ok: false, failure: outcome.failure }
    const snapshot = readSchemaSnapshot(outcome.result, parsed.ddl)
    if (snapshot.tables.length === 0) return { ok: false, failure: { kind: 'error', message: 'Your answer ran, but it created no table. Write one CREATE TABLE statement per table.' } }
    return { ok: true, snapshot, ddl: parsed.ddl, diagram: toErSchema(snapshot), elapsedMs: outcome.result.elapsedMs }
  }

  const referenceSnapshot = (spec: ModelSpec, reference: string): Promise<SchemaSnapshot> => {
    let pending = references.get(spec.id)
    if (!pending) {
      pending = describe(reference).then((outcome) => {
        if (!outcome.ok) throw new Error(`The reference schema of ${spec.id} does not run: ${outcome.failure.message}`)
        return outcome.snapshot
      })
      pending.catch(() => references.delete(spec.id))
      references.set(spec.id, pending)
    }
    return pending
  }

  const grader: ModelGrader = {
    describe,
    async grade(input) {
      const grade = await gradeOnce(input)
      if (grade.verdict !== 'rejected' || !input.knownWrong?.length) return grade
      return nameKnownMistake(grade, await knownSignatures(input, input.knownWrong))
    },
  }
  return grader

  /** Each known-wrong design's failure signature, graded once per spec. */
  function knownSignatures(input: ModelGradeInput, designs: KnownWrongDesign[]): Promise<{ mistake: KnownModelMistake; signature: string }[]> {
    let pending = signatures.get(input.spec.id)
    if (!pending) {
      pending = (async () => {
        const known: { mistake: KnownModelMistake; signature: string }[] = []
        for (const { sql, ...mistake } of designs) known.push({ mistake, signature: failureSignature(await gradeOnce({ ...input, answer: sql })) })
        return known
      })()
      pending.catch(() => signatures.delete(input.spec.id))
      signatures.set(input.spec.id, pending)
    }
    return pending
  }

  async function gradeOnce({ spec, reference, questions, answer }: ModelGradeInput): Promise<ModelGrade> {
    const referenceSchema = await referenceSnapshot(spec, reference)
    const described = await describe(answer)
    if (!described.ok) return failedGrade(described.failure, toErSchema(referenceSchema))
    const matches = matchEntities(spec, described.snapshot)
    const allQuestions = [...questions, ...spec.questions]
    const probes = planModelProbes(spec, matches, allQuestions, buildRenames(spec, matches, referenceSchema))
    const outcomes = new Map<string, ProbeOutcome>()
    // Every probe runs the DDL again on a fresh database. DDL that is slow by itself (a CREATE
    // TABLE ... AS SELECT over a big recursive CTE) would make that minutes, so then the keys
    // are judged as declared and the questions are not tried.
    const slow = described.elapsedMs > (options.slowDdlMs ?? SLOW_DDL_MS)
    for (const probe of probes) {
      if (slow) {
        outcomes.set(probe.id, { ok: false, message: `not tried: your DDL takes ${Math.round(described.elapsedMs)} ms to run` })
        continue
      }
      const run = await sandbox.run(SCHEMA_DATASET, `${described.ddl.sql}\n;\n${probe.sql}\nSELECT 1 AS ok;`, { maxRows: 1, timeoutMs: options.timeoutMs })
      outcomes.set(probe.id, run.ok ? { ok: true } : { ok: false, message: run.failure.message })
    }
    return gradeDataModel({ spec, answer: described.snapshot, reference: referenceSchema, matches, questions: allQuestions, outcomes, notes: described.ddl.notes })
  }
}

/** A rejected grade for DDL that does not run: the message names the line. */
function failedGrade(failure: SqlFailure, reference: ErSchema): ModelGrade {
  const where = failure.line !== undefined && !/^line \d+/i.test(failure.message) ? `Line ${failure.line}: ` : ''
  const message = `${where}${failure.message}`
  return {
    verdict: 'rejected',
    score: 0,
    checks: [{ id: 'runs', status: 'error', message, weight: 0, required: true }],
    feedback: [message, ...(failure.hint ? [failure.hint] : [])],
    questions: [],
    diagrams: { answer: { tables: [], edges: [] }, reference },
  }
}
