import type { BodyNode } from '../../shared/article/body'
import { bodyText, countWords } from '../../shared/article/stats'

/**
 * Lines news sites print among an article's paragraphs that are the site talking, not the story: prompts to
 * read on, subscribe or share, advertising labels, copyright and timestamp lines, picture credits. Each is a
 * whole paragraph of at most `words` words opening with the pattern. Extractors keep them (Readability takes a
 * container's every paragraph); a reporter would delete each one by hand. A "Related: <headline>" line stays:
 * it reads as a headline, which Review's not-story-text flag already offers to remove, and Reader View keeps it.
 */
const FURNITURE: ReadonlyArray<{ pattern: RegExp; words: number }> = [
  { pattern: /^advertisements?$/i, words: 1 },
  { pattern: /^(?:continue|keep) reading\b/i, words: 6 },
  { pattern: /^story highlights$/i, words: 2 },
  { pattern: /^(?:read|see|watch) (?:more|also|next)\b\s*(?:[:»›>]|$)/i, words: 20 },
  { pattern: /^(?:read|see|watch) the full\b/i, words: 10 },
  { pattern: /^(?:sign up|subscribe|get (?:our|the|\w+ news))\b.*\b(?:newsletters?|alerts?|inbox|updates|e-?mails?|free)\b/i, words: 25 },
  { pattern: /^(?:share|follow) (?:this|us|on)\b/i, words: 12 },
  { pattern: /^(?:©|\(c\)\s*\d{4}|copyright\b|all rights reserved\b)/i, words: 25 },
  { pattern: /^(?:updated|published|posted|last modified)(?:\s+on)?\s*:|^(?:updated|published|posted|last modified)\b.*(?:\d{1,2}:\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b)/i, words: 14 },
  { pattern: /^(?:image|photo|picture|illustration|graphic|video)(?: copyright| caption| credit| by)?\s*:/i, words: 15 },
  { pattern: /^(?:click|tap) here\b/i, words: 20 },
  { pattern: /^\d+ (?:comments?|responses?|reactions?|réactions?|replies)$/i, words: 2 },
  { pattern: /^(?:comments?|leave a (?:comment|reply)|join the (?:conversation|discussion))$/i, words: 4 },
  { pattern: /^more (?:from|on|stories|commentary|news)\b/i, words: 10 }
]

/** Whether one paragraph's text is page furniture. */
export function isPageFurniture(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim()
  if (!line) return false
  const words = countWords(line)
  return FURNITURE.some(({ pattern, words: most }) => words <= most && pattern.test(line))
}

/** The body without its top-level paragraphs and headings that are page furniture; the count says how many went. */
export function withoutPageFurniture(body: BodyNode): { body: BodyNode; removed: number } {
  const content = body.content ?? []
  const kept = content.filter((block) => !((block.type === 'paragraph' || block.type === 'heading') && isPageFurniture(bodyText({ type: 'doc', content: [block] }))))
  if (kept.length === 0) return { body, removed: 0 }
  return { body: { ...body, content: kept }, removed: content.length - kept.length }
}
