import { useEffect } from 'react'

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * Tab and Shift+Tab go round inside an open modal dialog. A modal <dialog> makes the page behind it inert, but Tab
 * from its last control would still leave the page (to the browser's own UI, or to nothing in Electron's window);
 * one listener wraps it for every dialog of the app.
 */
export function useDialogFocusTrap(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Tab') return
      const dialog = Array.from(document.querySelectorAll<HTMLDialogElement>('dialog[open]')).find((element) => element.matches(':modal'))
      if (!dialog) return
      const controls = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((element) => element.offsetParent !== null || element === document.activeElement)
      if (controls.length === 0) return
      const first = controls[0]!
      const last = controls.at(-1)!
      const inside = dialog.contains(document.activeElement)
      if (event.shiftKey && (!inside || document.activeElement === first)) {
        event.preventDefault()
        last.focus()
      } else if (!event.shiftKey && (!inside || document.activeElement === last)) {
        event.preventDefault()
        first.focus()
      }
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [])
}
