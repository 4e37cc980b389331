import { useEffect, useState } from 'react'

const hasFiles = (event: DragEvent): boolean => [...(event.dataTransfer?.types ?? [])].includes('Files')

/**
 * Files dragged onto the window are imported rather than opened by the browser (which would navigate away
 * from the app). Returns whether a file is being dragged over the window, for the drop hint.
 */
export function useFileDrop(onDrop: (file: File) => Promise<void>): boolean {
  const [dragging, setDragging] = useState(false)
  useEffect(() => {
    let depth = 0
    const enter = (event: DragEvent): void => {
      if (!hasFiles(event)) return
      event.preventDefault()
      depth++
      setDragging(true)
    }
    const over = (event: DragEvent): void => {
      if (hasFiles(event)) event.preventDefault()
    }
    const leave = (event: DragEvent): void => {
      if (!hasFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const drop = (event: DragEvent): void => {
      if (!hasFiles(event)) return
      // Captured on the window, so the editor never tries to insert the file itself.
      event.preventDefault()
      event.stopPropagation()
      depth = 0
      setDragging(false)
      const file = event.dataTransfer?.files[0]
      // The import reports its own failures in the notice bar.
      if (file) void onDrop(file)
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop, true)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop, true)
    }
  }, [onDrop])
  return dragging
}
