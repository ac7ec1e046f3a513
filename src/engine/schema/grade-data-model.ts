import { toErSchema, toReferenceDiagram } from './er-schema'
import { describeKeys, keysOf } from './keys'
import { findColumn, findGrain, findGrains, matchesName, type EntityMatch } from './match-entities'
import type { Diagnosis } from '../types'
import { failureSignature } from './known-mistakes'
import type { EntitySpec, ModelCheck, ModelGrade, ModelQuestion, ModelSpec, ProbeOutcome, SchemaColumn, SchemaSnapshot, SchemaTable } from './types'

/** Each check group's share of the score; a group's share is split among its checks. */
export const CHECK_WEIGHTS = {
  entities: 25,
  grain: 25,
  keysNotNull: 10,
  measures: 10,
  partition: 10,
  relationships: 10,
  oneWideTable: 5,
  questions: 5,
} as const

export interface GradeDataModelInput {
  spec: ModelSpec
  answer: SchemaSnapshot
  reference: SchemaSnapshot
  matches: EntityMatch[]
  questions: ModelQuestion[]
  /** Outcome of every probe `planModelProbes` returned, by probe id. */
  outcomes: ReadonlyMap<string, ProbeOutcome>
  /** Leniencies the DDL reader applied, passed on as notes. */
  notes?: string[]
}

/**
 * Grades a created schema against a scenario's model spec. Each check says in one sentence
 * what it found; the score is the weighted share of passed checks (questions count by the
 * share answered); the answer is accepted when the score reaches the pass mark and no
 * required check (a required role, a grain, no one-wide table) failed.
 */
export function gradeDataModel(input: GradeDataModelInput): ModelGrade {
  const { spec, answer, matches } = input
  const checks: ModelCheck[] = [
    ...checkEntities(matches),
    checkOneWideTable(spec, answer, matches),
    ...checkGrains(spec, matches, input.outcomes),
    checkKeysNotNull(spec, matches, input.outcomes),
    checkMeasures(spec, matches),
    ...checkPartitions(spec, matches),
    checkRelationships(spec, matches),
  ]
  const questionResults = input.questions.map((q) => {
    const outcome = input.outcomes.get(`question:${q.id}`)
    return { id: q.id, label: q.label, answerable: outcome?.ok === true, reason: outcome && !outcome.ok ? outcome.message : undefined }
  })
  const answered = questionResults.filter((q) => q.answerable)
  const questionShare = questionResults.length > 0 ? answered.length / questionResults.length : 1
  checks.push({
    id: 'questions',
    status: questionShare >= 0.5 ? 'pass' : 'fail',
    weight: CHECK_WEIGHTS.questions,
    required: false,
    message: describeQuestions(questionResults),
  })

  const total = checks.reduce((sum, c) => sum + c.weight, 0)
  const earned = checks.reduce((sum, c) => sum + (c.id === 'questions' ? c.weight * questionShare : c.status === 'pass' ? c.weight : 0), 0)
  const score = total > 0 ? Math.floor((100 * earned) / total + 1e-9) : 0
  // One wide table explains every other failure, so it is said first.
  const requiredFailed = checks.filter((c) => c.required && c.status !== 'pass').sort((a, b) => Number(b.id === 'one-wide-table') - Number(a.id === 'one-wide-table'))
  const verdict = requiredFailed.length === 0 && score >= spec.passMark ? 'accepted' : 'rejected'
  // Feedback says each problem once: a missing table's grain and partition lines stay in `checks`.
  const missingRoles = new Set(matches.filter((m) => !m.table).map((m) => m.entity.role))
  const derived = (c: ModelCheck) => missingRoles.has(c.id.split(':')[1] ?? '') && !c.id.startsWith('entity:')
  const failed = checks.filter((c) => c.status !== 'pass' && !derived(c))
  const passed = checks.filter((c) => c.status === 'pass')
  const feedback = [
    ...(verdict === 'accepted' ? [`Every required check passed; ${passed.length} of ${checks.length} checks in all, score ${score}.`] : []),
    ...requiredFailed.filter((c) => !derived(c)).map((c) => c.message),
    // An accepted design has nothing left to work out: the optional checks it fails say their fix at once.
    ...failed.filter((c) => !c.required).map((c) => (verdict === 'accepted' && c.fix ? `${c.message} ${c.fix}` : c.message)),
    ...(verdict === 'rejected' && requiredFailed.length === 0 ? [`Your design scores ${score}; it needs ${spec.passMark}. Fix the points above.`] : []),
    ...(input.notes ?? []),
  ]
  // Tiered feedback: the lines above say what is wrong; what to change waits behind the hint.
  const fixes = verdict === 'rejected' ? [...requiredFailed.filter((c) => !derived(c)), ...failed.filter((c) => !c.required)].filter((c) => c.fix) : []
  const diagnosis: Diagnosis | undefined =
    fixes.length > 0 ? { id: `checks:${failureSignature({ checks })}`, source: 'check', concept: fixes[0].message, fix: fixes.map((c) => c.fix).join(' ') } : undefined
  return {
    verdict,
    score,
    checks,
    feedback,
    ...(diagnosis && { diagnosis }),
    questions: questionResults,
    diagrams: { answer: toErSchema(answer, matches), reference: toReferenceDiagram(spec, input.reference, matches) },
  }
}

