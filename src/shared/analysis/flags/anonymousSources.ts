import { findAnonymousSources } from '../anonymousSources'
import { insideSpans, withinSpans } from '../text'
import type { Flag, Span } from '../types'

/** Unnamed sources in the story's own words ("officials said"), outside quotations and non-story lines. */
export function anonymousSourceFlags(text: string, quotations: Span[], nonStory: Flag[]): Flag[] {
  const quoted = insideSpans(quotations)
  const notStory = withinSpans(nonStory)
  return findAnonymousSources(text)
    .filter(({ start }) => !quoted(start) && !notStory({ start, end: start + 1 }))
    .map(({ start, end }): Flag => ({ rule: 'anonymous', start, end, message: `Anonymous source: “${text.slice(start, end)}” are not named. Say why, or name them.` }))
}
