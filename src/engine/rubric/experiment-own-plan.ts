import { sentencesOf, type Sentence } from './markdown-sentences'

/**
 * The numbers a candidate's own test plan states, so the length check judges the plan by them
 * (the contract: a plan whose own stated numbers reach its sample size is never rejected for
 * its length). Each is absent when the answer does not state it; the scenario's plan fills in.
 */
export interface StatedPlan {
  /** Share of eligible units in the test, all arms together (0 < share <= 1). */
  trafficShare?: number
  /** Arms, control included. */
  arms?: number
  /** Units per arm the candidate sized the test to. */
  perArm?: number
  /** The sentences the numbers come from, for feedback. */
  sentences: string[]
}

const NUMBER = String.raw`(\d[\d,]*(?:\.\d+)?)\s*(k|thousand|m|million)?`
const SCALE: Record<string, number> = { k: 1_000, thousand: 1_000, m: 1_000_000, million: 1_000_000 }
const PER_ARM = new RegExp(String.raw`${NUMBER}\s*(?:[a-z]+\s+){0,2}(?:per|in each|for each|each)\s+(?:arm|group|variant|bucket)\b`, 'gi')
const PERCENT_PER_ARM = /(\d+(?:\.\d+)?)\s*%\s*(?:of\s+[a-z-]+\s+)?(?:per|in each|for each|each)\s+(?:arm|group|variant)\b/gi
/** "5% control", "10% treatment A", "Control: current ranking (50%)", "Treatment (50%)": one arm's share. */
const ARM_SHARE = /(\d+(?:\.\d+)?)\s*%\s*(control|treatment(?:\s+[A-Z]\b)?)|\b(control|treatment(?:\s+[A-Z]\b)?)\s*(?:arm|group)?\s*(?::[^/;.(]{0,60})?\((\d+(?:\.\d+)?)\s*%\)/gi
const PERCENT_OF = /(\d+(?:\.\d+)?)\s*%\s+of\s+(?:the\s+|all\s+)?(?:eligible\s+|logged-in\s+|active\s+)?(?:users|traffic|advertisers|viewers|people|accounts)\b/gi
const EVEN_SPLIT = /\b(50\s*\/\s*50|50-50|half-half|even split|split evenly|half (?:of )?the (?:users|advertisers|viewers))/i
/** A 50/50 is a split only next to words about assigning units ("content mix 50/50" is not). */
const SPLIT_WORDS = /\b(split|random|randomi[sz]ed?|assign\w*|users?|advertisers?|viewers?|arms?|traffic)\b/i
const ARM_COUNT = /\b(two|three|four|five|2|3|4|5)\s+(?:arms|variants|groups)\b/i
const WORD_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 }

const toNumber = (digits: string, scale?: string) => Number(digits.replace(/,/g, '')) * (scale ? SCALE[scale.toLowerCase()] : 1)

/** Reads the split, the arms and the sample per arm the answer states, anywhere in it. */
export function readStatedPlan(markdown: string | readonly Sentence[]): StatedPlan {
  const plan: StatedPlan = { sentences: [] }
  const note = (text: string) => {
    if (!plan.sentences.includes(text)) plan.sentences.push(text)
  }
  let treatments = 0
  let namesControl = false
  let shares: number[] = []
  let armsStated: number | undefined
  // "50/50" splits the test two ways: two arms, unless the answer names more.
  let evenTwoWay = false
  const armShares = new Map<string, number>()
  for (const { text } of sentencesOf(markdown)) {
    for (const m of text.matchAll(PER_ARM)) {
      const n = toNumber(m[1], m[2])
      if (n >= 10) {
        plan.perArm = n // the last figure is the plan's conclusion ("230,000 ... so about 115,000 per arm")
        note(text)
      }
    }
    for (const m of text.matchAll(/\b[Tt]reatment\s+(?:arm\s+)?([A-Z]|[1-9])\b/g)) treatments = Math.max(treatments, /\d/.test(m[1]) ? Number(m[1]) : m[1].charCodeAt(0) - 64)
    if (/\btreatment\b/i.test(text)) treatments = Math.max(treatments, 1)
    if (/\bcontrol\b/i.test(text)) namesControl = true
    const count = ARM_COUNT.exec(text)
    if (count) armsStated = WORD_NUMBERS[count[1].toLowerCase()] ?? Number(count[1])
    const found: number[] = []
    for (const m of text.matchAll(ARM_SHARE)) armShares.set((m[2] ?? m[3]).toLowerCase().replace(/\s+/g, ' '), Number(m[1] ?? m[4]) / 100)
    for (const m of text.matchAll(PERCENT_OF)) found.push(Number(m[1]) / 100)
    for (const m of text.matchAll(PERCENT_PER_ARM)) found.push(-Number(m[1]) / 100) // per arm: times the arms, below
    if (EVEN_SPLIT.test(text) && SPLIT_WORDS.test(text.replace(EVEN_SPLIT, ''))) {
      found.push(1)
      evenTwoWay = true
    }
    if (found.length > 0) {
      shares = [...shares, ...found]
      note(text)
    }
  }
  plan.arms = armsStated ?? (treatments >= 2 ? treatments + 1 : evenTwoWay || (treatments === 1 && namesControl) ? 2 : undefined)
  const arms = plan.arms ?? 2
  if (armShares.size >= 2) shares.push([...armShares.values()].reduce((a, b) => a + b, 0))
  const resolved = shares.map((s) => (s < 0 ? -s * arms : s)).filter((s) => s > 0 && s <= 1)
  // The largest split is the test itself; smaller ones are ramps ("start at 5%/5% for 2 days").
  if (resolved.length > 0) plan.trafficShare = Math.max(...resolved)
  // A plan sized by its own sample per arm, with no share stated, enrols what it needs: the
  // scenario's assumed share is not the candidate's number, so it cannot reject the plan.
  else if (plan.perArm !== undefined) plan.trafficShare = 1
  return plan
}