// ---------------------------------------------------------------- the checks

function checkEntities(matches: EntityMatch[]): ModelCheck[] {
  const weight = CHECK_WEIGHTS.entities / Math.max(1, matches.length)
  return matches.map(({ entity, table, how }) => ({
    id: `entity:${entity.role}`,
    status: table ? 'pass' : 'fail',
    weight,
    required: entity.required,
    message: table
      ? `${capitalize(entity.label)}: ${table.name}${how === 'by-grain' ? ` (found by its columns; a name with "${entity.nameHints[0].join('_')}" in it would say so at a glance)` : ''}.`
      : `No table is the ${entity.label} (${entity.grainLabel}).`,
    ...(table ? {} : { fix: `Add ${withArticle(entity.label)} keyed on ${entity.grain[0].join(', ')}, for example ${entity.reference}.` }),
  }))
}

/** One table that takes the place of several roles the answer otherwise lacks. */
function checkOneWideTable(spec: ModelSpec, answer: SchemaSnapshot, matches: EntityMatch[]): ModelCheck {
  const base = { id: 'one-wide-table', weight: CHECK_WEIGHTS.oneWideTable, required: true }
  const required = spec.entities.filter((e) => e.required)
  if (answer.tables.length === 1 && required.length > 1) {
    const only = answer.tables[0]
    return {
      ...base,
      status: 'fail',
      message: `Everything is in one table, ${only.name}: one wide table repeats every user attribute on every row and has no single grain to key on.`,
      fix: `Split it: ${joinWords(required.map((e) => `${withArticle(e.label)} (${e.grainLabel})`))}.`,
    }
  }
  for (const { table } of matches) {
    if (!table) continue
    // By name only: a session fact holds user_id and a date, which is no user-day fact.
    const absorbed = matches.filter((m) => !m.table && m.entity.required && matchesName(m.entity, table))
    if (absorbed.length > 0) {
      return {
        ...base,
        status: 'fail',
        message: `${table.name} also tries to be the ${joinWords(absorbed.map((m) => m.entity.label))}, so one table mixes two grains.`,
        fix: `Give each grain its own table: ${joinWords(absorbed.map((m) => `${m.entity.grainLabel} in ${withArticle(m.entity.label)}`))}.`,
      }
    }
  }
  return { ...base, status: 'pass', message: `No one wide table: the roles found each have a table of their own (${answer.tables.length} tables).` }
}

/** What the probes say of one grain alternative on one table. */
interface GrainVerdict {
  columns: SchemaColumn[]
  status: 'pass' | 'fail'
  message: string
  /** How a failure fails (ModelCheck.kind). */
  kind?: string
  /** What to change (ModelCheck.fix). */
  fix?: string
  /** The key refuses rows that differ in a grain column. */
  narrower?: boolean
}

/**
 * Judges the grain alternatives the table has columns for (probed by planModelProbes), finest
 * first, and keeps the first that holds. A key narrower than a finer grain the table visibly
 * has (a touchpoint column, keyed on the conversion alone) ends the search: the coarser
 * alternatives are for tables without those columns. When none holds, the first failure explains it.
 */
export function evaluateGrain(spec: ModelSpec, entity: EntitySpec, table: SchemaTable, outcomes: ReadonlyMap<string, ProbeOutcome>): GrainVerdict | undefined {
  let first: GrainVerdict | undefined
  for (const grain of findGrains(entity, table, spec.synonyms)) {
    const verdict = judgeGrain(entity, table, grain.columns, `grain:${entity.role}:${grain.index}`, outcomes)
    if (verdict.status === 'pass') return verdict
    first ??= verdict
    if (verdict.narrower) break
  }
  return first
}

