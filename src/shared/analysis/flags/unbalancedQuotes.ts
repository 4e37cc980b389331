import type { QuotationSpan } from '../quotationSpans'
import type { Flag } from '../types'

/** Quotation marks without their partner. */
export function unbalancedQuoteFlags(quotations: QuotationSpan[]): Flag[] {
  return quotations
    .filter((q) => !q.closed)
    .map((q) => ({
      rule: 'unbalanced-quotes' as const,
      start: q.start,
      end: q.strayClose ? q.end : q.start + 1,
      message: q.strayClose
        ? 'This closing quotation mark has no opening mark.'
        : 'This quotation is never closed. Add the closing mark, or open the next paragraph with a quotation mark if the quote continues.'
    }))
}
