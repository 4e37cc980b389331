import { eventChannels, invokeChannels, splitChannel, type CopydeskApi, type Envelope } from '../shared/ipc'

export type Invoke = (channel: string, request: unknown) => Promise<Envelope<unknown>>
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void

/**
 * Builds `window.copydesk` from the contract: one named method per channel, nothing else. Failures come back
 * from main as an error message and are rethrown here as an Error carrying exactly that message.
 */
export function buildApi(invoke: Invoke, subscribe: Subscribe): CopydeskApi {
  const api: Record<string, Record<string, unknown>> = { on: {} }
  for (const channel of Object.keys(invokeChannels)) {
    const [group, method] = splitChannel(channel)
    api[group] ??= {}
    api[group][method] = async (request?: unknown) => {
      const envelope = await invoke(channel, request)
      if (!envelope.ok) throw new Error(envelope.error)
      return envelope.value
    }
  }
  for (const channel of Object.keys(eventChannels)) {
    const [, method] = splitChannel(channel)
    api.on![method] = (listener: (payload: unknown) => void) => subscribe(channel, listener)
  }
  return api as unknown as CopydeskApi
}
