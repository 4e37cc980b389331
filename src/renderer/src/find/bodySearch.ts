import type { Editor } from '@tiptap/react'
import { TextSelection } from '@tiptap/pm/state'
import { findNext, findPrev, getMatchHighlights, getSearchState, replaceAll, replaceNext, SearchQuery, setSearchState } from 'prosemirror-search'
import type { FindOptions } from './findOptions'

/** The body's matches: how many, and which one (1-based) is selected, 0 when none is. */
export interface MatchCount {
  total: number
  current: number
}

/**
 * Sets the body's query and selects the first match from the caret on (wrapping to the top), so the count reads
 * "1 of 12" and the story scrolls to it; a match already selected stays selected. Focus stays in the find bar.
 */
export function searchBody(editor: Editor, options: FindOptions): void {
  const query = new SearchQuery({ search: options.text, replace: options.replacement, caseSensitive: options.caseSensitive, wholeWord: options.wholeWord, literal: true })
  const { state } = editor
  const tr = setSearchState(state.tr, query)
  const from = state.selection.from
  const match = query.valid ? (query.findNext(state, from) ?? query.findNext(state, 0, from)) : null
  if (match) tr.setSelection(TextSelection.create(state.doc, match.from, match.to)).scrollIntoView()
  editor.view.dispatch(tr)
}

export function countMatches(editor: Editor): MatchCount {
  const matches = getMatchHighlights(editor.state).find()
  const { from, to } = editor.state.selection
  const index = matches.findIndex((match) => match.from === from && match.to === to)
  return { total: matches.length, current: index + 1 }
}

/** Whether the body has a query to step through (Find Next with the bar closed steps through the last one). */
export function hasSearch(editor: Editor): boolean {
  return getSearchState(editor.state)?.query.valid ?? false
}

/** Next or previous match, wrapping; false when there is none. */
export function stepMatch(editor: Editor, direction: 1 | -1): boolean {
  return (direction > 0 ? findNext : findPrev)(editor.state, editor.view.dispatch)
}

/** Replaces the selected match and selects the next one (or selects the next match, when none is selected). */
export function replaceOne(editor: Editor): boolean {
  return replaceNext(editor.state, editor.view.dispatch)
}

/** Replaces every match in one transaction, which is one undo step; returns how many. */
export function replaceEvery(editor: Editor): number {
  const { total } = countMatches(editor)
  if (total > 0) replaceAll(editor.state, editor.view.dispatch)
  return total
}

/** Clears the query, and with it the highlights, when the find bar closes. */
export function endSearch(editor: Editor): void {
  if (!editor.isDestroyed && hasSearch(editor)) editor.view.dispatch(setSearchState(editor.state.tr, new SearchQuery({ search: '' })))
}
