/**
 * Seeded pseudo-random numbers for dataset generators.
 *
 * sfc32 (Small Fast Counting, from PractRand) is hand-written here rather than taken from a
 * package so the stream can never change under us with a dependency bump: a changed stream
 * would silently change every dataset and its graded answers. Never use Math.random in a
 * generator.
 */

/** A seeded stream of random numbers plus the helpers generators need. */
export interface Random {
  /** Uniform float in [0, 1). */
  next(): number
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  /** True with probability `p`. */
  chance(p: number): boolean
  /** One element, uniformly. Throws on an empty list. */
  pick<T>(items: readonly T[]): T
  /** One element, with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T
  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[]
  /** Normal-ish float (sum of four uniforms, so tails are bounded at mean +- 3.46 sd). */
  normal(mean: number, sd: number): number
  /** Poisson count; Knuth's method, fine for the small means generators use. */
  poisson(mean: number): number
  /** An independent stream derived from this one's seed and a label, so adding draws in one
   * part of a generator does not shift the numbers of another. */
  fork(label: string): Random
}

/** The raw sfc32 step function over four 32-bit words of state. */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    const t = (a + b + d) >>> 0
    d = (d + 1) >>> 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) >>> 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) >>> 0
    return t / 4294967296
  }
}

/** FNV-1a over a string: turns fork labels into seed words. */
function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

/**
 * Creates a deterministic stream: the same seed always yields the same numbers, on every
 * machine (only 32-bit integer arithmetic and one exact division are involved).
 */
export function createRandom(seed: number, label = ''): Random {
  const base = hashString(`${seed >>> 0}:${label}`)
  const raw = sfc32(0x9e3779b9, base, seed >>> 0, 1)
  // sfc32's first outputs are correlated with the seed words: discard a few.
  for (let i = 0; i < 15; i++) raw()

  const random: Random = {
    next: raw,
    int: (min, max) => min + Math.floor(raw() * (max - min + 1)),
    chance: (p) => raw() < p,
    pick(items) {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[Math.floor(raw() * items.length)]
    },
    weighted(items) {
      let total = 0
      for (let i = 0; i < items.length; i++) total += items[i][1]
      let r = raw() * total
      for (let i = 0; i < items.length; i++) {
        r -= items[i][1]
        if (r < 0) return items[i][0]
      }
      return items[items.length - 1][0]
    },
    shuffle(items) {
      const copy = items.slice()
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(raw() * (i + 1))
        ;[copy[i], copy[j]] = [copy[j], copy[i]]
      }
      return copy
    },
    normal(mean, sd) {
      // Irwin-Hall with n = 4: variance 4/12, so scale by sqrt(3).
      const u = raw() + raw() + raw() + raw() - 2
      return mean + sd * u * Math.sqrt(3)
    },
    poisson(mean) {
      if (mean <= 0) return 0
      if (mean > 30) return Math.max(0, Math.round(random.normal(mean, Math.sqrt(mean))))
      const limit = Math.exp(-mean)
      let k = 0
      let p = raw()
      while (p > limit) {
        k++
        p *= raw()
      }
      return k
    },
    fork: (forkLabel) => createRandom(seed, `${label}/${forkLabel}`),
  }
  return random
}

/**
 * A weighted picker over a fixed list, with the cumulative weights computed once: for the
 * hot paths of a generator, where `Random.weighted` would re-add the weights on every call.
 */
export function createPicker<T>(items: readonly (readonly [T, number])[]): (random: Random) => T {
  const cumulative: number[] = []
  let total = 0
  for (const [, w] of items) cumulative.push((total += w))
  return (random) => {
    const r = random.next() * total
    for (let i = 0; i < cumulative.length; i++) if (r < cumulative[i]) return items[i][0]
    return items[items.length - 1][0]
  }
}
