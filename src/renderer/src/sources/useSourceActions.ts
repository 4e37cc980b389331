import { useMemo } from 'react'
import type { Editor } from '@tiptap/react'
import { undoDepth } from '@tiptap/pm/history'
import { mergeSources } from '../../../shared/article/mergeSources'
import type { Source } from '../../../shared/article/sources'
import type { Notice } from '../hooks/useFileCommands'
import { retargetSource, sourceUses } from './sourceUses'

export interface SourceActions {
  /** Removes a source no quote uses; otherwise says why it stays. */
  remove: (source: Source) => void
  /** Folds `merged` into `kept`: its quotes move over, its name becomes one of `kept`'s aliases. */
  merge: (merged: Source, kept: Source) => void
}

/**
 * Deleting and merging sources. Both change the list (app state) and a merge also the story's marks (one editor
 * step), so each is taken back by the notice's Undo, which restores the list and, if nothing was done to the body
 * since, the marks.
 */
export function useSourceActions(editor: Editor | null, sources: Source[], setSources: (update: (sources: Source[]) => Source[]) => void, setNotice: (notice: Notice | null) => void): SourceActions {
  return useMemo(() => {
    const withUndo = (message: string, bodyDepth: number | null): void => {
      setNotice({
        kind: 'info',
        message,
        action: {
          label: 'Undo',
          run: () => {
            if (editor && bodyDepth !== null && undoDepth(editor.state) === bodyDepth) editor.commands.undo()
            setSources(() => sources)
            setNotice(null)
          }
        }
      })
    }
    return {
      remove: (source) => {
        const uses = editor ? sourceUses(editor.state.doc, source.id) : 0
        if (uses > 0) {
          setNotice({ kind: 'error', message: `${source.name} cannot be deleted: ${uses === 1 ? 'a quote or attribution names' : `${uses} quotes and attributions name`} them. Merge ${source.name} into another source, or unmark those quotes first.` })
          return
        }
        setSources(() => sources.filter((s) => s.id !== source.id))
        withUndo(`Deleted ${source.name} from the sources.`, null)
      },
      merge: (merged, kept) => {
        let depth: number | null = null
        if (editor && sourceUses(editor.state.doc, merged.id) > 0) {
          editor.view.dispatch(retargetSource(editor.state.tr, merged.id, kept.id))
          depth = undoDepth(editor.state)
        }
        setSources(() => mergeSources(sources, merged.id, kept.id))
        withUndo(`Merged ${merged.name} into ${kept.name}: ${merged.name} is now one of the names ${kept.name} goes by.`, depth)
      }
    }
  }, [editor, sources, setSources, setNotice])
}
