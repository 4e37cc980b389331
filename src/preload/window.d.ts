import type { CopydeskApi } from '../shared/ipc'

declare global {
  interface Window {
    copydesk: CopydeskApi
  }
}
