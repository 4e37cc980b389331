import { sidePanelSchema } from '../../../src/shared/sidePanel'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { restoredPanel, restoredPlacement, screenKey, WindowStateFile, type Screen } from '../../../src/node/windowState'

const laptop: Screen = { bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } }
const monitor: Screen = { bounds: { x: 1440, y: 0, width: 2560, height: 1440 }, workArea: { x: 1440, y: 0, width: 2560, height: 1400 } }

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-window-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('the window’s place', () => {
  it('opens at the default size, centred on the primary screen, the first time', () => {
    expect(restoredPlacement(null, [laptop], laptop)).toEqual({ bounds: { x: 120, y: 33, width: 1200, height: 860 }, maximized: false })
  })

  it('comes back where it was closed, maximised or not, on the screen it was on, each screen remembering its own place', async () => {
    const state = new WindowStateFile(join(dir, 'window-state.json'))
    await state.remember(laptop, { bounds: { x: 40, y: 60, width: 1000, height: 700 }, maximized: false })
    await state.remember(monitor, { bounds: { x: 1600, y: 100, width: 1800, height: 1200 }, maximized: true })
    const stored = await state.read()
    expect(restoredPlacement(stored, [laptop, monitor], laptop)).toEqual({ bounds: { x: 1600, y: 100, width: 1800, height: 1200 }, maximized: true })
    // The monitor unplugged: the laptop's own last place, not the monitor's.
    expect(restoredPlacement(stored, [laptop], laptop)).toEqual({ bounds: { x: 40, y: 60, width: 1000, height: 700 }, maximized: false })
  })

  it('moves a window whose title bar would be off every screen back onto one, no larger than the screen', () => {
    const stored = { last: screenKey(monitor), byScreen: { [screenKey(laptop)]: { bounds: { x: 3000, y: 2000, width: 2400, height: 1300 }, maximized: false } }, panels: {} }
    // Saved on a screen that is gone, and too big for the laptop: the laptop's free area, centred.
    expect(restoredPlacement(stored, [laptop], laptop)).toEqual({ bounds: { x: 0, y: 25, width: 1440, height: 875 }, maximized: false })
    const above = { last: screenKey(laptop), byScreen: { [screenKey(laptop)]: { bounds: { x: 100, y: -300, width: 900, height: 600 }, maximized: false } }, panels: {} }
    expect(restoredPlacement(above, [laptop], laptop).bounds).toEqual({ x: 270, y: 163, width: 900, height: 600 })
    // Partly off to the side but with its title bar reachable: left where it was.
    const aside = { last: screenKey(laptop), byScreen: { [screenKey(laptop)]: { bounds: { x: 1200, y: 100, width: 900, height: 600 }, maximized: false } }, panels: {} }
    expect(restoredPlacement(aside, [laptop], laptop).bounds).toEqual({ x: 1200, y: 100, width: 900, height: 600 })
  })

  it('remembers whether the side panel shows, its tab and width per screen, and starts with Review at 340 px', async () => {
    const state = new WindowStateFile(join(dir, 'window-state.json'))
    expect(restoredPanel(await state.read(), [laptop], laptop)).toEqual({ tab: 'suggestions', width: 340, shown: true })
    await state.remember(laptop, { bounds: { x: 40, y: 60, width: 1000, height: 700 }, maximized: false })
    await state.rememberPanel(laptop, { tab: 'quotes', width: 300, shown: false })
    await state.rememberPanel(monitor, { tab: 'notes', width: 520, shown: true })
    const stored = await state.read()
    expect(restoredPanel(stored, [laptop, monitor], laptop)).toEqual({ tab: 'quotes', width: 300, shown: false })
    expect(restoredPlacement(stored, [laptop, monitor], laptop).bounds.width).toBe(1000)
    await state.remember(monitor, { bounds: { x: 1600, y: 100, width: 1800, height: 1200 }, maximized: false })
    expect(restoredPanel(await state.read(), [laptop, monitor], laptop)).toEqual({ tab: 'notes', width: 520, shown: true })
  })

  it('ignores a damaged file and keeps nothing it cannot write', async () => {
    await writeFile(join(dir, 'window-state.json'), '{"last": 4')
    const state = new WindowStateFile(join(dir, 'window-state.json'))
    expect(await state.read()).toBeNull()
    expect(restoredPlacement(await state.read(), [laptop], laptop).bounds.width).toBe(1200)
    const nowhere = new WindowStateFile(join(dir, 'missing', 'window-state.json'))
    await expect(nowhere.remember(laptop, { bounds: { x: 0, y: 25, width: 800, height: 600 }, maximized: false })).resolves.toBeUndefined()
  })
})

describe('a place stored before the side panel could be hidden', () => {
  it('shows the panel', () => {
    expect(sidePanelSchema.parse({ tab: 'notes', width: 300 })).toEqual({ tab: 'notes', width: 300, shown: true })
  })
})
