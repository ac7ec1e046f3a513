/**
 * What every template function of the scaffold receives, and what it returns: file contents by
 * path inside the new scenario's folder (`src/scenarios/<id>/`).
 */
export interface TemplateContext {
  /** The folder's name and the scenario id: lower-case words joined by hyphens. */
  id: string
  /** The catalog title. */
  title: string
  /** A TypeScript name for the scenario's exports (`bikeRentals` for `bike-rentals`). */
  name: string
}

/** File contents by path relative to the scenario folder (`sql-city-revenue.wrong/x.sql`). */
export type TemplateFiles = Record<string, string>

/**
 * `import.meta`, spelled so the build of the tools never mistakes a template's text for one
 * of its own `import.meta.glob` calls.
 */
export const IMPORT_META = ['import', 'meta'].join('.')

/** A TypeScript string literal of `text`. */
export const tsString = (text: string): string => JSON.stringify(text)
