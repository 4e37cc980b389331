import { useState } from 'react'
import type { Editor } from '@tiptap/react'
import { normaliseLinkHref } from '../../../shared/article/links'
import { linkHostProblem } from './linkHost'

/**
 * Adds, changes or removes the link on the selection. Only http(s) and mailto addresses are accepted; a
 * mailto keeps only its address and subject.
 * The link is applied before the editor takes focus back: focusing first lets the browser collapse the
 * selection, and the link would land on an empty cursor.
 */
export function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }): React.JSX.Element {
  const [href, setHref] = useState<string>(() => (editor.getAttributes('link').href as string | undefined) ?? '')
  const [error, setError] = useState('')

  const apply = (event: React.FormEvent): void => {
    event.preventDefault()
    const value = href.trim()
    if (value === '') {
      editor.chain().extendMarkRange('link').unsetLink().focus().run()
      return onDone()
    }
    // Stored normalised, as every other way in stores it (shared/article/links.ts).
    const typed = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`
    const hostProblem = linkHostProblem(typed)
    if (hostProblem) return setError(hostProblem)
    const address = normaliseLinkHref(typed)
    if (address === null) return setError('Use an http, https or mailto address.')
    editor.chain().extendMarkRange('link').setLink({ href: address }).focus().run()
    onDone()
  }

  return (
    <form
      className="link-form"
      onSubmit={apply}
      onKeyDown={(event) => {
        // Escape gives the story its focus (and selection) back, as Apply does.
        if (event.key !== 'Escape') return
        editor.commands.focus()
        onDone()
      }}
    >
      <input
        autoFocus
        // The old address selected: typing replaces it instead of running on after it.
        onFocus={(event) => event.currentTarget.select()}
        aria-label="Link address"
        placeholder="https://…"
        value={href}
        onChange={(event) => {
          setHref(event.target.value)
          setError('')
        }}
      />
      <button type="submit">Apply</button>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </form>
  )
}
