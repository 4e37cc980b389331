import type { Editor } from '@tiptap/react'
import type { Command } from '../../../shared/commands'

/** The Format menu's commands that act on the body straight away (Link… and Mark… open a form first). */
export type FormatCommand = 'bold' | 'italic' | 'paragraph' | 'subhead' | 'minorSubhead' | 'bulletList' | 'orderedList' | 'blockquote'

/** What each does, for the toolbar's buttons and the native menu alike (the keys are the editor's own keymap). */
export const FORMAT_ACTIONS: Record<FormatCommand, { run: (editor: Editor) => void; isActive: (editor: Editor) => boolean }> = {
  bold: { run: (e) => e.chain().focus().toggleBold().run(), isActive: (e) => e.isActive('bold') },
  italic: { run: (e) => e.chain().focus().toggleItalic().run(), isActive: (e) => e.isActive('italic') },
  paragraph: { run: (e) => e.chain().focus().setParagraph().run(), isActive: (e) => e.isActive('paragraph') },
  subhead: { run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), isActive: (e) => e.isActive('heading', { level: 2 }) },
  minorSubhead: { run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(), isActive: (e) => e.isActive('heading', { level: 3 }) },
  bulletList: { run: (e) => e.chain().focus().toggleBulletList().run(), isActive: (e) => e.isActive('bulletList') },
  orderedList: { run: (e) => e.chain().focus().toggleOrderedList().run(), isActive: (e) => e.isActive('orderedList') },
  blockquote: { run: (e) => e.chain().focus().toggleBlockquote().run(), isActive: (e) => e.isActive('blockquote') }
}

export const isFormatCommand = (command: Command): command is FormatCommand => command in FORMAT_ACTIONS
