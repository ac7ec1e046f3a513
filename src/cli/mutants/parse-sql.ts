/**
 * A real SQLite parser (sql-parser-cst) for the mutation check. The concrete syntax tree
 * keeps every space and comment, so `show(parse(text))` gives the text back byte for byte,
 * and each node's `range` says exactly which characters a mutant replaces.
 */
import { parse, show, type Program } from 'sql-parser-cst'

/** Parses a reference query as SQLite, keeping spaces, comments and ranges. Throws on a syntax error. */
export function parseSqlite(text: string): Program {
  return parse(text, { dialect: 'sqlite', includeSpaces: true, includeComments: true, includeNewlines: true, includeRange: true })
}

/** True when the parser prints `text` back unchanged (nothing lost, so ranges are trustworthy). */
export function printsBackUnchanged(text: string): boolean {
  return show(parseSqlite(text)) === text
}

/** A node of the tree: anything with a `type`, and (with includeRange) a `range`. */
export interface SqlNode {
  type: string
  range?: [number, number]
  [key: string]: unknown
}

/**
 * Calls `visit` on every node of the tree, parents before children, in text order, with the
 * node's ancestors (the root first, the parent last).
 */
export function walkNodes(root: unknown, visit: (node: SqlNode, ancestors: readonly SqlNode[]) => void, ancestors: SqlNode[] = []): void {
  if (Array.isArray(root)) return root.forEach((child) => walkNodes(child, visit, ancestors))
  if (!root || typeof root !== 'object') return
  const node = root as SqlNode
  const isNode = typeof node.type === 'string'
  if (isNode) visit(node, ancestors)
  const below = isNode ? [...ancestors, node] : ancestors
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'range' && key !== 'leading' && key !== 'trailing' && value && typeof value === 'object') walkNodes(value, visit, below)
  }
}
