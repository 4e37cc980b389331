import { useEffect } from 'react'
import type { Settings } from '../../../shared/settings'

/** Applies the theme setting; "system" follows the operating system's light or dark preference through CSS. */
export function useTheme(theme: Settings['theme']): void {
  useEffect(() => {
    document.documentElement.dataset.theme = theme
  }, [theme])
}
