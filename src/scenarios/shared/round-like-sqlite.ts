/**
 * SQLite's ROUND(x, digits), reproduced in TypeScript so the expected results computed
 * without SQL round exactly like the reference queries.
 *
 * Why not `Number(x.toFixed(d))`: toFixed rounds the exact binary value, while SQLite
 * (3.5x, as in sql.js 1.16) first turns the double into 18-19 significant decimal digits
 * and then rounds those half away from zero. The two disagree on doubles that sit within
 * about 1e-18 (relative) below a half, e.g. 617.22645 (= 617.22644999999999982...) rounds
 * to 617.2265 in SQLite but to 617.2264 with toFixed.
 */
export function roundLikeSqlite(x: number, digits = 0): number {
  if (!Number.isFinite(x) || x === 0) return x
  const d = Math.max(0, Math.min(30, Math.trunc(digits)))
  // Beyond 2^52 a double has no fractional part: SQLite returns it unchanged.
  if (Math.abs(x) > 4503599627370496) return x
  if (d === 0) {
    // SQLite: (double)(sqlite_int64)(r + (r < 0 ? -0.5 : 0.5)); the int64 has no -0.
    return Math.trunc(x + (x < 0 ? -0.5 : 0.5)) + 0
  }
  const sign = x < 0 ? '-' : ''
  const { digits: sig, pointAt } = decodeLikeSqlite(Math.abs(x))
  // Round the significant digits at `d` places after the decimal point, half up.
  const keep = pointAt + d
  const zero = x < 0 ? -0 : 0
  if (keep < 0) return zero
  if (keep === 0) {
    // The first digit sits just right of the last kept place: 0.0006 -> 0.001.
    return sig[0] >= '5' ? Number(`${sign}1e-${d}`) : zero
  }
  let kept = sig
  if (keep < sig.length) {
    kept = sig.slice(0, keep)
    if (sig[keep] >= '5') kept = incrementDecimal(kept)
  }
  const shift = kept.length - sig.slice(0, keep).length // 1 when the carry added a digit
  const intDigits = pointAt + shift
  return Number(`${sign}0.${kept}e${intDigits}`)
}

/**
 * The digits SQLite's sqlite3FpDecode starts from: |x| scaled by 10^p to 18-19 digits and
 * rounded to an integer (ties to even), p chosen from the binary exponent as SQLite does.
 * Returns the digit string and how many of them sit before the decimal point.
 */
function decodeLikeSqlite(x: number): { digits: string; pointAt: number } {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, x)
  const bits = view.getBigUint64(0)
  const biased = Number((bits >> 52n) & 0x7ffn)
  let mantissa = bits & 0xfffffffffffffn
  let e: number
  if (biased === 0) {
    e = -1074
  } else {
    mantissa |= 1n << 52n
    e = biased - 1075
  }
  // Normalise to a 64-bit mantissa with its top bit set, as SQLite does.
  const shiftBy = 64 - mantissa.toString(2).length
  mantissa <<= BigInt(shiftBy)
  e -= shiftBy
  const k = Math.floor(((e + 63) * 78913) / 2 ** 18)
  const p = 17 - k
  // |x| * 10^p = mantissa * 2^e * 10^p, as a fraction num/den.
  let num = mantissa
  let den = 1n
  if (e >= 0) num <<= BigInt(e)
  else den <<= BigInt(-e)
  if (p >= 0) num *= 10n ** BigInt(p)
  else den *= 10n ** BigInt(-p)
  let q = num / den
  const rem2 = (num % den) * 2n
  if (rem2 > den || (rem2 === den && (q & 1n) === 1n)) q += 1n
  let digits = q.toString()
  const pointAt = digits.length - p
  digits = digits.replace(/0+$/, '') || '0'
  return { digits, pointAt }
}

/** Adds one to a string of decimal digits ("199" -> "200", "99" -> "100"). */
function incrementDecimal(digits: string): string {
  const out = digits.split('')
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === '9') {
      out[i] = '0'
    } else {
      out[i] = String(Number(out[i]) + 1)
      return out.join('')
    }
  }
  return '1' + out.join('')
}
