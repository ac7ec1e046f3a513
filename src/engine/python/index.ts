/**
 * Python grading: TypeScript references, cases and the grader. Pure like the rest of the
 * engine; the sandbox (Pyodide) runs the learner's code and hands over `PythonRunOutcome`.
 */
export type * from './types'
export { gradePythonAnswer, evaluateCase, caseFails } from './grade-python-answer'
export type { GradePythonInput, KnownWrongPythonRun, CaseEvaluation } from './grade-python-answer'
export { shrinkCase } from './shrink-case'
export type { ShrinkOptions } from './shrink-case'
export { PYTHON_EXERCISES, getPythonExercise, buildSubmitCases, DEFAULT_RANDOM_CASES, DEFAULT_RANDOM_SEED } from './exercises'
export type { PythonExercise, PythonCaseSet } from './exercises'
export { jsonEqual, numbersEqual, outcomeEqual, describeValueDifference, PYTHON_TOLERANCE } from './compare-outcomes'
export { roundLikePython, pySum } from './python-semantics'
export { reprPython } from './format-python'
