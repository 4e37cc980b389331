import { z } from 'zod'
import { UserFacingError } from '../../node/userFacingError'
import { invokeChannels, type Envelope, type InvokeChannel, type ResponseOf } from '../../shared/ipc'

type RequestFor<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['request']>

export type Handlers = {
  [C in InvokeChannel]: (request: RequestFor<C>) => Promise<ResponseOf<C>> | ResponseOf<C>
}


/**
 * Runs one IPC request: refuses unknown channels, parses the payload against the contract, calls the
 * handler, checks its answer against the contract, and turns every outcome into plain data. Shared by
 * Electron's ipcMain and the test bridge.
 */
export async function dispatch(handlers: Handlers, channel: string, request: unknown): Promise<Envelope<unknown>> {
  if (!Object.hasOwn(invokeChannels, channel)) return { ok: false, error: `Unknown request "${channel}".` }
  const name = channel as InvokeChannel
  const parsed = invokeChannels[name].request.safeParse(request)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
    return { ok: false, error: `Invalid request for "${channel}"${where}: ${issue?.message ?? 'malformed'}.` }
  }
  try {
    const handler = handlers[name] as (request: unknown) => unknown
    const value = await handler(parsed.data)
    // Main's own answers are held to the contract too: a handler's bug becomes a clear error here rather than,
    // say, a draft in the editor that no save would ever accept.
    const reply = invokeChannels[name].response.safeParse(value)
    if (reply.success) return { ok: true, value: reply.data }
    const issue = reply.error.issues[0]
    console.error(`[ipc] ${channel} answered outside the contract`, reply.error)
    return {
      ok: false,
      error: `Copydesk could not complete "${channel}": its answer does not match what the app expects (${issue?.path.join('.')}: ${issue?.message}).`
    }
  } catch (error) {
    if (error instanceof UserFacingError) return { ok: false, error: error.message }
    console.error(`[ipc] ${channel} failed`, error)
    return { ok: false, error: `Copydesk could not complete "${channel}": ${(error as Error)?.message ?? error}` }
  }
}
