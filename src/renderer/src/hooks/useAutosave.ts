import { useEffect } from 'react'
import { afterEdits } from './afterEdits'

export const AUTOSAVE_DELAY_MS = 2000

/** Saves a document that already has a file once typing has paused, when the user turned autosave on. */
export function useAutosave(enabled: boolean, hasFile: boolean, dirty: boolean, onEdit: (listener: () => void) => () => void, save: () => unknown): void {
  useEffect(() => {
    if (!enabled || !hasFile || !dirty) return
    return afterEdits(onEdit, AUTOSAVE_DELAY_MS, () => void save())
  }, [enabled, hasFile, dirty, onEdit, save])
}
