import type { BodyNode } from '../../shared/article/body'
import { blockText, countWords } from '../../shared/article/stats'
import { textNodesInOrder } from '../../shared/article/textNodes'

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
  { pattern: /^more (?:from|on|stories|commentary|news)\b/i, words: 10 },
  { pattern: /^\(?(?:more|photos?|videos?|watch|listen|see also|(?:à |a )?lire aussi|leer más|lesen sie auch)\s*:/i, words: 25 },
  { pattern: /^(?:tags|topics|filed under|categories|keywords)\s*:/i, words: 40 },
  { pattern: /^(?:publié|mis à jour|actualizado|publicado|aktualisiert|veröffentlicht)(?:\s|:).*\d/i, words: 14 },
  { pattern: /^by:?$/i, words: 1 },
  // A counter standing alone: shares, likes, "kudos".
  { pattern: /^[\d.,]+$/, words: 1 }
]

/** Most words a picture credit takes ("Mandel Ngan / AFP / Getty Images"). */
const MAX_CREDIT_WORDS = 8
/** Fewer is a label ("Israel / Palestine"), not a photographer and an agency. */
const MIN_CREDIT_WORDS = 3
const CAPITALISED = /^\p{Lu}[\p{L}.'’-]*$/u

/**
 * A picture credit standing alone: names joined by slashes ("Mandel Ngan / AFP / Getty Images",
 * "Cliff Welch/Icon SMI") or a name in brackets ("(Mary Ellen Matthews)"), every word capitalised.
 */
function isPictureCredit(line: string): boolean {
  const words = countWords(line)
  if (words > MAX_CREDIT_WORDS || words < MIN_CREDIT_WORDS) return false
  const bracketed = /^\(([^()]+)\)$/.exec(line)?.[1]
  const parts = bracketed ? [bracketed] : line.split('/')
  if (!bracketed && parts.length < 2) return false
  const names = parts.map((part) => part.trim().split(/\s+/).filter(Boolean))
  return names.every((nameWords) => nameWords.every((word) => CAPITALISED.test(word)))
}

/** A label before the article (a section name, a date, "By:") has at most this many words and no full stop. */
const MAX_LABEL_WORDS = 4
/** The first paragraph of the article proper has at least this many words. */
const MIN_OPENING_WORDS = 10
/** A list of at least this many items, each no more than a link of a few words, is navigation. */
const MIN_MENU_ITEMS = 3
const MAX_MENU_ITEM_WORDS = 5

/** Whether one paragraph's text is page furniture. */
export function isPageFurniture(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim()
  if (!line) return false
  const words = countWords(line)
  return FURNITURE.some(({ pattern, words: most }) => words <= most && pattern.test(line)) || isPictureCredit(line)
}

/**
 * The body without page furniture: top-level paragraphs and headings of a known form (above), labels before the
 * article's first real paragraph (a section name, a date, "By:"), and lists that are menus (every item a short
 * link).
 */
export function withoutPageFurniture(body: BodyNode): BodyNode {
  const content = body.content ?? []
  const opening = content.findIndex((block) => countWords(blockText(block)) >= MIN_OPENING_WORDS)
  const kept = content.filter((block, index) => {
    const text = blockText(block)
    if (isList(block)) return !isMenu(block)
    if (block.type !== 'paragraph' && block.type !== 'heading') return true
    if (isPageFurniture(text)) return false
    return !(index < opening && countWords(text) <= MAX_LABEL_WORDS && !/[.!?:"”]\s*$/.test(text.trim()))
  })
  return kept.length === 0 ? body : { ...body, content: kept }
}

function isList(block: BodyNode): boolean {
  return block.type === 'bulletList' || block.type === 'orderedList'
}

/** A list whose every item is one link of a few words: a menu or a list of related stories. */
function isMenu(list: BodyNode): boolean {
  const items = list.content ?? []
  return (
    items.length >= MIN_MENU_ITEMS &&
    items.every((item) => {
      const texts = [...textNodesInOrder(item)].map(({ node }) => node)
      const words = countWords(texts.map((node) => node.text ?? '').join(' '))
      return words > 0 && words <= MAX_MENU_ITEM_WORDS && texts.every((node) => !node.text?.trim() || node.marks?.some((mark) => mark.type === 'link'))
    })
  )
}

