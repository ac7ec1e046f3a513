/**
 * How feedback names a known mistake: "This looks like a common mistake: <mistake>. Hint: <hint>".
 * The store reads it back to put the mistake in the review queue, so the words live in one place.
 */
export const KNOWN_MISTAKE_PREFIX = 'This looks like a common mistake: '
