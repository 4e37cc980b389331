import { memo } from 'react'
import type { TextStats } from '../../../shared/article/stats'
import type { Activity } from '../hooks/useFileCommands'

interface Props {
  stats: TextStats
  wordTarget: number | null
  activity: Activity
  dirty: boolean
  hasFile: boolean
  /** The review at a glance: "14 quotes: 9 verified, 2 query, …". */
  reviewSummary: string
}

const number = new Intl.NumberFormat()

export const StatusBar = memo(function StatusBar({ stats, wordTarget, activity, dirty, hasFile, reviewSummary }: Props): React.JSX.Element {
  const state = activity === 'saving' ? 'Saving…' : activity === 'opening' ? 'Opening…' : dirty ? 'Unsaved changes' : hasFile ? 'Saved' : 'Not saved yet'
  return (
    <footer className="status-bar" aria-label="Status">
      <span data-testid="word-count">{plural(stats.words, 'word')}</span>
      <span data-testid="char-count">{plural(stats.characters, 'character')}</span>
      <span data-testid="reading-time">{stats.words === 0 ? 'No reading time' : `${stats.readingMinutes} min read`}</span>
      {wordTarget !== null && (
        <span data-testid="word-target" className={stats.words > wordTarget ? 'over-target' : undefined}>
          <meter min={0} max={wordTarget} value={Math.min(stats.words, wordTarget)} aria-hidden="true" />
          {number.format(stats.words)} / {number.format(wordTarget)} words ({Math.round((stats.words / wordTarget) * 100)}%)
        </span>
      )}
      {reviewSummary && <span data-testid="review-summary">{reviewSummary}</span>}
      <span className="status-state" role="status" aria-live="polite">
        {state}
      </span>
    </footer>
  )
})

function plural(count: number, noun: string): string {
  return `${number.format(count)} ${noun}${count === 1 ? '' : 's'}`
}
