import type { FlagRule } from '../analysis'
import type { DismissedSuggestion, ResolvedFlag, Review } from '../article/review'
import type { Reviewer } from './reviewChanges'

/**
 * What people decided about the engine's findings, kept in the story's review: flags resolved (with a reason)
 * and suggestions dismissed. A decision is about the words the engine pointed at, so it holds while those words
 * read the same, through saves and re-analysis, and lapses once they are rewritten.
 */

/** A flag as decisions know it: its rule and the words it points at. */
export interface FlagWords {
  rule: FlagRule
  text: string
}

const sameFlag = (a: FlagWords, b: FlagWords): boolean => a.rule === b.rule && a.text === b.text
const sameSuggestion = (a: DismissedSuggestion, b: DismissedSuggestion): boolean => a.text === b.text && a.speaker === b.speaker
const excerpt = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text)

/** The resolution of a flag on these words, if someone resolved it. */
export function resolutionOf(review: Review, flag: FlagWords): ResolvedFlag | undefined {
  return review.resolvedFlags.find((resolved) => sameFlag(resolved, flag))
}

export function resolveFlag(review: Review, flag: FlagWords, reason: string, who: Reviewer): Review {
  const resolved: ResolvedFlag = { rule: flag.rule, text: flag.text, reason: reason.trim(), by: who.by, at: who.at }
  return {
    ...review,
    resolvedFlags: [...review.resolvedFlags.filter((r) => !sameFlag(r, flag)), resolved],
    log: [...review.log, { at: who.at, by: who.by, action: 'flag-resolved', quoteId: null, detail: `${flag.rule} on “${excerpt(flag.text)}”${resolved.reason ? `: ${resolved.reason}` : ''}` }]
  }
}

export function reopenFlag(review: Review, flag: FlagWords, who: Reviewer): Review {
  return {
    ...review,
    resolvedFlags: review.resolvedFlags.filter((r) => !sameFlag(r, flag)),
    log: [...review.log, { at: who.at, by: who.by, action: 'flag-reopened', quoteId: null, detail: `${flag.rule} on “${excerpt(flag.text)}”` }]
  }
}

export function isDismissed(review: Review, suggestion: DismissedSuggestion): boolean {
  return review.dismissedSuggestions.some((d) => sameSuggestion(d, suggestion))
}

export function dismissSuggestion(review: Review, suggestion: DismissedSuggestion): Review {
  if (isDismissed(review, suggestion)) return review
  return { ...review, dismissedSuggestions: [...review.dismissedSuggestions, { text: suggestion.text, speaker: suggestion.speaker }] }
}

export function restoreSuggestion(review: Review, suggestion: DismissedSuggestion): Review {
  return { ...review, dismissedSuggestions: review.dismissedSuggestions.filter((d) => !sameSuggestion(d, suggestion)) }
}
