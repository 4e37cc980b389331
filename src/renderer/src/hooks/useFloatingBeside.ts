import { useLayoutEffect, useState, type RefObject } from 'react'
import { computePosition, flip, offset, shift, size, type Placement } from '@floating-ui/dom'

/** A rectangle in the window (a selection's or a quote's), which a floating box is placed beside. */
export type AnchorRect = Pick<DOMRect, 'top' | 'left' | 'bottom' | 'right' | 'width' | 'height' | 'x' | 'y'>

/** Kept clear of the window's edges. */
const EDGE = 8

/**
 * Where a popover or card sits beside `anchor`: on the preferred side, flipped to the other when there is no
 * room, shifted and, if need be, shortened to stay inside the window. Fixed to the window, so it never makes the
 * app scroll. Null until measured: render it transparent until then (not hidden, which would refuse it focus).
 */
export function useFloatingBeside(anchor: AnchorRect | null, floating: RefObject<HTMLElement | null>, placement: Placement): { top: number; left: number; maxHeight: number } | null {
  const [position, setPosition] = useState<{ top: number; left: number; maxHeight: number } | null>(null)
  useLayoutEffect(() => {
    const element = floating.current
    if (!anchor || !element) return setPosition(null)
    let maxHeight = window.innerHeight - 2 * EDGE
    let cancelled = false
    void computePosition({ getBoundingClientRect: () => anchor as DOMRect }, element, {
      strategy: 'fixed',
      placement,
      middleware: [
        offset(6),
        flip({ padding: EDGE }),
        shift({ padding: EDGE }),
        size({ padding: EDGE, apply: ({ availableHeight }) => void (maxHeight = Math.max(120, availableHeight)) })
      ]
    }).then(({ x, y }) => {
      if (!cancelled) setPosition({ top: y, left: x, maxHeight })
    })
    return () => void (cancelled = true)
  }, [anchor, floating, placement])
  return position
}
