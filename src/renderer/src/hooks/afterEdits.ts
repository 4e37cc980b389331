/**
 * Runs `task` once `delay` ms have passed since the last edit (counting from now): every edit restarts the
 * wait. With `maxWait`, edits that keep coming cannot put it off longer than that: the task also runs
 * `maxWait` ms after the first edit it has not yet covered, so continuous typing is still covered. Returns
 * the cleanup for a React effect.
 */
export function afterEdits(onEdit: (listener: () => void) => () => void, delay: number, task: () => void, maxWait = Infinity): () => void {
  let firstUncovered: number | null = null
  const run = (): void => {
    firstUncovered = null
    task()
  }
  let timer = setTimeout(run, delay)
  const unsubscribe = onEdit(() => {
    const now = Date.now()
    firstUncovered ??= now
    clearTimeout(timer)
    timer = setTimeout(run, Math.max(0, Math.min(delay, firstUncovered + maxWait - now)))
  })
  return () => {
    clearTimeout(timer)
    unsubscribe()
  }
}