function judgeGrain(entity: EntitySpec, table: SchemaTable, columns: SchemaColumn[], probe: string, outcomes: ReadonlyMap<string, ProbeOutcome>): GrainVerdict {
  const names = columns.map((c) => c.name)
  const keyText = describeKeys(table)
  const verdict = (status: GrainVerdict['status'], message: string, kind?: string, fix?: string): GrainVerdict => ({ columns, status, message, kind, ...(fix && { fix }) })
  const one = outcomes.get(`${probe}:one`)
  const duplicate = outcomes.get(`${probe}:duplicate`)
  if ((one && !one.ok) || (duplicate && !duplicate.ok && !isKeyViolation(duplicate.message))) {
    // A CHECK or other constraint refused a test row: judge the declared keys instead.
    return keysOf(table).some((key) => sameColumns(key, names))
      ? verdict('pass', `${table.name} is keyed on its grain (${names.join(', ')}): ${entity.grainLabel}.`)
      : verdict('fail', `${table.name} is not keyed on its grain (${entity.grainLabel}); it has ${keyText}.`, 'declared', `Key ${table.name} on (${names.join(', ')}).`)
  }
  if (duplicate?.ok) {
    return verdict(
      'fail',
      `${table.name} accepts two rows for the same ${names.join(' and ')}: we inserted a duplicate and it was stored, though its grain is ${entity.grainLabel}${keyText === 'no key' ? ' (it has no key)' : ` (it has ${keyText})`}.`,
      keyShape(table, names),
      `Declare PRIMARY KEY (${names.join(', ')}) on ${table.name}.`,
    )
  }
  const refused = columns.filter((c) => {
    const vary = outcomes.get(`${probe}:vary:${c.name}`)
    return vary !== undefined && !vary.ok && isKeyViolation(vary.message)
  })
  if (refused.length > 0) {
    return {
      ...verdict(
        'fail',
        `${table.name}'s key is narrower than its grain: two rows that differ only in ${joinWords(refused.map((c) => c.name))} were refused, but the grain is ${entity.grainLabel} (it has ${keyText}).`,
        'narrower',
        `Key ${table.name} on (${names.join(', ')}).`,
      ),
      narrower: true,
    }
  }
  return verdict('pass', `${table.name} keeps one row per ${names.join(' and ')} (${entity.grainLabel}): a duplicate at the grain was refused.`)
}

function checkGrains(spec: ModelSpec, matches: EntityMatch[], outcomes: ReadonlyMap<string, ProbeOutcome>): ModelCheck[] {
  const weight = CHECK_WEIGHTS.grain / Math.max(1, matches.length)
  return matches.map(({ entity, table }) => {
    const base = { id: `grain:${entity.role}`, weight, required: entity.required }
    if (!table) return { ...base, status: 'fail', kind: 'missing-table', message: `The ${entity.label} is missing, so its grain (${entity.grainLabel}) is not kept anywhere.` }
    const grain = evaluateGrain(spec, entity, table, outcomes)
    if (!grain) {
      return { ...base, required: true, status: 'fail', kind: 'no-column', message: `${table.name} has no column for its grain (${entity.grainLabel}).`, fix: `Add ${entity.grain[0].join(', ')} to ${table.name} and make it the key.` }
    }
    return { ...base, required: true, status: grain.status, message: grain.message, ...(grain.kind && { kind: grain.kind }), ...(grain.fix && { fix: grain.fix }) }
  })
}

function checkKeysNotNull(spec: ModelSpec, matches: EntityMatch[], outcomes: ReadonlyMap<string, ProbeOutcome>): ModelCheck {
  const nullable: string[] = []
  for (const { entity, table } of matches) {
    if (!table) continue
    const grain = evaluateGrain(spec, entity, table, outcomes)?.columns ?? []
    const foreign = entity.references.map((r) => findColumn(table, r.column, spec.synonyms)).filter((c): c is SchemaColumn => c !== undefined)
    for (const column of unique([...grain, ...foreign])) if (!column.notNull) nullable.push(`${table.name}.${column.name}`)
  }
  const base = { id: 'keys-not-null', weight: CHECK_WEIGHTS.keysNotNull, required: false }
  return nullable.length === 0
    ? { ...base, status: 'pass', message: 'Every key and foreign-key column is NOT NULL (or part of the primary key).' }
    : {
        ...base,
        status: 'fail',
        message: `${joinWords(nullable)} ${nullable.length === 1 ? 'is a key column but can' : 'are key columns but can'} be NULL, and a row without its key cannot be joined or counted.`,
        fix: `Declare ${joinWords(nullable)} NOT NULL.`,
      }
}

