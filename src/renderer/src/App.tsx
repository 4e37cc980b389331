import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Editor } from '@tiptap/react'
import { newArticle } from '../../shared/article/document'
import { shortcutOf, WITHOUT_A_STORY, type Command } from '../../shared/commands'
import { isMac, shortcutLabel } from './platform'
import { defaultSettings, type Settings, type SettingsPatch } from '../../shared/settings'
import { copydesk } from './api'
import { ArticleEditor } from './editor/ArticleEditor'
import { TYPEWRITER_CLASS } from './editor/extensions/typewriterScroll'
import { smartQuotesInStory } from './editor/smartenStory'
import { syncSelectionFromDom } from './editor/syncSelection'
import { ExportDialog } from './components/ExportDialog'
import { ImportPageDialog } from './components/ImportPageDialog'
import { RecoveryDialog } from './components/RecoveryDialog'
import type { RecoveredDraft } from '../../shared/recoveredDraft'
import { MetadataForm } from './components/MetadataForm'
import { NoticeBar } from './components/NoticeBar'
import { SettingsDialog } from './components/SettingsDialog'
import { StatusBar } from './components/StatusBar'
import { AppHeader } from './components/AppHeader'
import { useArticleSession } from './hooks/useArticleSession'
import { useAnalysis } from './analysis/useAnalysis'
import { useEngineDecisions } from './analysis/useEngineDecisions'
import { useSourceActions } from './sources/useSourceActions'
import { useAutosave } from './hooks/useAutosave'
import { useBodyStats } from './hooks/useBodyStats'
import { useDocumentShortcuts } from './hooks/useDocumentShortcuts'
import { useFileDrop } from './hooks/useFileDrop'
import { useTheme } from './hooks/useTheme'
import { useDialogFocusTrap } from './hooks/useDialogFocusTrap'
import { MarkPopover, type MarkType } from './panels/MarkPopover'
import { QuoteHoverCard } from './panels/QuoteHoverCard'
import { Sidebar } from './panels/Sidebar'
import { ReviewerDialog } from './review/ReviewerDialog'
import { SignOffDialog } from './review/SignOffDialog'
import { useReview } from './review/useReview'
import { openItems, openItemsSentence, type OpenItem } from '../../shared/review/openItems'
import { ReviewGateDialog } from './review/ReviewGateDialog'
import { ReportDialog } from './review/ReportDialog'
import { NoteDialog } from './review/NoteDialog'
import { SendDialog } from './cms/SendDialog'
import { FindBar } from './find/FindBar'
import { FORMAT_ACTIONS, isFormatCommand, type FormatCommand } from './editor/formatCommands'
import { NO_FIND } from './find/findOptions'
import { hasSearch, stepMatch } from './find/bodySearch'
import { ShortcutSheet } from './components/ShortcutSheet'
import { StartScreen } from './components/StartScreen'
import { PrintHeading } from './components/PrintHeading'
import { DEFAULT_SIDE_PANEL, type PanelTab, type SidePanel } from '../../shared/sidePanel'

const NO_FLAGS: readonly { from: number; to: number }[] = []
const NOTHING_OPEN = 'No open items: every quote is verified and the analysis raises no flag.'

