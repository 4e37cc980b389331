import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { writeFileAtomic } from './atomicWrite'
import { DEFAULT_SIDE_PANEL, sidePanelSchema, type SidePanel } from '../shared/sidePanel'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** A screen as the window sees it: where it is, and the part of it free of docks, taskbars and menu bars. */
export interface Screen {
  bounds: Rect
  workArea: Rect
}

const rectSchema = z.strictObject({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() })
const placementSchema = z.strictObject({ bounds: rectSchema, maximized: z.boolean() })
const storedSchema = z.strictObject({
  last: z.string(),
  byScreen: z.record(z.string(), placementSchema),
  /** The side panel's tab and width on each screen (an older file has none). */
  panels: z.record(z.string(), sidePanelSchema).default({})
})

export type Placement = z.infer<typeof placementSchema>
type Stored = z.infer<typeof storedSchema>

/** The side panel as it was on the screen the window opens on (see restoredPlacement), else as it first is. */
export function restoredPanel(stored: Stored | null, screens: readonly Screen[], primary: Screen): SidePanel {
  const last = stored && screens.find((screen) => screenKey(screen) === stored.last)
  return stored?.panels[screenKey(last ?? primary)] ?? DEFAULT_SIDE_PANEL
}

export const DEFAULT_SIZE = { width: 1200, height: 860 }
export const MINIMUM_SIZE = { width: 720, height: 480 }
/** How much of the window's top edge must be on a screen for the user to grab it and move it. */
const GRIP = { width: 120, height: 40 }

/** A screen by its place and size: a screen that is plugged in again at the same place is the same screen. */
export const screenKey = (screen: Screen): string => `${screen.bounds.x},${screen.bounds.y},${screen.bounds.width}x${screen.bounds.height}`

/**
 * Where the window opens: as it was last closed, on the screen it was on when that screen is still there (each
 * screen remembers its own place), else as it last was on the primary screen; moved back onto a screen if too
 * little of its title bar would be on one, and never larger than the screen's free area.
 */
export function restoredPlacement(stored: Stored | null, screens: readonly Screen[], primary: Screen): Placement {
  const last = stored && screens.find((screen) => screenKey(screen) === stored.last)
  const saved = stored && (last ? stored.byScreen[stored.last] : stored.byScreen[screenKey(primary)])
  const screen = last ?? primary
  if (!saved) return { bounds: centred(DEFAULT_SIZE, screen.workArea), maximized: false }
  const size = {
    width: Math.max(MINIMUM_SIZE.width, Math.min(saved.bounds.width, screen.workArea.width)),
    height: Math.max(MINIMUM_SIZE.height, Math.min(saved.bounds.height, screen.workArea.height))
  }
  const bounds = { ...saved.bounds, ...size }
  return { bounds: screens.some((s) => titleBarOn(bounds, s.workArea)) ? bounds : centred(size, screen.workArea), maximized: saved.maximized }
}

function titleBarOn(window: Rect, area: Rect): boolean {
  const left = Math.max(window.x, area.x)
  const right = Math.min(window.x + window.width, area.x + area.width)
  return right - left >= GRIP.width && window.y >= area.y && window.y + GRIP.height <= area.y + area.height
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width)
  const height = Math.min(size.height, area.height)
  return { x: Math.round(area.x + (area.width - width) / 2), y: Math.round(area.y + (area.height - height) / 2), width, height }
}

/**
 * The window's place, kept in window-state.json in the app's user data per screen. A damaged file is ignored (the
 * window opens at its default place); a file that cannot be written only means the place is not remembered.
 */
export class WindowStateFile {
  constructor(private readonly file: string) {}

  async read(): Promise<Stored | null> {
    try {
      const parsed = storedSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')))
      return parsed.success ? parsed.data : null
    } catch {
      return null
    }
  }

  /** Remembers where the window is on `screen` (its size and place when not maximised, and whether it is). */
  async remember(screen: Screen, placement: Placement): Promise<void> {
    const stored = await this.readOrEmpty()
    const key = screenKey(screen)
    await this.write({ ...stored, last: key, byScreen: { ...stored.byScreen, [key]: placement } })
  }

  /** Remembers the side panel's tab and width on `screen`. */
  async rememberPanel(screen: Screen, panel: SidePanel): Promise<void> {
    const stored = await this.readOrEmpty()
    await this.write({ ...stored, panels: { ...stored.panels, [screenKey(screen)]: panel } })
  }

  private async readOrEmpty(): Promise<Stored> {
    return (await this.read()) ?? { last: '', byScreen: {}, panels: {} }
  }

  private async write(stored: Stored): Promise<void> {
    await writeFileAtomic(this.file, `${JSON.stringify(stored, null, 2)}\n`).catch(() => undefined)
  }
}
