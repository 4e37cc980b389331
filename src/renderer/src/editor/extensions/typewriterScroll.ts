import { Extension } from '@tiptap/core'
import { Plugin } from '@tiptap/pm/state'
import { centreInView } from '../centreInView'

/** The class that turns typewriter scrolling on, set on the element that scrolls the story (focus mode, with the setting on). */
export const TYPEWRITER_CLASS = 'typewriter'

/**
 * Typewriter scrolling: where the editor would scroll the caret into view (typing, arrow keys, Enter), the line
 * being written is brought to the middle of the window instead, so the eyes stay in one place. Clicks and the
 * mouse wheel move nothing, as in any typewriter mode. Off, the editor's own minimal scroll applies.
 */
export const TypewriterScroll = Extension.create({
  name: 'typewriterScroll',
  addProseMirrorPlugins: () => [
    new Plugin({
      props: {
        handleScrollToSelection(view) {
          const scroller = view.dom.closest<HTMLElement>(`.${TYPEWRITER_CLASS}`)
          if (!scroller) return false
          centreInView(view, view.state.selection.head, scroller)
          return true
        }
      }
    })
  ]
})
