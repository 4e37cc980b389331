import { useRef } from 'react'
import { PANEL_WIDTH } from '../../../shared/sidePanel'

interface Props {
  width: number
  onWidth: (width: number) => void
}

const STEP = 16
const clamp = (width: number): number => Math.round(Math.min(PANEL_WIDTH.max, Math.max(PANEL_WIDTH.min, width)))

/**
 * The edge between the story and the side panel: drag it, or focus it and use the arrow keys (Home and End for the
 * narrowest and widest), to make the panel wider or narrower.
 */
export function PanelSplitter({ width, onWidth }: Props): React.JSX.Element {
  const drag = useRef<{ startX: number; startWidth: number } | null>(null)
  return (
    <div
      className="panel-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="Side panel width"
      aria-valuemin={PANEL_WIDTH.min}
      aria-valuemax={PANEL_WIDTH.max}
      aria-valuenow={width}
      tabIndex={0}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId)
        drag.current = { startX: event.clientX, startWidth: width }
      }}
      onPointerMove={(event) => {
        // The panel is on the right: moving the edge left widens it.
        if (drag.current) onWidth(clamp(drag.current.startWidth + drag.current.startX - event.clientX))
      }}
      onPointerUp={() => {
        drag.current = null
      }}
      onKeyDown={(event) => {
        const next = { ArrowLeft: width + STEP, ArrowRight: width - STEP, Home: PANEL_WIDTH.max, End: PANEL_WIDTH.min }[event.key]
        if (next === undefined) return
        event.preventDefault()
        onWidth(clamp(next))
      }}
    />
  )
}
