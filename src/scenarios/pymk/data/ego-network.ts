/**
 * User 42's planted neighbourhood, the data of sql-mutual-friends. It is built apart from
 * the background graph (which never touches 42 or 42's friends, and neither do
 * suggestions), so every mutual-friend count below is exact in every variant.
 */
import type { Random } from '../../../core/random'
import type { SocialGraph } from './graph'
import type { PymkConfig, RelationshipStatus, RelationshipType } from './model'

/** The user the mutual-friends exercise is about. */
export const EGO_USER = 42
const FRIEND_COUNT = 12

interface CandidatePlan {
  label: string
  mutualFriends: number
  /** A row with 42 that is not a friendship: the candidate still counts. */
  with42?: [RelationshipType, RelationshipStatus]
}

/**
 * Reference top 10: 8, 7, 6, 5, 5, 4, 4, 4, 3, 3; two more at 3 fall just outside, so the
 * 10th place is decided by candidate_user_id. Then a few at 2 and many at 1.
 */
const CANDIDATES: CandidatePlan[] = [
  { label: 'pending-with-42', mutualFriends: 8, with42: ['friend', 'pending'] },
  { label: 'follow-with-42', mutualFriends: 7, with42: ['follow', 'active'] },
  { label: 'six', mutualFriends: 6 },
  { label: 'five-a', mutualFriends: 5 },
  { label: 'five-b', mutualFriends: 5 },
  { label: 'four-a', mutualFriends: 4 },
  { label: 'four-b', mutualFriends: 4 },
  { label: 'four-c', mutualFriends: 4 },
  { label: 'three-a', mutualFriends: 3 },
  { label: 'three-b', mutualFriends: 3 },
  { label: 'three-c', mutualFriends: 3 },
  { label: 'three-d', mutualFriends: 3 },
  { label: 'two-a', mutualFriends: 2 },
  { label: 'two-b', mutualFriends: 2 },
  { label: 'two-c', mutualFriends: 2 },
]

export interface EgoPlan {
  friends: number[]
  /** Planted candidates by label, blocked users as `blocked-1..3`. */
  planted: Map<string, number>
  /** 42 and its friends: kept out of the background graph and of suggestions. */
  closed: Set<number>
}

/** Picks 42's neighbourhood (ids at random among users other than 42) and adds its rows. */
export function plantEgoNetwork(graph: SocialGraph, userCount: number, config: PymkConfig, random: Random): EgoPlan {
  const pool = random.shuffle(Array.from({ length: userCount }, (_, i) => i + 1).filter((id) => id !== EGO_USER))
  let next = 0
  const take = (): number => pool[next++]
  const friends = Array.from({ length: FRIEND_COUNT }, take)
  const planted = new Map<string, number>()
  const friendship = (a: number, b: number) => graph.connect(random, a, b, 'friend', 'active')

  // Both directions occur among 42's own friendships, by construction.
  friends.forEach((f, i) => graph.add(i % 2 ? f : EGO_USER, i % 2 ? EGO_USER : f, 'friend', 'active', graph.drawCreatedAt(random, EGO_USER, f)))
  // Friends who are friends with each other: friends[0] would rank with 6 mutual friends if not excluded.
  for (let i = 1; i <= 6; i++) friendship(friends[0], friends[i])
  friendship(friends[7], friends[8])

  const linkToFriends = (user: number, count: number): Set<number> => {
    const mutual = new Set(random.shuffle(friends).slice(0, count))
    for (const f of mutual) friendship(user, f)
    return mutual
  }
  const mutualSets = new Map<string, Set<number>>()
  for (const plan of CANDIDATES) {
    const id = take()
    planted.set(plan.label, id)
    mutualSets.set(plan.label, linkToFriends(id, plan.mutualFriends))
    if (plan.with42) graph.connect(random, EGO_USER, id, ...plan.with42)
  }
  config.blocks.forEach((block, i) => {
    const id = take()
    planted.set(`blocked-${i + 1}`, id)
    linkToFriends(id, block.mutualFriends)
    const [from, to] = block.direction === 'by-42' ? [EGO_USER, id] : [id, EGO_USER]
    graph.add(from, to, block.type, 'blocked', graph.drawCreatedAt(random, from, to))
  })

  // Friends of exactly one friend of 42: candidates with 1 mutual friend.
  for (const f of friends) {
    const count = random.int(2, 4)
    for (let i = 0; i < count; i++) friendship(f, take())
  }

  // Rows between 42's friends and others that are not friendships: a pending request and a
  // follow to planted candidates at 3 (either mistake lifts one to 4 and into the top 10),
  // and the same kinds plus a block towards users otherwise unconnected to 42's friends.
  const outsider = (label: string): number => friends.find((f) => !mutualSets.get(label)!.has(f))!
  graph.connect(random, outsider('three-c'), planted.get('three-c')!, 'friend', 'pending')
  graph.connect(random, outsider('three-d'), planted.get('three-d')!, 'follow', 'active')
  graph.connect(random, friends[3], take(), 'friend', 'pending')
  graph.connect(random, friends[4], take(), 'follow', 'active')
  graph.connect(random, friends[5], take(), 'friend', 'blocked')
  graph.connect(random, friends[9], take(), 'follow', 'pending')

  return { friends, planted, closed: new Set([EGO_USER, ...friends]) }
}
