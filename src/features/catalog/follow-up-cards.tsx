import { useId, useState } from 'react'
import { followUpKey, useAppStore, type SelfRating } from '../../store'
import { Markdown } from '../../ui/markdown'
import type { FollowUp, FollowUpPart } from '../../scenarios/types'

const LEVELS: SelfRating[] = ['strong', 'medium', 'weak']

const PART_LABELS: Record<FollowUpPart, string> = {
  product: 'Product sense',
  model: 'Data modeling',
  sql: 'SQL',
  python: 'Python',
  collaboration: 'Collaboration and ownership',
}

/** The interviewer's follow-up discussions of a scenario: one card each, notes and self-rating saved. */
export function FollowUpCards({ scenarioId, followUps }: { scenarioId: string; followUps: FollowUp[] }) {
  if (followUps.length === 0) return null
  return (
    <section aria-labelledby="follow-ups-heading" className="card follow-ups">
      <h2 id="follow-ups-heading">Follow-up discussions</h2>
      <p className="muted">
        What an interviewer asks once the exercise is done. Note your talking points, compare them with ours, and rate yourself honestly.
      </p>
      <ul className="follow-up-list" aria-label="Follow-up questions">
        {followUps.map((followUp) => (
          <li key={followUp.id}>
            <FollowUpCard followUp={followUp} storageKey={followUpKey(scenarioId, followUp.id)} />
          </li>
        ))}
      </ul>
    </section>
  )
}

function FollowUpCard({ followUp, storageKey }: { followUp: FollowUp; storageKey: string }) {
  const id = useId()
  const note = useAppStore((state) => state.followUpNotes[storageKey] ?? '')
  const rating = useAppStore((state) => state.followUpRatings[storageKey])
  const setNote = useAppStore((state) => state.setFollowUpNote)
  const rate = useAppStore((state) => state.rateFollowUp)
  const [revealed, setRevealed] = useState(false)
  const questionId = `${id}-question`
  const pointsId = `${id}-points`
  return (
    <article className="follow-up-card" aria-labelledby={questionId} data-follow-up={followUp.id}>
      <p className="follow-up-part">{PART_LABELS[followUp.part]}</p>
      <h3 id={questionId} className="follow-up-question">
        {followUp.question}
      </h3>
      <label htmlFor={`${id}-notes`}>Your talking points</label>
      <textarea
        id={`${id}-notes`}
        className="follow-up-notes"
        rows={4}
        value={note}
        onChange={(event) => setNote(storageKey, event.target.value)}
      />
      <button type="button" aria-expanded={revealed} aria-controls={pointsId} onClick={() => setRevealed((shown) => !shown)}>
        {revealed ? 'Hide model talking points' : 'Show model talking points'}
      </button>
      <div id={pointsId} hidden={!revealed} className="follow-up-points">
        {revealed && (
          <ul aria-label="Model talking points">
            {followUp.talkingPoints.map((point) => (
              <li key={point}>
                <Markdown>{point}</Markdown>
              </li>
            ))}
          </ul>
        )}
      </div>
      <fieldset className="follow-up-rating">
        <legend>How did your answer compare?</legend>
        {LEVELS.map((level) => (
          <label key={level}>
            <input type="radio" name={`${id}-rating`} value={level} checked={rating === level} onChange={() => rate(storageKey, level, followUp.question)} /> {level}
          </label>
        ))}
      </fieldset>
    </article>
  )
}
