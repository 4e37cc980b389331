import { blankSkipper, blanksBefore } from './text'
import type { Span } from './types'

export interface QuotationSpan extends Span {
  /** False when the quote never closes (the span then ends with its paragraph). */
  closed: boolean
  /** Where a closing mark appears with no quote open. */
  strayClose: boolean
}

const OPENING = new Set(['“', '„', '«'])
const CLOSING = new Set(['”', '»'])
const STRAIGHT = '"'
const MARK_OR_BREAK = /[\n“„«”»"]/g

/** A straight quote opens when it follows a space, a bracket, a dash or the start of a line. */
function straightOpens(text: string, index: number): boolean {
  const before = index === 0 ? '\n' : text[index - 1]!
  const after = text[index + 1] ?? '\n'
  return /[\s([{\u2014\u2013/-]/.test(before) && !/\s/.test(after)
}

/**
 * Finds double-quotation spans (curly, straight, guillemets), including the marks. Single quotes inside
 * are left alone (they are nested quotes or apostrophes). A quote whose paragraph ends while it is open
 * continues when the next paragraph opens with a quotation mark (the newsroom convention for a quote over
 * several paragraphs); otherwise it is reported unclosed, ending with its paragraph.
 */
export function findQuotationSpans(text: string): QuotationSpan[] {
  const spans: QuotationSpan[] = []
  let open: number | null = null
  let index = 0
  const length = text.length
  // Where the next paragraph starts, asked at every line break: a run of blank lines is crossed only once.
  const skipBlanks = blankSkipper(text)
  while (index < length) {
    // Only line breaks and quotation marks matter: the regex jumps to the next one in native code.
    MARK_OR_BREAK.lastIndex = index
    const found = MARK_OR_BREAK.exec(text)
    if (!found) break
    index = found.index
    const char = found[0]
    if (char === '\n') {
      const start = skipBlanks(index)
      const next = start < length ? start : null
      if (open !== null && (next === null || !isOpeningAt(text, next))) {
        spans.push({ start: open, end: blanksBefore(text, index), closed: false, strayClose: false })
        open = null
      } else if (open !== null && next !== null) {
        // The quote goes on in the next paragraph: skip its re-opening mark.
        index = next + 1
        continue
      }
      index++
      continue
    }
    const opens = OPENING.has(char) || (char === STRAIGHT && (open === null ? straightOpens(text, index) : false))
    const closes = CLOSING.has(char) || (char === STRAIGHT && open !== null)
    if (opens && open === null) {
      open = index
    } else if (opens && OPENING.has(char) && open !== null) {
      // A new opening mark while a quote is open: the earlier one was never closed.
      spans.push({ start: open, end: blanksBefore(text, index), closed: false, strayClose: false })
      open = index
    } else if (closes && open !== null) {
      spans.push({ start: open, end: index + 1, closed: true, strayClose: false })
      open = null
    } else if (closes && CLOSING.has(char)) {
      spans.push({ start: index, end: index + 1, closed: false, strayClose: true })
    }
    index++
  }
  if (open !== null) spans.push({ start: open, end: blanksBefore(text, length), closed: false, strayClose: false })
  return spans
}

function isOpeningAt(text: string, index: number): boolean {
  const char = text[index]
  return char !== undefined && (OPENING.has(char) || (char === STRAIGHT && straightOpens(text, index)))
}
