import type { CopydeskApi } from '../../shared/ipc'

/** The preload's bridge to main. Typed from the IPC contract, so a changed channel breaks the build. */
export const copydesk: CopydeskApi = window.copydesk
