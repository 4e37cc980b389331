/** Honorifics and degrees that follow a name in a byline ("Brenda Goodman, MA"): not names. */
const CREDENTIAL = /^(?:[A-Z]{2,4}|Ph\.?\s?D\.?|M\.?D\.?|Jr\.?|Sr\.?|Esq\.?|[A-Z]\.[A-Z]\.)$/
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?'
/** A date, time or "Updated ..." run that pages print in or after a byline. */
const DATE_OR_TIME = new RegExp(
  `(?:\\b(?:updated|published|posted)\\b.*$)|(?:\\d{1,2}\\s+${MONTH}\\s+\\d{4})|(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4})|(?:\\d{4}-\\d{2}-\\d{2})|(?:\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?)|\\d+`,
  'gi'
)
/** Between two authors: "A and B", "A & B", "A, B", "A; B". */
const BETWEEN_AUTHORS = /\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*/
/** Most words a person's name takes in a byline; more is a sentence or a description. */
const MAX_NAME_WORDS = 5

/**
 * A byline as pages print it ("By Erin Cunningham", "by Lucas Nolan22 Dec 2016651", "JOE HILDEBRAND",
 * "By Brenda  Goodman, MA\n WebMD Health News") as the list of names a byline field holds. Dates, times,
 * counters, "By" and degrees go; a name in capitals is set in title case; anything that does not read as a
 * name or a newsroom (a URL, an e-mail address, a sentence) is dropped. Empty when nothing is left.
 */
export function bylineNames(raw: string): string[] {
  const firstLine = raw.split(/\n|\s{3,}|\|/)[0] ?? ''
  const text = firstLine
    .replace(/\S+@\S+|https?:\/\/\S+/g, ' ')
    .replace(DATE_OR_TIME, ' ')
    .replace(/^\s*(?:written\s+)?by\s*[:-]?\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim()
  const names: string[] = []
  for (const part of text.split(BETWEEN_AUTHORS)) {
    const name = part.replace(/^by\s+/i, '').replace(/[\s.,:;–—-]+$/, '').trim()
    if (!name || CREDENTIAL.test(name) || !looksLikeName(name)) continue
    const cased = name === name.toUpperCase() && /[A-Z]/.test(name) ? titleCase(name) : name
    if (!names.includes(cased)) names.push(cased)
  }
  return names
}

/** One to five words, the first capitalised (or in a script without case), no sentence punctuation. */
function looksLikeName(text: string): boolean {
  const words = text.split(' ')
  if (words.length > MAX_NAME_WORDS || /[!?"“”()]/.test(text)) return false
  return /^[\p{Lu}\p{Lo}]/u.test(text)
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}
