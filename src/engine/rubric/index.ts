/** Rubric grading of Markdown product-sense answers. Pure functions, no I/O. */
export { scoreRubric, toGrade, composeAnchorAnswer } from './score-rubric'
export { findExperimentDuration, findExperimentDurationDays, checkExperimentLength } from './experiment-length'
export type { StatedDuration } from './experiment-length'
export { splitMarkdownSentences } from './markdown-sentences'
export type { Sentence, SentenceKind } from './markdown-sentences'
export { normalizeWords, stem } from './normalize'
export { productSenseRubrics, feedEngagementRubric, reelsSessionsRubric, adsAttributionRubric, pymkRubric } from './rubrics'
export type * from './types'
