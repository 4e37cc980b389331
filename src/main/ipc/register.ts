import type { IpcMain, WebFrameMain } from 'electron'
import { invokeChannels } from '../../shared/ipc'
import { dispatch, type Handlers } from './dispatch'

/**
 * Registers every channel with one wrapper that refuses messages from any frame other than the app's own
 * main frame (an iframe, a navigated page), then validates and dispatches.
 */
export function registerHandlers(
  ipcMain: IpcMain,
  handlers: Handlers,
  isTrustedFrame: (frame: WebFrameMain | null) => boolean
): void {
  for (const channel of Object.keys(invokeChannels)) {
    ipcMain.handle(channel, (event, request: unknown) => {
      if (!isTrustedFrame(event.senderFrame)) {
        return { ok: false, error: `Refused "${channel}" from a frame that is not Copydesk's own window.` }
      }
      return dispatch(handlers, channel, request)
    })
  }
}

/** True when a frame is the top frame of one of our windows, showing the app's own page. */
export function isAppFrame(
  frame: { url: string; parent: unknown } | null,
  appUrl: string
): boolean {
  if (!frame || frame.parent !== null) return false
  try {
    const actual = new URL(frame.url)
    const expected = new URL(appUrl)
    return actual.protocol === expected.protocol && actual.host === expected.host && actual.pathname === expected.pathname
  } catch {
    return false
  }
}
