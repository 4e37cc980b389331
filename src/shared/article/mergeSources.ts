import type { Source } from './sources'

/**
 * The source list after `mergedId` is folded into `keptId` (one person introduced twice, under two titles): the
 * kept source gains the other's name and aliases as aliases, and its contact notes, and the other leaves the list.
 */
export function mergeSources(sources: readonly Source[], mergedId: string, keptId: string): Source[] {
  const merged = sources.find((s) => s.id === mergedId)
  const kept = sources.find((s) => s.id === keptId)
  if (!merged || !kept || merged === kept) return [...sources]
  const known = new Set([kept.name, ...kept.aliases].map((name) => name.toLowerCase()))
  const aliases = [...kept.aliases]
  for (const name of [merged.name, ...merged.aliases]) {
    if (known.has(name.toLowerCase())) continue
    known.add(name.toLowerCase())
    aliases.push(name)
  }
  const contactNotes = [kept.contactNotes, merged.contactNotes].filter(Boolean).join('\n')
  const result = { ...kept, aliases: aliases.slice(0, 50), contactNotes: contactNotes.slice(0, 5000) }
  return sources.filter((s) => s.id !== mergedId).map((s) => (s.id === keptId ? result : s))
}
