import { useEffect } from 'react'
import type { Notice } from '../hooks/useFileCommands'

/** How long news stays: long enough to read twice; longer when it offers something to do (Undo). Errors stay. */
const INFO_MS = 8_000
const INFO_WITH_ACTION_MS = 15_000

/** The app's messages, floating under the header so that they never push the story down. */
export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }): React.JSX.Element | null {
  useEffect(() => {
    if (!notice || notice.kind === 'error') return
    const timer = setTimeout(onDismiss, notice.action ? INFO_WITH_ACTION_MS : INFO_MS)
    return () => clearTimeout(timer)
  }, [notice, onDismiss])
  if (!notice) return null
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span className="notice-message">{notice.message}</span>
      {notice.action && (
        <button type="button" className="notice-action" onClick={notice.action.run}>
          {notice.action.label}
        </button>
      )}
      <button type="button" aria-label="Dismiss message" onClick={onDismiss}>
        ×
      </button>
    </div>
  )
}
