import { ISO_DATE } from '../../shared/article/meta'

/**
 * The first of the page's dates that reads as one, as an ISO 8601 date or date-time. A date written with a
 * space for the T or a fraction of microseconds ("2017-11-03 03:01:00.000000") keeps its local time; any other
 * form JavaScript can read becomes UTC; years outside 1900-2200 are taken for a mistake.
 */
export function publicationDate(candidates: Array<string | null | undefined>): string | null {
  for (const candidate of candidates) {
    const text = candidate?.trim()
    if (!text) continue
    const iso = text.replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2').replace(/(\.\d{3})\d+/, '$1').replace(/([+-]\d{2})(\d{2})$/, '$1:$2')
    if (ISO_DATE.test(iso) && plausible(Date.parse(iso.length === 10 ? `${iso}T12:00:00Z` : iso))) return iso
    const parsed = Date.parse(text)
    if (plausible(parsed)) return new Date(parsed).toISOString()
  }
  return null
}

function plausible(time: number): boolean {
  if (!Number.isFinite(time)) return false
  const year = new Date(time).getUTCFullYear()
  return year >= 1900 && year <= 2200
}
