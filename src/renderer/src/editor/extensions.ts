import type { Extensions } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { Placeholder } from '@tiptap/extensions'
import { BODY_HEADING_LEVELS } from '../../../shared/article/body'
import { Annotations } from './extensions/annotations'
import { Attribution } from './extensions/attribution'
import { FindReplace } from './extensions/findReplace'
import { ArticleLink } from './extensions/link'
import { PrivateNote } from './extensions/privateNote'
import { Quote } from './extensions/quote'
import { ReviewMarks, type ReviewMarksOptions } from './extensions/reviewMarks'
import { SmartQuotes } from './extensions/smartQuotes'
import { SourcedBlockquote } from './extensions/sourcedBlockquote'
import { TypewriterScroll } from './extensions/typewriterScroll'
import { UniqueMarkIds } from './extensions/uniqueMarkIds'

/**
 * The body editor's schema. It matches the file format's allow-list (src/shared/article/body.ts): what the
 * editor can produce, a file can hold, and nothing else. Code, strike-through, underline and rules are left
 * out because a CMS story body has no use for them.
 */
export interface EditorHooks {
  /** Mod-Shift-Q / Mod-Shift-A: the app opens its "who said it?" popover. */
  onMarkRequest?: (type: 'quote' | 'attribution') => boolean
  /** V, Q or U on a quote in review mode. */
  onStatusKey?: ReviewMarksOptions['onStatusKey']
}

export function articleExtensions({ onMarkRequest = () => false, onStatusKey = () => undefined }: EditorHooks = {}): Extensions {
  return [
    StarterKit.configure({
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      heading: { levels: [...BODY_HEADING_LEVELS] },
      // ArticleLink instead: it keeps every address normalised.
      link: false
    }),
    ArticleLink,
    SourcedBlockquote,
    Quote.configure({ onMarkRequest }),
    Attribution.configure({ onMarkRequest }),
    PrivateNote,
    UniqueMarkIds,
    Annotations,
    ReviewMarks.configure({ onStatusKey }),
    FindReplace,
    TypewriterScroll,
    SmartQuotes,
    Placeholder.configure({ placeholder: 'Write the story…' })
  ]
}
