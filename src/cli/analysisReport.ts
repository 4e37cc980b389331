import type { Analysis } from '../shared/analysis'

/** The documented JSON shape of `copydesk analyze --json`, and nothing more. */
export function analysisJson(analysis: Analysis) {
  return {
    text: analysis.text,
    quotes: analysis.quotes.map(({ start, end, text, kind, speaker, cue }) => ({ start, end, text, kind, speaker, cue })),
    sources: analysis.sources.map(({ name, role, kind }) => ({ name, role, kind })),
    flags: analysis.flags.map(({ rule, start, end, message }) => ({ rule, start, end, message }))
  }
}

/** The readable report of `copydesk analyze`: quotes with their speakers, sources, then flags. */
export function analysisReport(analysis: Analysis): string {
  const clip = (text: string): string => (text.length > 90 ? `${text.slice(0, 87)}…` : text).replace(/\s+/g, ' ')
  const lines = [`Quotes (${analysis.quotes.length})`]
  for (const quote of analysis.quotes) {
    const who = quote.speaker.name ?? (quote.speaker.start === null ? 'NO SPEAKER' : `unnamed: “${analysis.text.slice(quote.speaker.start, quote.speaker.end!)}”`)
    lines.push(`  [${quote.kind}] ${clip(quote.text)}`, `      — ${who}${quote.cue ? ` (${quote.cue.text})` : ''}`)
  }
  lines.push('', `Sources (${analysis.sources.length})`)
  for (const source of analysis.sources) lines.push(`  ${source.name} — ${source.kind}${source.role ? `, ${clip(source.role)}` : ''}`)
  lines.push('', `Flags (${analysis.flags.length})`)
  for (const flag of analysis.flags) lines.push(`  ${flag.rule}: ${flag.message}`)
  return lines.join('\n')
}
