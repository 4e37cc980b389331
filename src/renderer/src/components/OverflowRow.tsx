import { useEffect, useLayoutEffect, useRef, useState, type ReactElement, type ReactNode } from 'react'

interface Props {
  /** The controls, in order of importance: the last ones go first when room runs out. */
  items: { key: string; element: ReactElement }[]
  /** Names the "More" menu for assistive technology ("More formatting", "More file commands"). */
  moreLabel: string
  className?: string
  /** Controls that always stay in view, after the row (and after "More"). */
  after?: ReactNode
}

/** Room kept between controls (the row's CSS gap, and a group's extra margin at most). */
const GAP = 5

/**
 * A row of controls that never wraps and never scrolls sideways: those that do not fit the window's width go, from
 * the end, into a "More ▾" menu, and come back as the window widens. Widths are read from an invisible copy of
 * the whole row, so what fits is known without first drawing it.
 */
export function OverflowRow({ items, moreLabel, className, after }: Props): React.JSX.Element {
  const row = useRef<HTMLDivElement>(null)
  const measure = useRef<HTMLDivElement>(null)
  const more = useRef<HTMLButtonElement>(null)
  const afterBox = useRef<HTMLDivElement>(null)
  const [fit, setFit] = useState(items.length)
  const [open, setOpen] = useState(false)

  useLayoutEffect(() => {
    const recount = (): void => {
      if (!row.current || !measure.current) return
      const widths = Array.from(measure.current.children, (child) => (child as HTMLElement).offsetWidth + GAP)
      const room = row.current.clientWidth - (afterBox.current?.offsetWidth ?? 0) - GAP
      const all = widths.reduce((sum, width) => sum + width, 0)
      if (all <= room) return setFit(widths.length)
      let used = (more.current?.offsetWidth ?? 70) + GAP
      let count = 0
      while (count < widths.length && used + widths[count]! <= room) used += widths[count++]!
      setFit(count)
    }
    recount()
    const observer = new ResizeObserver(recount)
    if (row.current) observer.observe(row.current)
    // The controls kept in view can widen (the link form opens among them).
    if (afterBox.current) observer.observe(afterBox.current)
    return () => observer.disconnect()
  }, [items.length])

  useEffect(() => {
    if (!open) return
    const close = (event: Event): void => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !row.current?.contains(event.target as Node)) {
        setOpen(false)
        if (event instanceof KeyboardEvent) more.current?.focus()
      }
    }
    document.addEventListener('mousedown', close)
    document.addEventListener('keydown', close)
    return () => {
      document.removeEventListener('mousedown', close)
      document.removeEventListener('keydown', close)
    }
  }, [open])

  const hidden = items.slice(fit)
  return (
    <div className={`overflow-row ${className ?? ''}`} ref={row}>
      <div className="overflow-measure" ref={measure} aria-hidden="true" inert>
        {items.map(({ key, element }) => (
          <span key={key}>{element}</span>
        ))}
      </div>
      {items.slice(0, fit).map(({ key, element }) => (
        <span key={key} className="overflow-item">
          {element}
        </span>
      ))}
      {hidden.length > 0 && (
        <span className="overflow-more">
          <button type="button" ref={more} aria-haspopup="true" aria-expanded={open} aria-label={moreLabel} onClick={() => setOpen((shown) => !shown)}>
            More ▾
          </button>
          {open && (
            // A click on a control inside runs it and closes the list.
            <div className="overflow-menu" role="group" aria-label={moreLabel} onClick={() => setOpen(false)}>
              {hidden.map(({ key, element }) => (
                <span key={key}>{element}</span>
              ))}
            </div>
          )}
        </span>
      )}
      {after && (
        <div className="overflow-after" ref={afterBox}>
          {after}
        </div>
      )}
    </div>
  )
}
