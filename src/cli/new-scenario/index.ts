import type { TemplateContext, TemplateFiles } from './context'
import { followUpFiles } from './follow-up-files'
import { modelFiles } from './model-files'
import { productFiles } from './product-files'
import { pythonFiles } from './python-files'
import { scenarioFiles } from './scenario-files'
import { sqlFiles } from './sql-files'

export type { TemplateContext, TemplateFiles } from './context'

/**
 * Every file of a new, working scenario (a bike-share theme a mentor then rewrites), by path
 * inside `src/scenarios/<id>/`. Each file says in a "TO CHANGE" comment what to replace.
 */
export function scenarioTemplate(context: TemplateContext): TemplateFiles {
  return {
    ...scenarioFiles(context),
    ...sqlFiles(),
    ...pythonFiles(context),
    ...productFiles(context),
    ...modelFiles(context),
    ...followUpFiles(context),
  }
}
