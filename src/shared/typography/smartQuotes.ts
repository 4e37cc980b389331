/**
 * Typographic quotation marks and apostrophes for a story's language: what a straight " or ' typed (or pasted)
 * after some text should become. Pure, shared by the editor's as-you-type rule and the "Smart Quotes in Story"
 * command.
 */

interface QuoteSet {
  open: string
  close: string
  openSingle: string
  closeSingle: string
}

const ENGLISH: QuoteSet = { open: '“', close: '”', openSingle: '‘', closeSingle: '’' }
const GERMAN: QuoteSet = { open: '„', close: '“', openSingle: '‚', closeSingle: '‘' }
const GUILLEMETS: QuoteSet = { open: '«', close: '»', openSingle: '‹', closeSingle: '›' }
const GUILLEMETS_DOUBLE_INSIDE: QuoteSet = { open: '«', close: '»', openSingle: '“', closeSingle: '”' }
const RUSSIAN: QuoteSet = { open: '«', close: '»', openSingle: '„', closeSingle: '“' }

/** By the language tag's primary subtag; anything else takes English marks. */
const BY_LANGUAGE: Record<string, QuoteSet> = {
  de: GERMAN,
  cs: GERMAN,
  sk: GERMAN,
  da: { open: '»', close: '«', openSingle: '›', closeSingle: '‹' },
  fr: GUILLEMETS,
  es: GUILLEMETS_DOUBLE_INSIDE,
  it: GUILLEMETS_DOUBLE_INSIDE,
  pt: GUILLEMETS_DOUBLE_INSIDE,
  ru: RUSSIAN,
  uk: RUSSIAN,
  pl: { open: '„', close: '”', openSingle: '‚', closeSingle: '’' },
  nl: ENGLISH,
  sv: { open: '”', close: '”', openSingle: '’', closeSingle: '’' },
  fi: { open: '”', close: '”', openSingle: '’', closeSingle: '’' }
}

export function quoteSetFor(language: string): QuoteSet {
  return BY_LANGUAGE[language.split('-')[0]!.toLowerCase()] ?? ENGLISH
}

/** What comes before an opening mark: nothing, a space, or an opening bracket, dash or quotation mark. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/“‘„‚«‹»›"']$/u

/**
 * The typographic mark for a straight `"` or `'` typed after `before` (the text up to it, '' at a paragraph's start).
 * A ' between letters or after one is an apostrophe (don’t, the ’90s after a space stays an opening mark).
 */
export function smartQuote(mark: '"' | "'", before: string, language: string): string {
  const set = quoteSetFor(language)
  const opening = before === '' || OPENS_AFTER.test(before)
  if (mark === '"') return opening ? set.open : set.close
  // An apostrophe is always ’, whatever the language's single quotation marks.
  if (!opening && /[\p{L}\p{N}]$/u.test(before)) return '’'
  return opening ? set.openSingle : set.closeSingle
}

/** Every straight quotation mark in `text` made typographic, reading each in the light of what comes before it. */
export function smartenText(text: string, language: string, before = ''): string {
  let result = ''
  for (const char of text) {
    result += char === '"' || char === "'" ? smartQuote(char, before + result, language) : char
  }
  return result
}