export function App(): React.JSX.Element {
  const [settings, setSettings] = useState<Settings>(defaultSettings)
  const [ready, setReady] = useState(false)
  const [settingsOpen, setSettingsOpen] = useState(false)
  const [exportOpen, setExportOpen] = useState(false)
  const [recovered, setRecovered] = useState<RecoveredDraft[]>([])
  const [mountedEditor, setMountedEditor] = useState<{ editor: Editor; sessionId: number } | null>(null)
  const [markRequest, setMarkRequest] = useState<MarkType | null>(null)
  const [signOffOpen, setSignOffOpen] = useState(false)
  const [reportOpen, setReportOpen] = useState(false)
  const [sendOpen, setSendOpen] = useState(false)
  /** The find bar: whether it shows the replace row, and a count that asks its field for focus again. */
  const [find, setFind] = useState<{ replacing: boolean; request: number } | null>(null)
  /** What the find bar last looked for: it opens with it again (unless words are selected). */
  const [lastFind, setLastFind] = useState(NO_FIND)
  const [focusMode, setFocusMode] = useState(false)
  const [shortcutsOpen, setShortcutsOpen] = useState(false)
  /** Counts Review ▸ Who Said It: the speaker card for the quote or cue at the caret. */
  const [cardRequest, setCardRequest] = useState(0)
  /** The side panel's tab and width, as last left on this screen (main remembers them with the window's place). */
  const [panel, setPanel] = useState<SidePanel>(DEFAULT_SIDE_PANEL)
  /** Counts Format ▸ Link… from the menu: the toolbar opens its link form. */
  const [linkRequest, setLinkRequest] = useState(0)
  /** The words a note is being written on (Review ▸ Add Note…). */
  const [noteOn, setNoteOn] = useState<string | null>(null)
  /** A story about to leave with its review unfinished: what is open, and what to do if the user goes on. */
  const [gate, setGate] = useState<{ items: OpenItem[]; action: string; proceed: () => unknown } | null>(null)
  /** What to do once the reviewer has given a name (asked on first use). */
  const [awaitingReviewer, setAwaitingReviewer] = useState<((name: string) => void) | null>(null)
  const article = useArticleSession(settings.authorName)
  const { session, commands, setNotice, load, setEditor } = article
  // While a newly opened story renders, the previous story's editor is already being destroyed: panels wait
  // for the new one rather than drawing (at length) from the old.
  const editor = mountedEditor?.sessionId === session.id ? mountedEditor.editor : null
  const sessionId = useRef(session.id)
  sessionId.current = session.id
  const stats = useBodyStats(editor)
  const review = useAnalysis(editor, session.sources, article.setSources, session.review)
  const withReviewer = useCallback(
    (then: (name: string) => void) => {
      if (settings.authorName.trim()) then(settings.authorName.trim())
      else setAwaitingReviewer(() => then)
    },
    [settings.authorName]
  )
  const sourceActions = useSourceActions(editor, session.sources, article.setSources, setNotice)
  const decisions = useEngineDecisions(article.currentDocument, article.setReview, withReviewer)
  const editorial = useReview(editor, { sessionId: session.id, review: session.review, currentDocument: article.currentDocument, setReview: article.setReview, onEdit: article.onEdit }, settings.authorName.trim(), withReviewer)
  const { goToOpenItem, toggle: toggleReviewMode } = editorial
  const flags = review?.flags ?? NO_FLAGS
  const { currentDocument } = article
  /** Export and Copy as HTML go through here: a story with quotes not verified or notes open lists them and asks (or is refused). */
  const throughGate = useCallback(
    (action: string, proceed: () => unknown): void => {
      const document = currentDocument()
      const items = openItems(document)
      if (items.length > 0) setGate({ items, action, proceed })
      else void proceed()
    },
    [currentDocument]
  )

  useEffect(() => {
    copydesk.app
      .startup()
      .then(async ({ settings: stored, sample, notice, opened, panel: lastPanel }) => {
        setSettings(stored)
        setPanel(lastPanel)
        // A story the system handed over, the sample on first start, or the start screen.
        if (opened && 'document' in opened) load(opened.document, opened.path)
        else if (sample) load(sample, null)
        else load(newArticle({ byline: stored.authorName ? [stored.authorName] : [] }), null, undefined, true)
        const problem = opened && 'error' in opened ? opened.error : notice
        if (problem) setNotice({ kind: 'error', message: problem })
        // The story shows now; drafts a crash left behind are asked about once they are listed.
        setReady(true)
        setRecovered(await copydesk.recovery.list())
      })
      .catch((error: Error) => setNotice({ kind: 'error', message: `Copydesk could not start cleanly: ${error.message}` }))
      .finally(() => setReady(true))
  }, [load, setNotice])

  const requestMark = useCallback(
    (type: 'quote' | 'attribution') => {
      if (editor) syncSelectionFromDom(editor)
      if (editor?.state.selection.empty && type === 'quote' && editor.isActive('blockquote')) {
        setMarkRequest('blockquote')
        return
      }
      if (editor?.state.selection.empty) {
        const command = type === 'quote' ? 'markQuote' : 'markAttribution'
        setNotice({ kind: 'info', message: `Select the ${type === 'quote' ? 'quoted words' : 'attribution (“Krutsky said”)'} first, then press ${shortcutLabel(shortcutOf(command, isMac))}.` })
        return
      }
      setMarkRequest(type)
    },
    [editor, setNotice]
  )

  /** Find… or Replace… (again): the bar opens, or its field takes focus once more; Replace keeps the replace row. */
  const openFind = useCallback((replacing: boolean) => setFind((open) => ({ replacing: replacing || (open?.replacing ?? false), request: (open?.request ?? 0) + 1 })), [])
  const runCommand = useCallback(
    (command: Command) => {
      // With no story open only what opens one, settings and help apply.
      if (session.start && !WITHOUT_A_STORY.has(command)) return
      const actions: Record<Exclude<Command, FormatCommand>, () => unknown> = {
        new: commands.newDocument,
        open: commands.open,
        import: commands.importDraft,
        save: () => commands.save(false),
        saveAs: () => commands.save(true),
        export: () => setExportOpen(true),
        copyHtml: () => throughGate('Copy', commands.copyHtml),
        print: commands.print,
        savePdf: commands.savePdf,
        sendToWordpress: () => throughGate('Send', () => setSendOpen(true)),
        close: commands.close,
        settings: () => setSettingsOpen(true),
        reviewMode: toggleReviewMode,
        nextOpenItem: () => goToOpenItem(1, flags) || setNotice({ kind: 'info', message: NOTHING_OPEN }),
        previousOpenItem: () => goToOpenItem(-1, flags) || setNotice({ kind: 'info', message: NOTHING_OPEN }),
        addNote: () => {
          const selection = editor?.state.selection
          if (!editor || !selection || selection.empty) return setNotice({ kind: 'info', message: 'Select the words the note is about, then add the note.' })
          setNoteOn(editor.state.doc.textBetween(selection.from, selection.to, ' '))
        },
        signOff: () => setSignOffOpen(true),
        report: () => setReportOpen(true),
        find: () => openFind(false),
        replace: () => openFind(true),
        findNext: () => (editor && hasSearch(editor) ? stepMatch(editor, 1) : openFind(false)),
        findPrevious: () => (editor && hasSearch(editor) ? stepMatch(editor, -1) : openFind(false)),
        focusMode: () => setFocusMode((on) => !on),
        link: () => setLinkRequest((n) => n + 1),
        markQuote: () => requestMark('quote'),
        markAttribution: () => requestMark('attribution'),
        shortcuts: () => setShortcutsOpen(true),
        smartQuotes: () => editor && smartQuotesInStory(editor, session.meta, article.setMeta, setNotice),
        speakerCard: () => setCardRequest((n) => n + 1),
        sidePanel: () => setPanel((current) => ({ ...current, shown: !current.shown })),
        switchPane: () => (document.activeElement?.closest('.sidebar') ? editor?.commands.focus() : document.querySelector<HTMLElement>('.sidebar [role="tab"][aria-selected="true"]')?.focus())
      }
      if (isFormatCommand(command)) {
        if (editor) FORMAT_ACTIONS[command].run(editor)
      } else void actions[command]()
    },
    [commands, toggleReviewMode, goToOpenItem, flags, setNotice, throughGate, editor, openFind, requestMark, session.start, session.meta, article.setMeta]
  )
  const requestNote = useCallback(() => runCommand('addNote'), [runCommand])
  // The Notes tab's "Add note" is the menu command: it asks for the note's words first.
  const { noteActions } = editorial
  const panelNoteActions = useMemo(() => ({ ...noteActions, add: () => runCommand('addNote') }), [noteActions, runCommand])
  useDocumentShortcuts(runCommand)
  useEffect(() => copydesk.on.command(runCommand), [runCommand])
  useEffect(() => copydesk.on.openRecent((path) => void commands.openRecent(path)), [commands])
  useTheme(settings.theme)
  useDialogFocusTrap()
  // The spell checker follows the story's language (Settings has none of its own).
  const { language } = session.meta
  useEffect(() => {
    if (!session.start) void copydesk.spellcheck.setLanguage({ language }).catch(() => undefined)
  }, [language, session.start])
  const dragging = useFileDrop(commands.importDropped)
  const autosave = useCallback(() => commands.save(false), [commands])
  useAutosave(settings.autosave, session.path !== null, article.dirty, article.onEdit, autosave)

  useEffect(() => {
    document.title = `${article.dirty ? '• ' : ''}${article.fileName} (${editorial.state}) — Copydesk`
  }, [article.dirty, article.fileName, editorial.state])

  const onEditorReady = useCallback(
    (instance: Editor | null) => {
      setEditor(instance)
      setMountedEditor(instance && { editor: instance, sessionId: sessionId.current })
    },
    [setEditor]
  )

  const dismissNotice = useCallback(() => setNotice(null), [setNotice])
  const showError = useCallback((message: string) => setNotice({ kind: 'error', message }), [setNotice])

  // The panel's new tab or width is remembered once dragging or arrowing has paused.
  const panelSaved = useRef(panel)
  useEffect(() => {
    if (panelSaved.current === panel) return
    const timer = setTimeout(() => {
      panelSaved.current = panel
      void copydesk.window.panel(panel).catch(() => undefined)
    }, 400)
    return () => clearTimeout(timer)
  }, [panel])
  const choosePanelTab = useCallback((tab: PanelTab) => setPanel((current) => ({ ...current, tab })), [])
  const setPanelWidth = useCallback((width: number) => setPanel((current) => ({ ...current, width })), [])

  // Started once start-up has answered and what it chose (a story, the sample or the start screen) is in place: the
  // first session (id 0) is only a placeholder until then.
  const booted = ready && session.id > 0

  const saveSettings = async (patch: SettingsPatch): Promise<void> => setSettings(await copydesk.settings.update(patch))

  return (
    <div className={focusMode ? 'app focus-mode' : 'app'} aria-busy={!booted}>
      <AppHeader fileName={session.start ? 'No story open' : article.fileName} noStory={session.start} dirty={article.dirty} reviewState={editorial.state} reviewMode={editorial.on} onCommand={runCommand} />
      <NoticeBar notice={article.notice} onDismiss={dismissNotice} />
      {/* No story open: the start screen, and no editor at all (nothing to build, analyse or save). */}
      {!booted ? null : session.start ? (
        <StartScreen onCommand={runCommand} onOpenRecent={(path) => void commands.openRecent(path)} refreshKey={article.notice} />
      ) : (
      <div className={panel.shown ? 'workspace' : 'workspace panel-hidden'} key={session.id} style={{ '--panel-width': `${panel.width}px` } as React.CSSProperties}>
        <main className={focusMode && settings.typewriterScrolling ? `document ${TYPEWRITER_CLASS}` : 'document'} lang={language || undefined}>
          {/* The header (and its heading) is hidden in focus mode: the page keeps a level-one heading for screen readers. */}
          {focusMode && <h1 className="visually-hidden">Copydesk, focus mode</h1>}
          {editor && find && (
            <FindBar
              editor={editor}
              meta={session.meta}
              setMeta={article.setMeta}
              replacing={find.replacing}
              focusRequest={find.request}
              setNotice={setNotice}
              initial={lastFind}
              onClose={(options) => {
                setLastFind(options)
                setFind(null)
              }}
            />
          )}
          <PrintHeading meta={session.meta} />
          <MetadataForm meta={session.meta} onChange={article.setMeta} headlineLimit={settings.headlineLimit} />
          <ArticleEditor initialBody={session.initialBody} onReady={onEditorReady} onChange={article.markChanged} onMarkRequest={requestMark} onLinkRefused={showError} onStatusKey={editorial.setStatus} linkRequest={linkRequest} onNoteRequest={requestNote} />
        </main>
        {editor && panel.shown && (
          <Sidebar
            tab={panel.tab}
            onTab={choosePanelTab}
            width={panel.width}
            onWidth={setPanelWidth}
            editor={editor}
            sources={session.sources}
            setSources={article.setSources}
            sourceActions={sourceActions}
            review={review}
            decisions={decisions}
            quoteReviews={session.review.quotes}
            quoteActions={editorial.quoteActions}
            notes={session.review.notes}
            noteActions={panelNoteActions}
            reviewSummary={editorial.summary}
          />
        )}
      </div>
      )}
      {editor && <QuoteHoverCard editor={editor} sources={session.sources} quoteReviews={session.review.quotes} request={cardRequest} />}
      {editor && markRequest && (
        <MarkPopover
          editor={editor}
          type={markRequest}
          sources={session.sources}
          onAddSource={(source) => article.setSources((list) => [...list, source])}
          onClose={() => setMarkRequest(null)}
        />
      )}
      {!session.start && <StatusBar
        stats={stats}
        wordTarget={session.meta.wordTarget}
        activity={article.activity}
        dirty={article.dirty}
        hasFile={session.path !== null}
        reviewSummary={editorial.summary}
      />}
      {dragging && (
        <div className="drop-hint" role="status">
          Drop a story (.copydesk) to open it, or a text, HTML, Markdown or Word file to import it as a new draft
        </div>
      )}
      {recovered.length > 0 && (
        <RecoveryDialog
          drafts={recovered}
          onRestore={(id) => {
            setRecovered([])
            void commands.restoreRecovered(id)
          }}
          onDiscard={(id) => {
            void copydesk.recovery.discard({ id })
            setRecovered((list) => list.filter((d) => d.id !== id))
          }}
          onClose={() => setRecovered([])}
        />
      )}
      {article.pageImport && <ImportPageDialog page={article.pageImport} onDone={article.pageImport.choose} />}
      {exportOpen && (
        <ExportDialog
          meta={session.meta}
          onMeta={article.setMeta}
          onExport={(format, attribution) => Promise.resolve(throughGate('Export', () => commands.exportAs(format, attribution)))}
          onCopy={() => runCommand('copyHtml')}
          onClose={() => setExportOpen(false)}
        />
      )}
      {gate && (
        <ReviewGateDialog
          items={gate.items}
          blocked={settings.blockUnreviewed}
          action={gate.action}
          onProceed={() => void gate.proceed()}
          onClose={() => setGate(null)}
        />
      )}
      {signOffOpen && (
        <SignOffDialog
          summary={editorial.summary}
          open={openItemsSentence(openItems(article.currentDocument()))}
          onSignOff={editorial.approve}
          onClose={() => setSignOffOpen(false)}
        />
      )}
      {noteOn !== null && <NoteDialog words={noteOn} onAdd={editorial.noteActions.add} onClose={() => setNoteOn(null)} />}
      {sendOpen && (
        <SendDialog
          site={settings.wordpressSite}
          document={article.currentDocument}
          meta={session.meta}
          onMeta={article.setMeta}
          onSent={article.rememberSent}
          onOpenSettings={() => {
            setSendOpen(false)
            setSettingsOpen(true)
          }}
          onClose={() => setSendOpen(false)}
        />
      )}
      {reportOpen && <ReportDialog onReport={commands.reportAs} onClose={() => setReportOpen(false)} />}
      {awaitingReviewer && (
        <ReviewerDialog
          onName={(name) => {
            const then = awaitingReviewer
            void saveSettings({ authorName: name }).then(() => then(name))
          }}
          onClose={() => setAwaitingReviewer(null)}
        />
      )}
      {shortcutsOpen && <ShortcutSheet onClose={() => setShortcutsOpen(false)} />}
      {focusMode && (
        <button type="button" className="focus-exit" onClick={() => setFocusMode(false)} title={`Leave focus mode (${shortcutLabel(shortcutOf('focusMode', isMac))})`}>
          Leave focus mode
        </button>
      )}
      {settingsOpen && <SettingsDialog settings={settings} onSave={saveSettings} onClose={() => setSettingsOpen(false)} />}
    </div>
  )
}
