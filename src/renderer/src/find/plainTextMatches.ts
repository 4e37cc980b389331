import type { FindOptions } from './findOptions'

/**
 * Matches of the find bar's query in a plain field (the headline, the dek), read as prosemirror-search reads the
 * body: literal text, case folded unless asked, and a whole word is one with no letter on either side.
 */
function pattern({ text, caseSensitive, wholeWord }: FindOptions): RegExp | null {
  if (!text) return null
  const literal = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(wholeWord ? `(?<!\\p{L})${literal}(?!\\p{L})` : literal, caseSensitive ? 'gu' : 'giu')
}

export function countInText(value: string, options: FindOptions): number {
  const regex = pattern(options)
  return regex ? (value.match(regex)?.length ?? 0) : 0
}

export function replaceInText(value: string, options: FindOptions): string {
  const regex = pattern(options)
  // A function, so that "$&" or "$1" in the replacement is written as typed, as in the body.
  return regex ? value.replace(regex, () => options.replacement) : value
}
