import { BOILERPLATE_LINES } from './lexicon'
import { linesOf } from './text'
import type { Flag, Span } from './types'

/**
 * Lines that are not story text: web-page boilerplate anywhere, and headline-like lines (short, no closing
 * punctuation) once the story has begun — a related-story link left in the middle of the body.
 */
export function findNonStoryLines(text: string): { flags: Flag[]; titles: Span[] } {
  const flags: Flag[] = []
  // Headline-like lines before the story begins: the title (and its repeats), not reported speech.
  const titles: Span[] = []
  let storyStarted = false
  for (const line of linesOf(text)) {
    if (BOILERPLATE_LINES.some((pattern) => pattern.test(line.text))) {
      flags.push({ rule: 'not-story-text', start: line.start, end: line.end, message: `Not story text: “${clip(line.text)}” looks like web-page boilerplate. Remove it.` })
      continue
    }
    const headlineLike = !/[.!?:;,"”’)]$/.test(line.text) && line.text.split(/\s+/).length <= 14
    if (headlineLike && storyStarted) {
      flags.push({ rule: 'not-story-text', start: line.start, end: line.end, message: `Not story text: “${clip(line.text)}” reads like a headline inside the story (a related-story link?). Remove it or make it a subhead.` })
      continue
    }
    if (headlineLike) titles.push(line)
    else storyStarted = true
  }
  return { flags, titles }
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
