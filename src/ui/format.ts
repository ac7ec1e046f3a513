/** `12345` -> `12,345`, always with the same separators (tests and screenshots agree). */
export const formatCount = (n: number): string => n.toLocaleString('en-US')

export const formatMs = (ms: number): string => `${ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms)} ms`

export const plural = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`
