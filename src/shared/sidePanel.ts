import { z } from 'zod'

export const PANEL_TABS = ['suggestions', 'sources', 'quotes', 'notes'] as const
export type PanelTab = (typeof PANEL_TABS)[number]

/** The side panel's narrowest and widest: room for a flag's sentence, and never more than the story's column. */
export const PANEL_WIDTH = { min: 260, max: 640, default: 340 } as const

/** Whether the side panel shows, which tab is open and how wide it is: remembered per screen with the window's place. */
export const sidePanelSchema = z.strictObject({
  tab: z.enum(PANEL_TABS),
  width: z.number().int().min(PANEL_WIDTH.min).max(PANEL_WIDTH.max),
  // Remembered since View ▸ Side Panel could hide it; a place stored before then had it showing.
  shown: z.boolean().default(true)
})

export type SidePanel = z.infer<typeof sidePanelSchema>

export const DEFAULT_SIDE_PANEL: SidePanel = { tab: 'suggestions', width: PANEL_WIDTH.default, shown: true }
