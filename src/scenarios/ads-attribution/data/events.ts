/** Collects event drafts in creation order; `seq` breaks ties between events of the same second. */
import type { CampaignPlan, EventDraft, EventType } from './model'
import { FIRST_SECOND, LAST_SECOND } from './calendar'
import { isActiveAt } from './campaigns'

export class EventLog {
  readonly drafts: EventDraft[] = []

  /**
   * Records an event and returns it, or returns null (and records nothing) when the campaign
   * is not serving at `t` or `t` lies outside the table's range: a generator step never has
   * to check dates itself.
   */
  add(userId: number, campaign: CampaignPlan, adId: number, type: EventType, t: number, valueUsd: number | null = null): EventDraft | null {
    if (t < FIRST_SECOND || t > LAST_SECOND || !isActiveAt(campaign, t)) return null
    const event: EventDraft = { t, seq: this.drafts.length, userId, campaign, adId, type, valueUsd }
    this.drafts.push(event)
    return event
  }

  /** Like `add`, but a planted event that cannot be placed is a bug in the plan: fail loudly. */
  plant(userId: number, campaign: CampaignPlan, adId: number, type: EventType, t: number, valueUsd: number | null = null): EventDraft {
    const event = this.add(userId, campaign, adId, type, t, valueUsd)
    if (!event) throw new Error(`ads-attribution: planted ${type} of campaign ${campaign.campaignId} at ${t} is outside its flight`)
    return event
  }
}
