import { WEAK_CUES } from './lexicon'
import { blanksBefore, isBlank, runBefore } from './text'
import type { Span } from './types'

/** Words that introduce a title or a term rather than speech: "the so-called “bathroom bill”", "the film “Night Harbour”". */
const TERM_INTRODUCTION = new RegExp(
  String.raw`(?:\bso-called|\b(?:known|referred to|described|billed|marketed|branded) as|\b(?:titled|entitled|nicknamed|named|dubbed|the words?|the phrase|the term|the slogan|the hashtag|the motto)|\b(?:the|a|an|his|her|their|its|new|latest|upcoming)\s+(?:[\p{Ll}-]+\s+)?(?:film|movie|book|novel|memoir|song|single|album|show|series|programme|program|podcast|play|musical|opera|exhibition|documentary|report|study|paper|campaign|bill|act|law|policy|project|operation|scheme|plan|strategy|initiative|game|app|column|headline|website|blog|brand|label|award|prize|category|team|band|group|painting|sculpture|poem|magazine|newspaper))[\s,]*$`,
  'iu'
)
/** "called the plan “a disaster”": after a verb of calling, a noun and a quotation are someone's words about it. */
const CALLED = new RegExp(String.raw`\b(?:${WEAK_CUES.join('|')})\b`, 'i')
const SO_CALLED = /\bso-called\s*$/i
/** Eight words of at most fifty letters, the marks and blanks around them. */
const MOST_TERM_CHARACTERS = 8 * 51 + 2
/** Small words a title leaves in lower case. */
const TITLE_JOINERS = new Set(['of', 'the', 'and', 'in', 'on', 'for', 'a', 'an', 'to', 'at', 'over', 'by', 'with', 'or', 'from', 'vs', 'vs.'])

/**
 * Whether a quotation is a title, a name or a term in marks rather than someone's words: introduced as one
 * (“so-called”, “the film”, but not “called the plan”), or written in title case (“Like”, “Night Harbour”) in a
 * sentence that reports no speech. Such a quotation needs no speaker. Scare quotes in lower case stay quotations:
 * they cannot be told from a partial quote whose speaker is named a sentence away, and a missed quote costs an
 * editor more than one flag too many.
 */
export function isQuotedTerm(text: string, quote: Span, sentence: Span, cueInSentence: boolean): boolean {
  // Eight words of a title do not run to hundreds of characters: a long quotation is speech, and is not read
  // word by word here (a megabyte inside marks would be split for every quotation nested in it).
  if (quote.end - quote.start > MOST_TERM_CHARACTERS) return false
  const inner = text.slice(quote.start + 1, quote.end - 1).trim().replace(/[,.;:]+$/, '')
  const words = inner.split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > 8 || /[!?]$/.test(inner)) return false
  // The last words before the quote are enough: the longest introduction is four words ("the new upcoming film").
  // Every introduction ends in a word (then perhaps blanks and a comma): nothing is read where none does.
  if (endsInLetter(text, Math.max(sentence.start, quote.start - 60), quote.start)) {
    const lead = text.slice(Math.max(sentence.start, quote.start - 60), quote.start)
    const introduction = lead.slice(lastWordsStart(lead, 4))
    if (TERM_INTRODUCTION.test(introduction) && (SO_CALLED.test(introduction) || !CALLED.test(introduction))) return true
  }
  const titleCase = /^[\p{Lu}\d]/u.test(words[0]!) && words.every((w) => /^[\p{Lu}\d#"'“‘(]/u.test(w) || TITLE_JOINERS.has(w.toLowerCase()))
  // After a possessive ("ABC's “Good Morning America”") a title-case quotation is a title even beside speech.
  return titleCase && (!cueInSentence || /['’]s\s*$/.test(text.slice(Math.max(sentence.start, quote.start - 4), quote.start)))
}

/** Whether the last character of from–to that is not blank or a comma is a letter. */
function endsInLetter(text: string, from: number, to: number): boolean {
  let end = to
  while (end > from && (text[end - 1] === ',' || isBlank(text[end - 1]))) end--
  return end > from && /\p{L}/u.test(text[end - 1]!)
}

/** Where the last `count` words of `text` begin (0 when it has fewer). */
function lastWordsStart(text: string, count: number): number {
  let start = text.length
  for (let seen = 0; seen < count && start > 0; seen++) start = runBefore(text, blanksBefore(text, start))
  return start
}
