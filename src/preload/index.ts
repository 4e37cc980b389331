import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { buildApi } from './buildApi'

// Only named methods cross the bridge: the renderer never sees ipcRenderer or the IPC event object.
const api = buildApi(
  (channel, request) => ipcRenderer.invoke(channel, request),
  (channel, listener) => {
    const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload)
    ipcRenderer.on(channel, forward)
    return () => ipcRenderer.removeListener(channel, forward)
  }
)

contextBridge.exposeInMainWorld('copydesk', api)
