import { memo } from 'react'
import type { MenuCommand } from '../../../shared/ipc'
import { COMMAND_SHORTCUTS } from '../hooks/useDocumentShortcuts'
import { shortcutLabel } from '../platform'

interface Props {
  fileName: string
  dirty: boolean
  onCommand: (command: MenuCommand) => void
}

const ACTIONS: { command: MenuCommand; label: string }[] = [
  { command: 'new', label: 'New' },
  { command: 'open', label: 'Open…' },
  { command: 'import', label: 'Import…' },
  { command: 'save', label: 'Save' },
  { command: 'saveAs', label: 'Save As…' },
  { command: 'export', label: 'Export…' },
  { command: 'settings', label: 'Settings' }
]

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
        {ACTIONS.map(({ command, label }) => (
          <button key={command} type="button" title={`${label.replace('…', '')} (${shortcutLabel(COMMAND_SHORTCUTS[command])})`} onClick={() => onCommand(command)}>
            {label}
          </button>
        ))}
      </nav>
    </header>
  )
})
