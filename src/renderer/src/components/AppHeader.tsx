import { memo } from 'react'
import { COMMANDS, type Command } from '../../../shared/commands'
import { shortcutLabel } from '../platform'

interface Props {
  fileName: string
  dirty: boolean
  onCommand: (command: Command) => void
}

const HEADER_COMMANDS = (Object.keys(COMMANDS) as Command[]).filter((command) => COMMANDS[command].inHeader)

export const AppHeader = memo(function AppHeader({ fileName, dirty, onCommand }: Props): React.JSX.Element {
  return (
    <header className="app-header">
      <span className="app-name">Copydesk</span>
      <span className="document-name" data-testid="document-name">
        {fileName}
        {dirty && (
          <span className="dirty-marker" data-testid="dirty-marker" title="Unsaved changes">
            {' '}• Edited
          </span>
        )}
      </span>
      <nav className="file-actions" aria-label="File">
        {HEADER_COMMANDS.map((command) => {
          const { label, shortcut } = COMMANDS[command]
          return (
            <button key={command} type="button" title={`${label.replace('…', '')} (${shortcutLabel(shortcut)})`} onClick={() => onCommand(command)}>
              {label}
            </button>
          )
        })}
      </nav>
    </header>
  )
})