const NUMERIC_TYPE = /INT|DEC|NUM|REAL|FLOA|DOUB|BOOL|BIT|MONEY/

function checkMeasures(spec: ModelSpec, matches: EntityMatch[]): ModelCheck {
  const problems: string[] = []
  const measureFixes: string[] = []
  const empty: string[] = []
  const good: string[] = []
  for (const { entity, table } of matches) {
    if (!table || entity.kind !== 'fact' || entity.measures.length === 0) continue
    const present = entity.measures.map((m) => findColumn(table, m, spec.synonyms)).filter((c): c is SchemaColumn => c !== undefined)
    if (present.length === 0) {
      problems.push(`${table.name} has none of its measures`)
      measureFixes.push(`Give ${table.name} its measures as number columns, such as ${entity.measures.slice(0, 3).join(', ')}.`)
      empty.push(table.name)
      continue
    }
    const textual = present.filter((c) => !NUMERIC_TYPE.test(c.type))
    if (textual.length > 0) {
      problems.push(`${joinWords(textual.map((c) => `${table.name}.${c.name} (${c.type || 'no type'})`))} ${textual.length === 1 ? 'is not a number' : 'are not numbers'}`)
      measureFixes.push(`Make ${joinWords(textual.map((c) => `${table.name}.${c.name}`))} a number type (INT, BIGINT, DECIMAL, BOOLEAN).`)
    }
    else good.push(table.name)
  }
  // A fact without a single measure cannot answer "how many" or "how much": that rejects.
  const base = { id: 'measures', weight: CHECK_WEIGHTS.measures, required: empty.length > 0 }
  return problems.length === 0
    ? { ...base, status: 'pass', message: `The facts' measures are numbers${good.length > 0 ? ` (${joinWords(good)})` : ''}, so they can be summed and averaged.` }
    : { ...base, status: 'fail', message: `${problems.join('; ')}: counts, sums and flags must be numbers to add them up.`, fix: measureFixes.join(' ') }
}

const DATE_TYPE = (type: string) => !/TIMESTAMP|DATETIME|TIME$/.test(type) && (/DATE|CHAR|TEXT|STRING/.test(type) || type === '')

function checkPartitions(spec: ModelSpec, matches: EntityMatch[]): ModelCheck[] {
  const large = matches.filter((m) => m.entity.partition && m.entity.partition.length > 0)
  const weight = CHECK_WEIGHTS.partition / Math.max(1, large.length)
  return large.map(({ entity, table }) => {
    const base = { id: `partition:${entity.role}`, weight, required: false }
    if (!table) return { ...base, status: 'fail', message: `The ${entity.label} is missing, so it has no date partition.` }
    const candidates = (entity.partition ?? []).map((p) => findColumn(table, p, spec.synonyms)).filter((c): c is SchemaColumn => c !== undefined && DATE_TYPE(c.type))
    const declared = table.partitionBy.map((p) => table.columns.find((c) => c.name.toLowerCase() === p.toLowerCase()))
    const declaredDate = declared.find((c) => c && (candidates.includes(c) || /DATE|TIMESTAMP/.test(c.type)))
    if (table.partitionBy.length > 0 && !declaredDate) {
      return { ...base, status: 'fail', message: `${table.name} is partitioned by ${table.partitionBy.join(', ')}, not by day, yet most questions read a few days.`, fix: `Partition ${table.name} by a date column (date_partition).` }
    }
    if (declaredDate) return { ...base, status: 'pass', message: `${table.name} is partitioned by ${declaredDate.name}, so a query over a few days reads only those days.` }
    const notNull = candidates.find((c) => c.notNull)
    if (notNull) return { ...base, status: 'pass', message: `${table.name} has a NOT NULL date column to partition by (${notNull.name}); say PARTITION BY ${notNull.name} to make the choice explicit.` }
    if (candidates.length > 0) return { ...base, status: 'fail', message: `${table.name}.${candidates[0].name} can be NULL, but a partition column must always be set.`, fix: `Declare ${table.name}.${candidates[0].name} NOT NULL and PARTITION BY it.` }
    return {
      ...base,
      status: 'fail',
      message: `${table.name} is a large fact with no date column to partition by, so a daily query reads every day.`,
      fix: `Add date_partition DATE NOT NULL (the day of its timestamp) to ${table.name} and PARTITION BY it.`,
    }
  })
}

