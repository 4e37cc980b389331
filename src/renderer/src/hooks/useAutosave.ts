import { useEffect } from 'react'

export const AUTOSAVE_DELAY_MS = 2000

/** Saves a document that already has a file once typing has paused, when the user turned autosave on. */
export function useAutosave(enabled: boolean, hasFile: boolean, dirty: boolean, revision: number, save: () => unknown): void {
  useEffect(() => {
    if (!enabled || !hasFile || !dirty) return
    const timer = setTimeout(save, AUTOSAVE_DELAY_MS)
    return () => clearTimeout(timer)
    // `revision` restarts the wait on every edit; `save` is stable.
  }, [enabled, hasFile, dirty, revision, save])
}
