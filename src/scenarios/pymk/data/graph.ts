/**
 * The relationship graph under construction. Each unordered pair of users has at most one
 * row, in either direction: a friendship is stored once, whoever sent the request.
 */
import type { Random } from '../../../core/random'
import { DAY_SECONDS, END } from './calendar'
import type { PlannedUser, Relationship, RelationshipStatus, RelationshipType } from './model'

const pairKey = (a: number, b: number): number => (a < b ? a * 1_000_000 + b : b * 1_000_000 + a)

export class SocialGraph {
  readonly rows: Relationship[] = []
  private readonly pairs = new Set<number>()

  constructor(private readonly users: PlannedUser[]) {}

  has(a: number, b: number): boolean {
    return this.pairs.has(pairKey(a, b))
  }

  /** Adds a row; a second row for the same pair is a generator bug. */
  add(from: number, to: number, type: RelationshipType, status: RelationshipStatus, createdAt: number): Relationship {
    if (from === to) throw new Error(`pymk: a relationship of user ${from} with itself`)
    const key = pairKey(from, to)
    if (this.pairs.has(key)) throw new Error(`pymk: a second relationship row for ${from} and ${to}`)
    this.pairs.add(key)
    const row: Relationship = { from, to, type, status, createdAt }
    this.rows.push(row)
    return row
  }

  /** A creation time after both users registered and no later than today. */
  drawCreatedAt(random: Random, a: number, b: number): number {
    const first = Math.max(this.users[a - 1].registrationDay, this.users[b - 1].registrationDay) * DAY_SECONDS
    return first + Math.floor(random.next() * (END - first))
  }

  /** Adds a row between a and b, direction drawn at random. */
  connect(random: Random, a: number, b: number, type: RelationshipType, status: RelationshipStatus): Relationship {
    const [from, to] = random.chance(0.5) ? [a, b] : [b, a]
    return this.add(from, to, type, status, this.drawCreatedAt(random, a, b))
  }
}

const ROW_KINDS: [[RelationshipType, RelationshipStatus], number][] = [
  [['friend', 'active'], 0.74],
  [['friend', 'pending'], 0.06],
  [['follow', 'active'], 0.15],
  [['follow', 'pending'], 0.02],
  [['friend', 'blocked'], 0.018],
  [['follow', 'blocked'], 0.012],
]

/**
 * The background graph among `members` (everyone but user 42 and 42's friends, whose
 * neighbourhood is planted separately): random pairs, mostly active friendships. Users
 * with a higher "sociability" get more rows, as real graphs have hubs.
 */
export function growBackgroundGraph(graph: SocialGraph, members: number[], rows: number, random: Random): void {
  const weights = members.map(() => 0.3 + random.next() * random.next() * 4)
  const cumulative: number[] = []
  let total = 0
  for (const w of weights) cumulative.push((total += w))
  const pickMember = (): number => {
    const r = random.next() * total
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid] > r) hi = mid
      else lo = mid + 1
    }
    return members[lo]
  }
  let added = 0
  for (let attempts = 0; added < rows && attempts < rows * 4; attempts++) {
    const a = pickMember()
    const b = pickMember()
    if (a === b || graph.has(a, b)) continue
    const [type, status] = random.weighted(ROW_KINDS)
    graph.connect(random, a, b, type, status)
    added++
  }
}
