import { useEffect, type RefObject } from 'react'

/**
 * Opens a <dialog> as a modal when it mounts and, when it goes (closed by Escape, Cancel or its action, or unmounted
 * by the app), gives focus back to what had it before: a dialog the app unmounts gets no such help from the
 * browser, and focus would fall to the page's body.
 */
export function useModalDialog(dialog: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    dialog.current?.showModal()
    return () => {
      if (!before?.isConnected) return
      // After React has removed the dialog (and the browser's own restore, if any, has run).
      queueMicrotask(() => {
        if (document.activeElement === document.body || document.activeElement === null) before.focus()
      })
    }
  }, [dialog])
}
