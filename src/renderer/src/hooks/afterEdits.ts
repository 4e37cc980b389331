/**
 * Runs `task` once `delay` ms have passed since the last edit (counting from now): every edit restarts the
 * wait. Returns the cleanup for a React effect.
 */
export function afterEdits(onEdit: (listener: () => void) => () => void, delay: number, task: () => void): () => void {
  let timer = setTimeout(task, delay)
  const unsubscribe = onEdit(() => {
    clearTimeout(timer)
    timer = setTimeout(task, delay)
  })
  return () => {
    clearTimeout(timer)
    unsubscribe()
  }
}
