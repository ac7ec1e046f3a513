/**
 * Python grading: the grader and the helpers scenario folders write cases and references with. Pure like the rest of the
 * engine; the sandbox (Pyodide) runs the learner's code and hands over `PythonRunOutcome`.
 */
export type * from './types'
export { gradePythonAnswer, evaluateCase, caseFails } from './grade-python-answer'
export type { GradePythonInput, KnownWrongPythonRun, CaseEvaluation } from './grade-python-answer'
export { shrinkCase } from './shrink-case'
export type { ShrinkOptions } from './shrink-case'
export { definePythonCases, buildSubmitCases, DEFAULT_RANDOM_CASES, DEFAULT_RANDOM_SEED } from './exercises'
export type { PythonGrading, PythonSignature, PythonCasesModule, PythonCaseSet } from './exercises'
export { call, construct, method, numberCases, isoPlus } from './case-helpers'
export { jsonEqual, numbersEqual, outcomeEqual, describeValueDifference, PYTHON_TOLERANCE } from './compare-outcomes'
export { roundLikePython, pySum } from './python-semantics'
export { reprPython } from './format-python'