function checkRelationships(spec: ModelSpec, matches: EntityMatch[]): ModelCheck {
  const byRole = new Map(matches.map((m) => [m.entity.role, m]))
  const ok: string[] = []
  const problems: string[] = []
  for (const { entity, table } of matches) {
    if (!table) continue
    for (const ref of entity.references) {
      const target = byRole.get(ref.entity)
      if (!target?.table) continue
      // A declared FOREIGN KEY / REFERENCES says the join outright, whatever the names.
      const declared = (table.foreignKeys ?? []).find((fk) => fk.table.toLowerCase() === target.table!.name.toLowerCase())
      if (declared) {
        ok.push(`${table.name}.${declared.column} -> ${target.table.name}.${declared.to} (declared)`)
        continue
      }
      const targetKey = findGrain(target.entity, target.table, spec.synonyms)?.columns[0] ?? findColumn(target.table, ref.column, spec.synonyms)
      const column = findColumn(table, ref.column, spec.synonyms)
      if (!column) problems.push(`${table.name} has no ${ref.column} to join ${target.table.name}`)
      else if (!targetKey) problems.push(`${target.table.name} has no key for ${table.name}.${column.name} to join`)
      else if (column.name.toLowerCase() !== targetKey.name.toLowerCase())
        problems.push(`${table.name}.${column.name} joins ${target.table.name}.${targetKey.name}, but the names differ`)
      else ok.push(`${table.name}.${column.name} -> ${target.table.name}.${targetKey.name}`)
    }
  }
  const base = { id: 'relationships', weight: CHECK_WEIGHTS.relationships, required: false }
  if (problems.length > 0) return { ...base, status: 'fail', message: `${problems.join('; ')}.`, fix: 'Name each foreign key like the key it joins (user_id to user_id), or declare it with REFERENCES.' }
  if (ok.length > 0) return { ...base, status: 'pass', message: `Joins are clear by name: ${ok.join(', ')}.` }
  // Nothing to join is a pass only when the scenario expects no joins; a design that names no
  // relationship at all has not shown how its facts reach their dimensions.
  const expected = spec.entities.some((e) => e.references.length > 0)
  return expected
    ? { ...base, status: 'fail', message: 'No relationship found between your tables: nothing shows how the facts reach their dimensions.', fix: 'Give each fact the key of the dimension it joins (same name), or declare it with REFERENCES.' }
    : { ...base, status: 'pass', message: 'No relationships to check among the tables found.' }
}

function describeQuestions(results: { label: string; answerable: boolean; reason?: string }[]): string {
  if (results.length === 0) return 'No scenario questions to try.'
  const yes = results.filter((r) => r.answerable).map((r) => r.label)
  const no = results.filter((r) => !r.answerable)
  const head = `Your schema can answer ${yes.length} of the scenario's ${results.length} questions`
  const canText = yes.length > 0 ? `: ${joinWords(yes)}` : ''
  const cannot = no.length > 0 ? `. Not yet: ${no.map((r) => `${r.label}${r.reason ? ` (${r.reason})` : ''}`).join('; ')}` : ''
  return `${head}${canText}${cannot}.`
}

// ---------------------------------------------------------------- helpers

/** Why a duplicate got in: no key at all, a key outside the grain (a surrogate id), or a key wider than the grain. */
function keyShape(table: SchemaTable, grain: string[]): string {
  const keys = keysOf(table)
  if (keys.length === 0) return 'no-key'
  const inGrain = (column: string) => grain.some((g) => g.toLowerCase() === column.toLowerCase())
  return keys.every((key) => !key.some(inGrain)) ? 'surrogate' : 'wider'
}

/** SQLite's words for a refused duplicate: "UNIQUE constraint failed: t.a, t.b". */
const isKeyViolation = (message: string) => /UNIQUE constraint|PRIMARY KEY/i.test(message)

const sameColumns = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.some((y) => y.toLowerCase() === x.toLowerCase()))
const unique = <T,>(items: T[]): T[] => [...new Set(items)]
/** "an ad event fact", "a user dimension" (a `u` that sounds like "you" takes "a"). */
const withArticle = (label: string) => `${/^([aeio]|u(?!s))/i.test(label) ? 'an' : 'a'} ${label}`
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

function joinWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
