import { useEffect, useState } from 'react'
import { shortcutOf, type Command } from '../../../shared/commands'
import type { RecentStory } from '../../../shared/recentStories'
import { copydesk } from '../api'
import { fileNameOf } from '../hooks/useDocumentState'
import { isMac, shortcutLabel } from '../platform'

interface Props {
  onCommand: (command: Command) => void
  onOpenRecent: (path: string) => void
  /** Anything that may have changed the list elsewhere (a notice's "Remove from list"): it is read again. */
  refreshKey: unknown
}

const MODIFIED = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** What the window shows when no story is open: the recent stories, and New, Open and Import. */
export function StartScreen({ onCommand, onOpenRecent, refreshKey }: Props): React.JSX.Element {
  const [stories, setStories] = useState<RecentStory[] | null>(null)
  useEffect(() => {
    let current = true
    copydesk.recent.list().then(
      (list) => current && setStories(list),
      () => current && setStories([])
    )
    return () => {
      current = false
    }
  }, [refreshKey])

  const forget = (path: string): void => void copydesk.recent.forget({ path }).then(setStories, () => undefined)
  const start = (command: Command, label: string, hint: string): React.JSX.Element => (
    <button type="button" className="start-action" onClick={() => onCommand(command)}>
      <span className="start-action-label">{label}</span>
      <span className="start-action-hint">
        {hint} <kbd>{shortcutLabel(shortcutOf(command, isMac))}</kbd>
      </span>
    </button>
  )

  return (
    <main className="start-screen" aria-labelledby="start-title">
      <h1 id="start-title">Copydesk</h1>
      <div className="start-actions">
        {start('new', 'New story', 'A blank draft')}
        {start('open', 'Open…', 'A .copydesk file')}
        {start('import', 'Import…', 'Text, HTML, Markdown or Word')}
      </div>
      <section aria-labelledby="recent-title" className="start-recent">
        <h2 id="recent-title">Recent stories</h2>
        {stories === null ? (
          <p className="start-empty">Reading the list…</p>
        ) : stories.length === 0 ? (
          <p className="start-empty">Stories you open or save appear here.</p>
        ) : (
          <ul className="recent-list">
            {stories.map((story) => (
              <li key={story.path} className={story.missing ? 'recent-story missing' : 'recent-story'}>
                <button type="button" className="recent-open" onClick={() => onOpenRecent(story.path)} title={story.path}>
                  <span className="recent-headline">{story.headline || fileNameOf(story.path)}</span>
                  <span className="recent-details">
                    {story.missing ? (
                      <span className="recent-missing">Moved or deleted</span>
                    ) : (
                      <>
                        {story.slug && <span className="recent-slug">{story.slug}</span>}
                        <span>{story.words.toLocaleString()} words</span>
                        <span>{MODIFIED.format(new Date(story.modified))}</span>
                      </>
                    )}
                    <span className="recent-path">{story.path}</span>
                  </span>
                </button>
                <button type="button" className="recent-forget" aria-label={`Remove “${story.headline || fileNameOf(story.path)}” from the list`} title="Remove from the list (the file is not touched)" onClick={() => forget(story.path)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  )
}
