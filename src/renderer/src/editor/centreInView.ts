import type { EditorView } from '@tiptap/pm/view'

/** The element that scrolls the story: the editor's nearest ancestor that scrolls vertically. */
export function scrollerOf(view: EditorView): HTMLElement | null {
  for (let element = view.dom.parentElement; element; element = element.parentElement) {
    const { overflowY } = getComputedStyle(element)
    if (overflowY === 'auto' || overflowY === 'scroll') return element
  }
  return null
}

/** Scrolls `scroller` so the line at document position `pos` sits in its vertical middle. */
export function centreInView(view: EditorView, pos: number, scroller: HTMLElement): void {
  const line = view.coordsAtPos(pos)
  const box = scroller.getBoundingClientRect()
  scroller.scrollTop += (line.top + line.bottom) / 2 - (box.top + box.height / 2)
}
