import { useEffect, useState } from 'react'
import type { Editor } from '@tiptap/react'
import { STATUS_LABELS, type Source } from '../../../shared/article/sources'

/** Hovering a quote shows who said it and on what terms. */
export function QuoteHoverCard({ editor, sources }: { editor: Editor; sources: Source[] }): React.JSX.Element | null {
  const [card, setCard] = useState<{ top: number; left: number; text: string } | null>(null)
  useEffect(() => {
    const dom = editor.view.dom
    const onOver = (event: MouseEvent): void => {
      const quote = (event.target as HTMLElement).closest?.('.cd-quote')
      if (!quote) return setCard(null)
      const source = sources.find((s) => s.id === quote.getAttribute('data-source-id'))
      const box = quote.getBoundingClientRect()
      setCard({
        top: box.bottom + window.scrollY + 4,
        left: box.left,
        text: source ? `${source.name}${source.role ? `, ${source.role}` : ''} · ${STATUS_LABELS[source.status]}` : 'No speaker — attribute this quote'
      })
    }
    const onLeave = (): void => setCard(null)
    dom.addEventListener('mouseover', onOver)
    dom.addEventListener('mouseleave', onLeave)
    return () => {
      dom.removeEventListener('mouseover', onOver)
      dom.removeEventListener('mouseleave', onLeave)
    }
  }, [editor, sources])
  if (!card) return null
  return (
    <div className="hover-card" role="tooltip" style={{ top: card.top, left: card.left }}>
      {card.text}
    </div>
  )
}
