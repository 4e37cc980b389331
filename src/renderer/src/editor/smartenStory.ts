import type { Editor } from '@tiptap/react'
import { closeHistory, undoDepth } from '@tiptap/pm/history'
import type { ArticleMeta } from '../../../shared/article/meta'
import { smartenText, smartQuote } from '../../../shared/typography/smartQuotes'
import type { Notice } from '../hooks/useFileCommands'

/**
 * Every straight " and ' in the body made the story language's typographic mark, each read in the light of the
 * paragraph's text before it, as one undo step. Answers how many were changed.
 */
function smartenBody(editor: Editor, language: string): number {
  // A step of its own in the history, never merged with the typing just before it.
  const tr = closeHistory(editor.state.tr)
  let changed = 0
  editor.state.doc.descendants((block, blockPos) => {
    if (!block.isTextblock) return true
    let before = ''
    block.forEach((child, offset) => {
      const text = child.isText ? child.text! : '\ufffc'
      for (let i = 0; i < text.length; i++) {
        const char = text[i]!
        if (char === '"' || char === "'") {
          const replacement = smartQuote(char, before, language)
          // One character for one: later positions stay where they were.
          const at = blockPos + 1 + offset + i
          tr.insertText(replacement, at, at + 1)
          before += replacement
          changed++
        } else before += char
      }
    })
    return false
  })
  if (changed > 0) editor.view.dispatch(tr)
  return changed
}

/**
 * Format ▸ Smart Quotes in Story, for a story pasted or imported with straight marks: the body (one undo step), the
 * headline and the dek, in the story's language; the notice says how many and offers Undo for all of it.
 */
export function smartQuotesInStory(editor: Editor, meta: ArticleMeta, setMeta: (meta: ArticleMeta) => void, setNotice: (notice: Notice | null) => void): void {
  const language = meta.language || 'en'
  const depth = undoDepth(editor.state)
  const inBody = smartenBody(editor, language)
  const headline = smartenText(meta.headline, language)
  const dek = smartenText(meta.dek, language)
  const inMeta = headline !== meta.headline || dek !== meta.dek
  if (inMeta) setMeta({ ...meta, headline, dek })
  if (inBody === 0 && !inMeta) return setNotice({ kind: 'info', message: 'Every quotation mark in the story is already typographic.' })
  setNotice({
    kind: 'info',
    message: `Made ${inBody === 1 ? 'one quotation mark or apostrophe' : `${inBody} quotation marks and apostrophes`} in the body typographic${inMeta ? ', and those in the headline and dek' : ''}.`,
    action: {
      label: 'Undo',
      run: () => {
        // The body's change is taken back only if nothing was done to the body since.
        if (inBody > 0 && undoDepth(editor.state) === depth + 1) editor.commands.undo()
        if (inMeta) setMeta(meta)
        setNotice(null)
      }
    }
  })
}
