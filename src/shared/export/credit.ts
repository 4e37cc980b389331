import type { Source } from '../article/sources'

/**
 * What an export may say about a source. Only sources on the record are named: a name given on background,
 * not for attribution or anonymously must never reach a CMS. Contact notes are never exported.
 */
export function publicCredit(sources: Source[], sourceId: string | null | undefined): { name: string; role: string } | null {
  const source = sources.find((s) => s.id === sourceId)
  if (!source || source.status !== 'on-record') return null
  return { name: source.name, role: source.role }
}

export function creditLine(credit: { name: string; role: string }): string {
  return credit.role ? `${credit.name}, ${credit.role}` : credit.name
}
