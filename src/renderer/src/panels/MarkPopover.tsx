import { useEffect, useMemo, useRef, useState } from 'react'
import type { Editor } from '@tiptap/react'
import { QUOTE_KINDS } from '../../../shared/article/body'
import { newId, newSource, type Source } from '../../../shared/article/sources'
import { useFloatingBeside } from '../hooks/useFloatingBeside'

/** A quote or attribution mark on the selection, or the source of the block quote the cursor is in. */
export type MarkType = 'quote' | 'attribution' | 'blockquote'

const TITLES: Record<MarkType, string> = { quote: 'Who said it?', attribution: 'Attributed to', blockquote: 'Who is this block quote from?' }

interface Props {
  editor: Editor
  type: MarkType
  sources: Source[]
  onAddSource: (source: Source) => void
  onClose: () => void
}

/**
 * "Who said it?": type-ahead over the article's sources, or a new source with the typed name. Applies a
 * quote or attribution mark to the selection. It stays inside the window (below the words, or above them near
 * the bottom); Escape or a click outside closes it, Escape giving the story its focus back.
 */
export function MarkPopover({ editor, type, sources, onAddSource, onClose }: Props): React.JSX.Element {
  const [query, setQuery] = useState('')
  const [kind, setKind] = useState<(typeof QUOTE_KINDS)[number]>('direct')
  const [active, setActive] = useState(0)
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase()
    return sources.filter((s) => !q || [s.name, ...s.aliases].some((n) => n.toLowerCase().includes(q))).slice(0, 8)
  }, [query, sources])
  const options: { label: string; pick: () => void }[] = [
    ...matches.map((source) => ({ label: source.role ? `${source.name} — ${source.role}` : source.name, pick: () => apply(source.id) })),
    ...(query.trim() && !matches.some((m) => m.name.toLowerCase() === query.trim().toLowerCase())
      ? [{ label: `New source “${query.trim()}”`, pick: () => createAndApply(query.trim()) }]
      : [])
  ]

  // The selection as it was when the popover opened: marks go there, applied before the editor takes focus
  // back (focusing first can let the browser move the selection).
  const [range] = useState(() => ({ from: editor.state.selection.from, to: editor.state.selection.to }))

  function apply(sourceId: string): void {
    const chain = editor.chain().setTextSelection(range)
    if (type === 'quote') chain.setQuote({ sourceId, kind })
    else if (type === 'blockquote') chain.updateAttributes('blockquote', { sourceId, id: (editor.getAttributes('blockquote').id as string | null) ?? newId('b') })
    else chain.setAttribution({ sourceId, quoteIds: quotesOfSourceNearby(editor, sourceId) })
    chain.focus().run()
    onClose()
  }

  function createAndApply(name: string): void {
    const source = newSource({ name })
    onAddSource(source)
    apply(source.id)
  }

  const box = useRef<HTMLDivElement>(null)
  const [anchor] = useState(() => {
    const { top, bottom, left } = editor.view.coordsAtPos(range.from)
    return { top, bottom, left, right: left, width: 0, height: bottom - top, x: left, y: top }
  })
  const position = useFloatingBeside(anchor, box, 'bottom-start')
  useEffect(() => {
    const onOutside = (event: MouseEvent): void => {
      if (!box.current?.contains(event.target as Node)) onClose()
    }
    document.addEventListener('mousedown', onOutside)
    return () => document.removeEventListener('mousedown', onOutside)
  }, [onClose])
  return (
    <div
      ref={box}
      className="mark-popover"
      role="dialog"
      aria-label={TITLES[type]}
      style={position ? { top: position.top, left: position.left, maxHeight: position.maxHeight } : { opacity: 0 }}
    >
      <label>
        {TITLES[type]}
        <input
          autoFocus
          value={query}
          placeholder="Type a name…"
          role="combobox"
          aria-expanded="true"
          aria-controls="mark-popover-options"
          onChange={(event) => {
            setQuery(event.target.value)
            setActive(0)
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, options.length - 1))
            else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0))
            else if (event.key === 'Enter') options[active]?.pick()
            else if (event.key === 'Escape') {
              onClose()
              editor.commands.focus()
            } else return
            event.preventDefault()
          }}
        />
      </label>
      {type === 'quote' && (
        <label className="inline">
          Kind
          <select value={kind} onChange={(event) => setKind(event.target.value as typeof kind)}>
            {QUOTE_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
      )}
      <ul id="mark-popover-options" role="listbox">
        {options.map((option, index) => (
          <li key={option.label} role="option" aria-selected={index === active} onMouseDown={(event) => event.preventDefault()} onClick={option.pick}>
            {option.label}
          </li>
        ))}
        {options.length === 0 && <li className="empty">Type the speaker’s name</li>}
      </ul>
    </div>
  )
}

/** The quotes of this source in the paragraph being attributed: what an attribution mark links to. */
function quotesOfSourceNearby(editor: Editor, sourceId: string): string[] {
  const { $from } = editor.state.selection
  const ids = new Set<string>()
  $from.parent.descendants((node) => {
    const mark = node.marks.find((m) => m.type.name === 'quote' && m.attrs.sourceId === sourceId)
    if (mark) ids.add(mark.attrs.id as string)
  })
  return [...ids]
}
