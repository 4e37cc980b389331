import { PROVENANCE_LABELS, type INTERVIEW_MEDIA, type Provenance } from '../article/review'

/** How an interview was held, as the words after its date: "2026-11-20, by phone". */
export const MEDIUM_LABELS: Record<(typeof INTERVIEW_MEDIA)[number], string> = { 'in-person': 'in person', phone: 'by phone', video: 'by video', email: 'by email', chat: 'by chat' }

/** Provenance in words: "Interview, 2026-11-20, by phone", "Recording council.m4a at 00:14:32". */
export function describeProvenance(provenance: Provenance | null): string {
  if (!provenance) return ''
  const parts: string[] = [PROVENANCE_LABELS[provenance.kind]]
  if (provenance.date) parts.push(provenance.date)
  if (provenance.medium) parts.push(MEDIUM_LABELS[provenance.medium])
  if (provenance.file) parts.push(provenance.timestamp ? `${provenance.file} at ${provenance.timestamp}` : provenance.file)
  if (provenance.reference) parts.push(provenance.reference)
  if (provenance.detail) parts.push(provenance.detail)
  return parts.join(', ')
}
