/**
 * Renames identifiers in a query written over the reference schema so it reads the answer's
 * schema: `fact_user_sessions` -> `sessions`, `date_partition` -> `ds`. Strings and comments
 * are left alone; names are matched case-insensitively, quoted or not.
 */
export function rewriteIdentifiers(sql: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return sql
  const token = /('(?:[^']|'')*')|(--[^\n]*)|(\/\*[\s\S]*?\*\/)|"((?:[^"]|"")*)"|`([^`]*)`|\[([^\]]*)\]|([A-Za-z_][A-Za-z0-9_]*)/g
  return sql.replace(token, (whole, str, line, block, dq, bq, br, bare) => {
    if (str !== undefined || line !== undefined || block !== undefined) return whole
    const name: string = bare ?? dq ?? bq ?? br
    const renamed = renames.get(name.toLowerCase())
    if (renamed === undefined) return whole
    // Always quoted (the answer may name a column `date` or `order`), in brackets: SQLite reads a
    // double-quoted name that matches no column as a string, which would hide a missing column.
    return renamed.includes(']') ? `\`${renamed.replace(/`/g, '``')}\`` : `[${renamed}]`
  })
}
