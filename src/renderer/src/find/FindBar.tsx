import { useEffect, useId, useRef, useState } from 'react'
import { useEditorState, type Editor } from '@tiptap/react'
import { undoDepth } from '@tiptap/pm/history'
import type { ArticleMeta } from '../../../shared/article/meta'
import { shortcutOf } from '../../../shared/commands'
import type { Notice } from '../hooks/useFileCommands'
import { isMac, shortcutLabel } from '../platform'
import { countMatches, endSearch, replaceEvery, replaceOne, searchBody, stepMatch } from './bodySearch'
import type { FindOptions } from './findOptions'
import { countInText, replaceInText } from './plainTextMatches'

interface Props {
  editor: Editor
  meta: ArticleMeta
  setMeta: (meta: ArticleMeta) => void
  /** Whether the replace row shows. */
  replacing: boolean
  /** Changes each time Find or Replace is chosen again while the bar is open: the field takes focus once more. */
  focusRequest: number
  setNotice: (notice: Notice | null) => void
  /** What the bar looked for when it was last closed. */
  initial: FindOptions
  onClose: (options: FindOptions) => void
}

const OPTIONS: { key: 'caseSensitive' | 'wholeWord' | 'inHeadlineAndDek'; label: string }[] = [
  { key: 'caseSensitive', label: 'Match case' },
  { key: 'wholeWord', label: 'Whole words' },
  { key: 'inHeadlineAndDek', label: 'Headline and dek' }
]

/** Edit ▸ Find… and Replace…: a bar over the story, with the matches highlighted in the body. */
export function FindBar({ editor, meta, setMeta, replacing, focusRequest, setNotice, initial, onClose }: Props): React.JSX.Element {
  const id = useId()
  const findField = useRef<HTMLInputElement>(null)
  const [options, setOptions] = useState<FindOptions>(() => ({ ...initial, text: selectedWords(editor) || initial.text }))
  const [showReplace, setShowReplace] = useState(replacing)
  const count = useEditorState({ editor, selector: ({ editor: e }) => countMatches(e), equalityFn: (a, b) => b !== null && a.total === b.total && a.current === b.current })
  const inMeta = options.inHeadlineAndDek ? countInText(meta.headline, options) + countInText(meta.dek, options) : 0

  useEffect(() => {
    if (replacing) setShowReplace(true)
    findField.current?.focus()
    findField.current?.select()
  }, [focusRequest, replacing])
  // The query goes to the body as it is typed (the match selected stays selected while it still matches); closing
  // the bar takes the highlights away.
  useEffect(() => searchBody(editor, options), [editor, options])
  useEffect(() => () => endSearch(editor), [editor])

  const close = (): void => {
    onClose(options)
    editor.commands.focus()
  }
  const replaceAll = (): void => {
    const before = meta
    const inBody = replaceEvery(editor)
    const depth = undoDepth(editor.state)
    if (inMeta > 0) setMeta({ ...meta, headline: replaceInText(meta.headline, options), dek: replaceInText(meta.dek, options) })
    const total = inBody + inMeta
    if (total === 0) return
    setNotice({
      kind: 'info',
      message: `Replaced ${total === 1 ? 'one match' : `${total} matches`}${inMeta > 0 ? ` (${inMeta} in the headline and dek)` : ''}.`,
      action: {
        label: 'Undo replace',
        run: () => {
          // The body's replacement is one undo step; it is taken back only if nothing was done to the body since.
          if (inBody > 0 && undoDepth(editor.state) === depth) editor.commands.undo()
          if (inMeta > 0) setMeta(before)
          setNotice(null)
        }
      }
    })
  }
  const onFindKey = (event: React.KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault()
      stepMatch(editor, event.shiftKey ? -1 : 1)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      close()
    }
  }
  const onReplaceKey = (event: React.KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault()
      if (event.ctrlKey || event.metaKey) replaceAll()
      else replaceOne(editor)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      close()
    }
  }

  return (
    <div className="find-bar" role="search" aria-label="Find and replace">
      <div className="find-row">
        <button
          type="button"
          className="find-disclosure"
          aria-expanded={showReplace}
          aria-controls={`${id}-replace-row`}
          aria-label={showReplace ? 'Hide replace' : 'Show replace'}
          title={`Replace (${shortcutLabel(shortcutOf('replace', isMac))})`}
          onClick={() => setShowReplace((shown) => !shown)}
        >
          {showReplace ? '▾' : '▸'}
        </button>
        <input
          ref={findField}
          type="search"
          aria-label="Find"
          placeholder="Find in the story"
          value={options.text}
          onChange={(event) => setOptions((o) => ({ ...o, text: event.target.value }))}
          onKeyDown={onFindKey}
        />
        <span className="match-count" data-testid="match-count" aria-live="polite">
          {matchSummary(options.text, count.total, count.current, inMeta)}
        </span>
        <button type="button" aria-label="Previous match" title={`Previous match (Shift+Enter, ${shortcutLabel(shortcutOf('findPrevious', isMac))})`} disabled={count.total === 0} onClick={() => stepMatch(editor, -1)}>
          ↑
        </button>
        <button type="button" aria-label="Next match" title={`Next match (Enter, ${shortcutLabel(shortcutOf('findNext', isMac))})`} disabled={count.total === 0} onClick={() => stepMatch(editor, 1)}>
          ↓
        </button>
        <button type="button" className="find-close" aria-label="Close find" title="Close (Esc)" onClick={close}>
          ×
        </button>
      </div>
      <div className="find-row find-options">
        <span className="find-disclosure-space" />
        {OPTIONS.map(({ key, label }) => (
          <label key={key} className="find-option">
            <input type="checkbox" checked={options[key]} onChange={(event) => setOptions((o) => ({ ...o, [key]: event.target.checked }))} />
            {label}
          </label>
        ))}
      </div>
      {showReplace && (
        <div className="find-row" id={`${id}-replace-row`}>
          <span className="find-disclosure-space" />
          <input
            type="text"
            aria-label="Replace with"
            placeholder="Replace with"
            value={options.replacement}
            onChange={(event) => setOptions((o) => ({ ...o, replacement: event.target.value }))}
            onKeyDown={onReplaceKey}
          />
          <button type="button" disabled={count.total === 0} onClick={() => replaceOne(editor)} title="Replace this match and go to the next (Enter)">
            Replace
          </button>
          <button type="button" disabled={count.total + inMeta === 0} onClick={replaceAll} title={`Replace every match (${shortcutLabel('Mod-Enter')})`}>
            Replace all
          </button>
        </div>
      )}
    </div>
  )
}

/** "3 of 12", "No matches", and the headline and dek's matches, which the arrows do not visit. */
function matchSummary(text: string, total: number, current: number, inMeta: number): string {
  if (!text) return ''
  const meta = inMeta > 0 ? ` + ${inMeta} in headline and dek` : ''
  if (total === 0) return inMeta > 0 ? `${inMeta} in headline and dek` : 'No matches'
  return `${current > 0 ? current : '–'} of ${total}${meta}`
}

/** The words selected in the body, to search for at once when they fit on a line. */
function selectedWords(editor: Editor): string {
  const { from, to, empty } = editor.state.selection
  if (empty) return ''
  const words = editor.state.doc.textBetween(from, to, ' ')
  return words.length <= 100 && !words.includes('\n') ? words : ''
}
