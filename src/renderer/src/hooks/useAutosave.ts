import { useEffect } from 'react'

export const AUTOSAVE_DELAY_MS = 2000

/** Saves a document that already has a file once typing has paused, when the user turned autosave on. */
export function useAutosave(enabled: boolean, hasFile: boolean, dirty: boolean, onEdit: (listener: () => void) => () => void, save: () => unknown): void {
  useEffect(() => {
    if (!enabled || !hasFile || !dirty) return
    // Every edit restarts the wait.
    let timer = setTimeout(save, AUTOSAVE_DELAY_MS)
    const unsubscribe = onEdit(() => {
      clearTimeout(timer)
      timer = setTimeout(save, AUTOSAVE_DELAY_MS)
    })
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [enabled, hasFile, dirty, onEdit, save])
}
