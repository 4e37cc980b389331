import { stat } from 'node:fs/promises'

/**
 * The first output that is one of the inputs under another name, or null. Compared by device and inode, not
 * by name: a symlink, a hard link, a symlinked folder or another spelling of the path all reach the same
 * file. An output that does not exist yet is never an input. BigInt stats, because Windows file ids can
 * exceed 2^53.
 */
export async function findOutputThatIsAnInput(outputs: string[], inputs: string[]): Promise<{ output: string; input: string } | null> {
  const identity = async (path: string): Promise<string | null> => {
    const info = await stat(path, { bigint: true }).catch(() => null)
    return info ? `${info.dev}:${info.ino}` : null
  }
  const inputIds = new Map<string, string>()
  for (const input of inputs) {
    const id = await identity(input)
    if (id) inputIds.set(id, input)
  }
  for (const output of outputs) {
    const id = await identity(output)
    const input = id === null ? undefined : inputIds.get(id)
    if (input !== undefined) return { output, input }
  }
  return null
}
