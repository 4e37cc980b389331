import { useMemo } from 'react'
import type { ArticleDocument } from '../../../shared/article/document'
import type { Review } from '../../../shared/article/review'
import { dismissSuggestion, reopenFlag, resolveFlag, restoreSuggestion } from '../../../shared/review/engineDecisions'
import { dismissalOf, type PlacedFlag } from './storyAnalysis'
import type { Suggestion } from './suggestions'

export interface EngineDecisions {
  /** Resolves a flag, with an optional reason, under the reviewer's name (asked for on first use). */
  resolve: (flag: PlacedFlag, reason: string) => void
  reopen: (flag: PlacedFlag) => void
  dismiss: (suggestion: Suggestion) => void
  restore: (suggestion: Suggestion) => void
}

/**
 * What the panels do with the engine's findings, kept in the story's review (saved with it): resolving and
 * reopening flags, dismissing and restoring suggestions. The analysis sets them apart from then on.
 */
export function useEngineDecisions(currentDocument: () => ArticleDocument, setReview: (review: Review) => void, withReviewer: (then: (name: string) => void) => void): EngineDecisions {
  return useMemo(() => {
    const change = (update: (review: Review) => Review): void => setReview(update(currentDocument().review))
    const who = (name: string) => ({ by: name, at: new Date().toISOString() })
    return {
      resolve: (flag, reason) => withReviewer((name) => change((review) => resolveFlag(review, flag, reason, who(name)))),
      reopen: (flag) => withReviewer((name) => change((review) => reopenFlag(review, flag, who(name)))),
      dismiss: (suggestion) => change((review) => dismissSuggestion(review, dismissalOf(suggestion))),
      restore: (suggestion) => change((review) => restoreSuggestion(review, dismissalOf(suggestion)))
    }
  }, [currentDocument, setReview, withReviewer])
}
