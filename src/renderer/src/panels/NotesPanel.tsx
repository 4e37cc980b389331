import { useState } from 'react'
import type { Editor } from '@tiptap/react'
import type { PrivateNote, Review } from '../../../shared/article/review'
import { COMMANDS } from '../../../shared/commands'
import { notedRanges, type NotedRange } from '../editor/docText'
import { revealSelection } from '../editor/revealSelection'
import { useStoryReading } from '../hooks/useStoryReading'
import { shortcutLabel } from '../platform'

/** What the Notes tab can do to a note; each change is made under the reviewer's name. */
export interface NoteActions {
  add: () => void
  reply: (id: string, text: string) => void
  resolve: (id: string) => void
  reopen: (id: string) => void
  remove: (id: string) => void
}

interface Props {
  editor: Editor
  notes: Review['notes']
  actions: NoteActions
}

const when = (iso: string): string => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** The newsroom's private notes: each on its words (a click selects them), its thread, a reply, resolve or reopen. */
export function NotesPanel({ editor, notes, actions }: Props): React.JSX.Element {
  const ranges = useStoryReading(editor, notedRanges)
  const placed = [...ranges].filter(([id]) => notes[id])
  const detached = Object.keys(notes).filter((id) => !ranges.has(id))
  const hint = `Select some words and press ${shortcutLabel(COMMANDS.addNote.shortcut)} to add a note. Notes stay in Copydesk: no export, copy or clipboard carries them.`
  return (
    <div className="notes-panel">
      <button type="button" onClick={actions.add} title={shortcutLabel(COMMANDS.addNote.shortcut)}>
        Add note to selection
      </button>
      {placed.length + detached.length === 0 ? (
        <p className="panel-empty">{hint}</p>
      ) : (
        <ul className="note-list" aria-label="Notes">
          {placed.map(([id, range]) => (
            <NoteCard key={id} id={id} note={notes[id]!} range={range} editor={editor} actions={actions} />
          ))}
          {detached.map((id) => (
            <NoteCard key={id} id={id} note={notes[id]!} range={null} editor={editor} actions={actions} />
          ))}
        </ul>
      )}
    </div>
  )
}

interface CardProps {
  id: string
  note: PrivateNote
  /** Where its words are, or null when they were deleted. */
  range: NotedRange | null
  editor: Editor
  actions: NoteActions
}

function NoteCard({ id, note, range, editor, actions }: CardProps): React.JSX.Element {
  const [reply, setReply] = useState('')
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const words = range ? range.text : note.excerpt
  return (
    <li className={`note-card${note.resolved ? ' resolved' : ''}`} data-testid="note-item" data-note={id}>
      {range ? (
        <button type="button" className="quote-jump note-words" onClick={() => revealSelection(editor, range.from, range.to)}>
          {words.length > 90 ? `${words.slice(0, 87)}…` : words}
        </button>
      ) : (
        <p className="note-words detached">
          {words} <em>(its words were deleted)</em>
        </p>
      )}
      <ol className="note-thread">
        {note.thread.map((message, index) => (
          <li key={index}>
            <span className="note-by">{message.by}</span> <time dateTime={message.at}>{when(message.at)}</time>
            <p>{message.text}</p>
          </li>
        ))}
      </ol>
      {note.resolved ? (
        <p className="note-resolved">
          Resolved by {note.resolved.by}, {when(note.resolved.at)}{' '}
          <button type="button" className="link-button" onClick={() => actions.reopen(id)}>
            Reopen
          </button>
        </p>
      ) : (
        <form
          className="note-reply"
          onSubmit={(event) => {
            event.preventDefault()
            if (!reply.trim()) return
            actions.reply(id, reply)
            setReply('')
          }}
        >
          <label>
            Reply
            <textarea value={reply} rows={2} maxLength={5000} onChange={(event) => setReply(event.target.value)} />
          </label>
          <div className="note-buttons">
            <button type="submit" disabled={!reply.trim()}>
              Reply
            </button>
            <button type="button" onClick={() => actions.resolve(id)}>
              Resolve
            </button>
          </div>
        </form>
      )}
      {confirmingDelete ? (
        <p className="note-delete" role="alert">
          Delete this note and its replies?{' '}
          <button type="button" className="danger" onClick={() => actions.remove(id)}>
            Delete note
          </button>{' '}
          <button type="button" onClick={() => setConfirmingDelete(false)}>
            Keep
          </button>
        </p>
      ) : (
        <button type="button" className="link-button" onClick={() => setConfirmingDelete(true)}>
          Delete…
        </button>
      )}
    </li>
  )
}
