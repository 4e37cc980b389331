import type { Notice } from '../hooks/useFileCommands'

export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }): React.JSX.Element | null {
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
