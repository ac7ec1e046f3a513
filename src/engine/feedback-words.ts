/**
 * How feedback names a known mistake: "This looks like a common mistake: <mistake>." (its hint is
 * kept apart, in the grade's `diagnosis.fix`, until the learner asks for it or repeats the mistake).
 * The store reads it back to put the mistake in the review queue, so the words live in one place.
 */
export const KNOWN_MISTAKE_PREFIX = 'This looks like a common mistake: '
