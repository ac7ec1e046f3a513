import type { TemplateContext, TemplateFiles } from './context'

/** A correct answer with one part changed: what the known-wrong answers are. */
function dailyRevenuePy(header: string, parts: { keep?: string; counted?: string; fare?: string } = {}): string {
  return `${header}def daily_revenue(rides):
    latest = {}
    for ride in rides:
${parts.keep ?? "        latest[ride['ride_id']] = ride"}
    totals = {}
    for ride in ${parts.counted ?? 'latest.values()'}:
        if ride['status'] != 'completed':
            continue
        day = ride['started_at'][:10]
        totals[day] = totals.get(day, 0) + ${parts.fare ?? "ride.get('fare', 0)"}
    return {day: round(total, 2) for day, total in totals.items()}
`
}

/**
 * A Python exercise: statement, starter code, cases (visible, hidden, seeded random) with a
 * TypeScript reference that computes every expected outcome, known-wrong answers (`.wrong/`,
 * shipped to the app) and correct answers in other styles (`.alt/`, tests only).
 */
export function pythonFiles({ id }: TemplateContext): TemplateFiles {
  const slug = 'py-daily-revenue'
  return {
    [`${slug}.md`]: `# Daily revenue from a ride log

<!-- TO CHANGE: the task, the signature, the input, every rule, and one worked example. The
learner's function is called with the cases of ${slug}.cases.ts. -->

The payments service writes a log of ride records. Write the function that turns it into
revenue per day.

\`\`\`python
def daily_revenue(rides: list[dict]) -> dict[str, float]
\`\`\`

## Input

\`rides\` is a list of dicts like
\`{"ride_id": 7, "started_at": "2024-06-29 08:15:00", "fare": 2.5, "status": "completed"}\`.
\`status\` is \`"completed"\` or \`"refunded"\`. A record may have no \`fare\`: count it as 0.

The log is append-only: when support refunds a ride, a **second record with the same
\`ride_id\`** arrives with \`status: "refunded"\`, and a refund can itself be undone by a third
record. **The last record of a ride (in list order) is the one that counts.**

## Rules

- Count each ride once, as its last record says.
- Only rides whose last record is \`"completed"\` earn their fare.
- A ride belongs to the day it started: the first 10 characters of \`started_at\`.
- Return a dict from day (\`"YYYY-MM-DD"\`) to revenue, rounded with \`round(total, 2)\`.
  A day without a completed ride does not appear; no rides give \`{}\`.

## Example

\`\`\`python
rides = [
    {"ride_id": 1, "started_at": "2024-06-29 08:00:00", "fare": 2.5, "status": "completed"},
    {"ride_id": 2, "started_at": "2024-06-29 09:00:00", "fare": 3.0, "status": "completed"},
    {"ride_id": 1, "started_at": "2024-06-29 08:00:00", "fare": 2.5, "status": "refunded"},
]
daily_revenue(rides)
# -> {"2024-06-29": 3.0}
\`\`\`

Ride 1 was refunded later, so only ride 2 earns money.
`,

    [`${slug}.starter.py`]: `def daily_revenue(rides: list[dict]) -> dict[str, float]:
    """rides: [{ride_id, started_at, fare?, status}, ...], in the order they were logged.

    The last record of each ride_id counts. Add up the fare (missing: 0) of each ride whose
    last record is 'completed', by the day it started (started_at[:10]); round each day with
    round(total, 2). Days without a completed ride do not appear.
    """
`,

    [`${slug}.cases.ts`]: `import { createRandom } from '../../core/random'
import { call, numberCases } from '../../engine/python/case-helpers'
import { definePythonCases } from '../../engine/python/exercises'
import type { JsonValue, PythonCase } from '../../engine/python/types'
import { run } from './${slug}.reference'

/**
 * The cases: 3 to 5 visible ones (Run shows them in full), 5 or more hidden ones (Submit only;
 * one per rule and edge case, each named by what it tests), and seeded random ones. The
 * TypeScript reference in ${slug}.reference.ts computes every expected outcome.
 * TO CHANGE: your function and your cases.
 */
const FN = 'daily_revenue'
type Ride = { ride_id: number; started_at: string; fare?: number; status: string }
const revenue = (rides: Ride[]) => [call(FN, [rides as unknown as JsonValue])]
const ride = (rideId: number, startedAt: string, fare: number, status = 'completed'): Ride => ({ ride_id: rideId, started_at: startedAt, fare, status })

const MORNING = '2024-06-29 08:00:00'
const NOON = '2024-06-29 12:00:00'
const NEXT_DAY = '2024-06-30 09:15:00'

// Each known-wrong answer must fail FIRST on a case where no other known-wrong answer gives the
// same result: that first failure is where the grader recognises (and names) the mistake.
export const visible: PythonCase[] = numberCases('visible', 'visible', [
  ['two days of completed rides', revenue([ride(1, MORNING, 2.5), ride(2, NOON, 3.25), ride(3, NEXT_DAY, 4)])],
  ['a ride logged twice counts once', revenue([ride(1, MORNING, 2), ride(1, MORNING, 2), ride(2, NEXT_DAY, 1.5)])],
  ['a refund undone: the last record is completed again', revenue([ride(1, MORNING, 2, 'refunded'), ride(1, MORNING, 2)])],
  ['a day with only refunded rides does not appear', revenue([ride(1, MORNING, 2, 'refunded'), ride(2, NEXT_DAY, 3)])],
  ['the example: ride 1 is refunded by a later record', revenue([ride(1, MORNING, 2.5), ride(2, NOON, 3), ride(1, MORNING, 2.5, 'refunded')])],
])

export const hidden: PythonCase[] = numberCases('hidden', 'hidden', [
  ['no rides -> {}', revenue([])],
  ['a ride without a fare counts as 0, and its day appears', revenue([{ ride_id: 1, started_at: MORNING, status: 'completed' }, ride(2, NEXT_DAY, 1)])],
  ['refunded, then reinstated, then refunded again', revenue([ride(1, MORNING, 2), ride(1, MORNING, 2, 'refunded'), ride(1, MORNING, 2), ride(1, MORNING, 2, 'refunded')])],
  ['a single refunded record earns nothing', revenue([ride(4, NOON, 6.5, 'refunded')])],
  ['totals are rounded to cents', revenue([ride(1, MORNING, 0.1), ride(2, NOON, 0.2), ride(3, NOON, 1.15)])],
  ['rides just before and after midnight fall on their own days', revenue([ride(1, '2024-06-29 23:59:59', 1.5), ride(2, '2024-06-30 00:00:00', 2.5)])],
])

/** Seeded random logs: a few rides, some logged again, some refunded, some without a fare. */
export function randomCases(seed: number, count: number): PythonCase[] {
  const random = createRandom(seed, '${id}/${slug}')
  return Array.from({ length: count }, (_, n) => {
    const r = random.fork('case-' + n)
    const rides: JsonValue[] = []
    for (let k = r.int(0, 10); k > 0; k--) {
      const record: Record<string, JsonValue> = {
        ride_id: r.int(1, 6),
        started_at: r.pick(['2024-06-28', '2024-06-29', '2024-06-30']) + ' ' + r.pick(['00:00:00', '08:30:00', '23:59:59']),
        status: r.chance(0.25) ? 'refunded' : 'completed',
      }
      if (r.chance(0.9)) record.fare = r.pick([1.45, 2.05, 2.8, 3.1, 7])
      rides.push(record)
    }
    return { id: 'random-' + (n + 1), label: 'random ride log ' + (n + 1) + ' (seed ' + seed + ')', visibility: 'random' as const, steps: [call(FN, [rides])] }
  })
}

export default definePythonCases({ cases: { visible, hidden, random: randomCases }, reference: run })
`,

    [`${slug}.reference.ts`]: `/**
 * The reference for \`${id}/${slug}\`, in TypeScript: it computes the expected outcome of every
 * case, with Python's semantics where they matter (dict lookups that raise, round()).
 * TO CHANGE: your function, following the statement to the letter.
 */
import { hashKey, pyGet, pyItem, pyNumber, PyError, roundLikePython } from '../../engine/python/python-semantics'
import { runSteps } from '../../engine/python/run-steps'
import type { JsonValue, PythonStep, StepOutcome } from '../../engine/python/types'

export function dailyRevenue(rides: JsonValue): JsonValue {
  if (!Array.isArray(rides)) throw new PyError('TypeError', 'rides must be a list')
  // Like a Python dict: a later record replaces the earlier one of the same ride_id.
  const latest = new Map<string, JsonValue>()
  for (const ride of rides) latest.set(hashKey(pyItem(ride, 'ride_id')), ride)
  const totals = new Map<string, number>()
  for (const ride of latest.values()) {
    if (pyItem(ride, 'status') !== 'completed') continue
    const day = String(pyItem(ride, 'started_at')).slice(0, 10)
    totals.set(day, (totals.get(day) ?? 0) + pyNumber(pyGet(ride, 'fare', 0), 'fare'))
  }
  return Object.fromEntries([...totals].map(([day, total]) => [day, roundLikePython(total, 2)]))
}

export function run(steps: PythonStep[]): StepOutcome[] {
  return runSteps(steps, {
    functions: {
      daily_revenue: { params: [['rides']], call: ([rides]) => dailyRevenue(rides) },
    },
  })
}
`,

    // Known-wrong answers: plausible code that gives a wrong result (not code that merely fails).
    [`${slug}.wrong/counts-every-record.py`]: dailyRevenuePy(
      "# mistake: you add up every record, so a ride logged twice counts twice and a refunded ride still earns its first record's fare\n# hint: Keep only the last record of each ride_id before adding anything up.\n",
      { counted: 'rides' },
    ),
    [`${slug}.wrong/first-record-wins.py`]: dailyRevenuePy(
      '# mistake: you keep the first record of each ride, so a refund logged later is ignored\n# hint: The last record of a ride_id is the one that counts: let later records replace earlier ones.\n',
      { keep: "        latest.setdefault(ride['ride_id'], ride)" },
    ),
    [`${slug}.wrong/refunds-still-earn.py`]: `# mistake: you count refunded rides: their fare was given back
# hint: Only a ride whose last record has status 'completed' earns its fare.
def daily_revenue(rides):
    latest = {}
    for ride in rides:
        latest[ride['ride_id']] = ride
    totals = {}
    for ride in latest.values():
        day = ride['started_at'][:10]
        totals[day] = totals.get(day, 0) + ride.get('fare', 0)
    return {day: round(total, 2) for day, total in totals.items()}
`,
    [`${slug}.wrong/missing-fare-raises.py`]: dailyRevenuePy(
      "# mistake: a record without a fare raises KeyError; a missing fare counts as 0\n# hint: Read the fare with ride.get('fare', 0).\n",
      { fare: "ride['fare']" },
    ),

    // Correct answers in other styles: each must be accepted on every case.
    [`${slug}.alt/dict_loops.py`]: dailyRevenuePy(''),
    [`${slug}.alt/defaultdict_reversed.py`]: `from collections import defaultdict


def daily_revenue(rides):
    seen = set()
    totals = defaultdict(float)
    # Walk the log backwards: the first record met for a ride is its last one.
    for ride in reversed(rides):
        if ride['ride_id'] in seen:
            continue
        seen.add(ride['ride_id'])
        if ride['status'] == 'completed':
            totals[ride['started_at'][:10]] += ride.get('fare') or 0
    return {day: round(total, 2) for day, total in totals.items()}
`,
  }
}
