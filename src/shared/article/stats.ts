import type { BodyNode } from './body'
import { BodyTextBuilder } from './bodyTextBuilder'

/** Words per minute used for reading time: the commonly cited adult silent-reading average. */
export const READING_WORDS_PER_MINUTE = 238

// A word is a run of letters or digits, allowing inner apostrophes, hyphens and dots ("Russia’s",
// "non-interference", "U.S") and thousands separators between digits ("5,000").
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:(?:['’\-.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}\p{M}]+)*/gu

export function countWords(text: string): number {
  let count = 0
  WORD.lastIndex = 0
  while (WORD.exec(text)) count++
  return count
}

export interface TextStats {
  words: number
  characters: number
  readingMinutes: number
}

/** Characters are counted as Unicode code points, without the breaks between paragraphs. */
export function textStats(text: string): TextStats {
  const words = countWords(text)
  let characters = 0
  for (const char of text) if (char !== '\n') characters++
  return { words, characters, readingMinutes: readingMinutes(words) }
}

/** Whole minutes at READING_WORDS_PER_MINUTE, at least one for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / READING_WORDS_PER_MINUTE))
}

const BLOCK_TYPES = new Set(['paragraph', 'heading'])

/**
 * The body's plain text (see BodyTextBuilder): blocks separated by `blockSeparator` (a newline by default;
 * the analysis uses a blank line so that blocks are paragraphs), hard breaks as newlines.
 */
export function bodyText(body: BodyNode, blockSeparator = '\n'): string {
  const builder = new BodyTextBuilder(blockSeparator)
  const walk = (node: BodyNode): void => {
    if (!BLOCK_TYPES.has(node.type)) return node.content?.forEach(walk)
    builder.startBlock()
    for (const child of node.content ?? []) {
      if (child.type === 'hardBreak') builder.hardBreak()
      else builder.append(child.text ?? '')
    }
  }
  walk(body)
  return builder.text
}

/** The text of one block (a paragraph, subhead, list or quote) as bodyText reads it. */
export function blockText(block: BodyNode): string {
  return bodyText({ type: 'doc', content: [block] })
}
