import { describe, expect, it } from 'vitest'
import { lineAt, maskSqlText, tokenizeSql } from '../../src/core/sql-tokens'

describe('maskSqlText (the one SQL tokenizer, masking)', () => {
  it('blanks comments and string insides, keeps quotes, names and length', () => {
    const sql = "SELECT 'it''s -- no' AS x, \"a--b\" -- real comment\nFROM t /* block\nWHERE */ WHERE y = 'z'"
    const masked = maskSqlText(sql)
    expect(masked).toHaveLength(sql.length)
    expect(masked).toBe("SELECT '           ' AS x, \"a--b\"                \nFROM t         \n         WHERE y = ' '")
    expect(lineAt(sql, masked.indexOf('WHERE y'))).toBe(3)
  })

  it('masks an unclosed string or comment to the end instead of failing', () => {
    expect(maskSqlText("SELECT 'open\nFROM t")).toBe("SELECT '    \n      ")
    expect(maskSqlText('SELECT 1 /* open')).toBe('SELECT 1        ')
  })

  it('agrees with the tokenizer on what is a word', () => {
    const sql = "SELECT count(*) FROM \"order\" WHERE note = 'from here' -- from there"
    const tokenized = tokenizeSql(sql)
    expect(tokenized.ok && tokenized.tokens.filter((t) => t.kind === 'word').map((t) => t.text)).toEqual(['SELECT', 'count', 'FROM', 'WHERE', 'note'])
    expect(maskSqlText(sql).match(/\bfrom\b/gi)).toHaveLength(1)
  })
})
