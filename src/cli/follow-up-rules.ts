import type { FollowUp, FollowUpPart, Scenario } from '../scenarios/types'

// The same file naming as scenario-rules.ts (which imports this module, so it is not imported back).
const scenarioFile = (scenarioId: string, name: string): string => `src/scenarios/${scenarioId}/${name}`

/**
 * The interviewer's follow-up topics every learner should meet somewhere in the catalog (issue 12,
 * from the interview guide): a topic is covered when each of its tags is on at least one card of
 * some scenario. Tags are kebab-case words in the cards' `tags`.
 */
export const FOLLOW_UP_TOPICS: ReadonlyArray<{ topic: string; tags: readonly string[] }> = [
  { topic: 'late-arriving data and reconciliation', tags: ['late-data', 'reconciliation'] },
  { topic: 'partitioning and retention', tags: ['partitioning', 'retention'] },
  { topic: 'scaling an event pipeline with exactly-once processing', tags: ['scaling', 'exactly-once'] },
  { topic: 'viral share chains', tags: ['viral-share-chains'] },
  { topic: 'query performance, indexing and pre-aggregation', tags: ['query-performance', 'indexing', 'pre-aggregation'] },
  { topic: 'attribution windows and incrementality', tags: ['attribution-windows', 'incrementality'] },
  { topic: 'privacy in recommendations', tags: ['privacy'] },
  { topic: 'collaboration and ownership', tags: ['collaboration', 'ownership'] },
]

const PARTS: readonly FollowUpPart[] = ['product', 'model', 'sql', 'python', 'collaboration']
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** Each of a scenario's follow-up cards has an id, a part, a question, two or more talking points and its topics' tags. */
export function checkFollowUps(scenario: Pick<Scenario, 'id' | 'followUps'>): string[] {
  const file = scenarioFile(scenario.id, 'follow-ups.ts')
  const cards: FollowUp[] = scenario.followUps ?? []
  if (cards.length === 0) {
    return [
      `${file} is missing or empty: scenario ${scenario.id} has no follow-up discussions. Add \`export const followUps = defineFollowUps([...])\` with the interviewer's follow-up questions, and pass it to defineScenario as followUps in ${scenarioFile(scenario.id, 'scenario.ts')}.`,
    ]
  }
  const problems: string[] = []
  const seen = new Set<string>()
  cards.forEach((card, index) => {
    const name = card.id ? `follow-up "${card.id}"` : `follow-up number ${index + 1}`
    if (!KEBAB.test(card.id ?? '')) problems.push(`${file}: ${name} needs an id of lower-case words joined by hyphens, such as "late-arriving-events".`)
    if (seen.has(card.id)) problems.push(`${file}: ${name} is listed twice; give one of them another id.`)
    seen.add(card.id)
    if (!PARTS.includes(card.part)) problems.push(`${file}: ${name} has the part "${String(card.part)}"; use one of ${PARTS.join(', ')}.`)
    if ((card.question ?? '').trim().length < 20) problems.push(`${file}: ${name} needs a question: what the interviewer asks, in a sentence or two.`)
    const points = (card.talkingPoints ?? []).filter((point) => point.trim() !== '')
    if (points.length < 2) problems.push(`${file}: ${name} needs at least two talking points: what a strong answer covers, one point per entry.`)
    if (points.length < (card.talkingPoints ?? []).length) problems.push(`${file}: ${name} has an empty talking point; write it or remove it.`)
    const tags = card.tags ?? []
    if (tags.length === 0) problems.push(`${file}: ${name} has no tags: name its topics (such as ${FOLLOW_UP_TOPICS[0].tags.join(', ')}) so the catalog's coverage can be checked.`)
    for (const tag of tags) if (!KEBAB.test(tag)) problems.push(`${file}: ${name} has the tag "${tag}"; use lower-case words joined by hyphens.`)
  })
  return problems
}

/** Every topic of FOLLOW_UP_TOPICS has a card somewhere across the scenarios. */
export function checkFollowUpTopics(scenarios: ReadonlyArray<Pick<Scenario, 'id' | 'followUps'>>): string[] {
  const tagged = new Set(scenarios.flatMap((s) => (s.followUps ?? []).flatMap((card) => card.tags ?? [])))
  return FOLLOW_UP_TOPICS.flatMap(({ topic, tags }) => {
    const missing = tags.filter((tag) => !tagged.has(tag))
    return missing.length === 0
      ? []
      : [
          `No follow-up card covers ${topic}: no card in any src/scenarios/<id>/follow-ups.ts has the tag${missing.length === 1 ? '' : 's'} ${missing.map((t) => `"${t}"`).join(', ')}. Add a card on it to the scenario it fits, with those tags.`,
        ]
  })
}
