import { memo } from 'react'
import { COMMANDS, shortcutOf, WITHOUT_A_STORY, type Command } from '../../../shared/commands'
import type { ReviewState } from '../../../shared/review/openItems'
import { isMac, shortcutLabel } from '../platform'
import { OverflowRow } from './OverflowRow'

interface Props {
  fileName: string
  /** The start screen shows: only the commands that open a story (and settings) apply. */
  noStory: boolean
  dirty: boolean
  /** Draft, In review or Approved: where the editor's review stands. */
  reviewState: ReviewState
  reviewMode: boolean
  onCommand: (command: Command) => void
}

const HEADER_COMMANDS = (Object.keys(COMMANDS) as Command[]).filter((command) => COMMANDS[command].inHeader)

export const AppHeader = memo(function AppHeader({ fileName, noStory, dirty, reviewState, reviewMode, onCommand }: Props): React.JSX.Element {
  return (
    <header className="app-header">
      <h1 className="app-name">Copydesk</h1>
      <span className="document-name" data-testid="document-name">
        {fileName}
        {dirty && (
          <span className="dirty-marker" data-testid="dirty-marker" title="Unsaved changes">
            {' '}• Edited
          </span>
        )}
      </span>
      {!noStory && <span className={`review-state review-state-${reviewState.replace(' ', '-').toLowerCase()}`} data-testid="review-state" title="Where the editor’s review stands">
        {reviewState}
      </span>}
      <nav className="file-actions" aria-label="File">
        <OverflowRow
          moreLabel="More file commands"
          items={HEADER_COMMANDS.map((command) => ({
            key: command,
            element: (
              <button
                type="button"
                title={`${COMMANDS[command].label.replace('…', '')} (${shortcutLabel(shortcutOf(command, isMac))})`}
                aria-pressed={command === 'reviewMode' ? reviewMode : undefined}
                disabled={noStory && !WITHOUT_A_STORY.has(command)}
                onClick={() => onCommand(command)}
              >
                {COMMANDS[command].label}
              </button>
            )
          }))}
        />
      </nav>
    </header>
  )
})
