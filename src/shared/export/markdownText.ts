/**
 * Escaping for the Markdown export: text written into Markdown must read back as the same text, never as
 * markup. CommonMark lets a backslash escape any ASCII punctuation, so every character that could start
 * syntax is escaped where it could start it; what only matters at the start of a line is handled per line.
 */

// Inline syntax anywhere: escapes, code, emphasis, links and images, raw HTML and autolinks, GitHub's
// strike-through and tables.
const INLINE_SYNTAX = /[\\`*_[\]<>~|]/g
// Character references are decoded in text and link destinations ("&lt;" would show as "<").
const REFERENCE = /&(?=#?[0-9a-z]+;)/gi
// GitHub-flavoured Markdown turns bare addresses into links; a story's text stays text.
const AUTOLINK = /(:)(?=\/\/)|(?<=\bwww)(\.)|(?<=\w)(@)(?=\w)/gi

// eslint-disable-next-line no-control-regex
const SPACE_OR_CONTROL = /[\u0000-\u0020\u007f]/g

/** Text inside a paragraph, heading or field: one line, every syntax character escaped. */
export function markdownText(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(INLINE_SYNTAX, '\\$&').replace(REFERENCE, '\\&').replace(AUTOLINK, '\\$&')
}

/**
 * A rendered paragraph, line by line (lines come from hard breaks). Leading spaces would make an indented
 * code block and mean nothing in Markdown anyway, so they go; a line that starts with a heading, list,
 * block-quote, setext or thematic-break marker gets it escaped; a line break at the end would show as a
 * backslash, so it goes; `![` made of a "!" and a link would be an image.
 */
export function markdownLines(rendered: string): string {
  const lines = rendered
    .replace(/!\[/g, '\\![')
    .split('\n')
    .map((line) => line.replace(/^[ \t]+/, '').replace(/^[#>+=-]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2'))
  while (lines.length > 1 && lines.at(-1) === '') {
    lines.pop()
    lines.push(lines.pop()!.replace(/\\$/, ''))
  }
  return lines.join('\n')
}

/** A heading's text: trimmed, and a "#" at its end kept (an ATX heading drops closing "#"s). */
export function markdownHeading(rendered: string): string {
  return rendered
    .replace(/!\[/g, '\\![')
    .trim()
    .replace(/#$/, '\\#')
}

/**
 * A link destination (CommonMark 6.3) for a normalised address: `\`, `(`, `)`, `<` and `>` escaped so
 * nothing can close the link early, character references escaped, and any space or control (a normalised
 * address has none) percent-encoded.
 */
export function markdownDestination(href: string): string {
  return href
    .replace(SPACE_OR_CONTROL, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .replace(/[\\()<>]/g, '\\$&')
    .replace(REFERENCE, '\\&')
}
