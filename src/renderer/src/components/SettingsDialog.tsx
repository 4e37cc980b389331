import { useRef, useState } from 'react'
import { THEMES, type Settings, type SettingsPatch } from '../../../shared/settings'
import { copydesk } from '../api'
import { sessionPassword } from '../cms/sessionPassword'
import { WordpressSettings } from '../cms/WordpressSettings'
import { useModalDialog } from '../hooks/useModalDialog'

interface Props {
  settings: Settings
  onSave: (patch: SettingsPatch) => Promise<void>
  onClose: () => void
}

const THEME_LABELS: Record<Settings['theme'], string> = { system: 'Same as system', light: 'Light', dark: 'Dark' }

export function SettingsDialog({ settings, onSave, onClose }: Props): React.JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null)
  const [draft, setDraft] = useState<SettingsPatch>({
    authorName: settings.authorName,
    defaultFolder: settings.defaultFolder,
    autosave: settings.autosave,
    theme: settings.theme,
    blockUnreviewed: settings.blockUnreviewed,
    typewriterScrolling: settings.typewriterScrolling,
    headlineLimit: settings.headlineLimit,
    wordpressSite: settings.wordpressSite,
    wordpressUser: settings.wordpressUser
  })
  const [wordpressPassword, setWordpressPassword] = useState('')
  const [error, setError] = useState('')

  useModalDialog(dialog)

  const chooseFolder = async (): Promise<void> => {
    const folder = await copydesk.dialog.chooseFolder()
    if (folder) setDraft((d) => ({ ...d, defaultFolder: folder }))
  }

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault()
    try {
      await onSave({ ...draft, wordpressSite: draft.wordpressSite?.trim(), wordpressUser: draft.wordpressUser?.trim() })
      // A new password goes to the operating system's store, or (where there is none) this session's memory.
      if (wordpressPassword && !(await copydesk.cms.savePassword({ password: wordpressPassword })).passwordStored) sessionPassword.set(wordpressPassword)
      onClose()
    } catch (caught) {
      setError((caught as Error).message)
    }
  }

  return (
    <dialog ref={dialog} className="settings-dialog" aria-labelledby="settings-title" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <h2 id="settings-title">Settings</h2>
        <label>
          Author name
          <input
            value={draft.authorName ?? ''}
            placeholder="Your name, as it appears in bylines"
            onChange={(event) => setDraft({ ...draft, authorName: event.target.value })}
          />
        </label>
        <label>
          Default folder
          <span className="folder-row">
            <input
              value={draft.defaultFolder ?? ''}
              placeholder="Documents"
              onChange={(event) => setDraft({ ...draft, defaultFolder: event.target.value })}
            />
            <button type="button" onClick={() => void chooseFolder()}>
              Choose…
            </button>
          </span>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={draft.autosave ?? false} onChange={(event) => setDraft({ ...draft, autosave: event.target.checked })} />
          Save automatically a few seconds after I stop typing (stories that already have a file)
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={draft.blockUnreviewed ?? false} onChange={(event) => setDraft({ ...draft, blockUnreviewed: event.target.checked })} />
          Never export or copy for the CMS a story with quotes an editor has not verified or notes not resolved (otherwise Copydesk lists them and asks)
        </label>
        <label>
          Headline length limit (characters; empty for none)
          <input
            type="number"
            min={10}
            max={300}
            value={draft.headlineLimit ?? ''}
            onChange={(event) => setDraft({ ...draft, headlineLimit: event.target.value === '' ? null : Number(event.target.value) })}
          />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={draft.typewriterScrolling ?? false} onChange={(event) => setDraft({ ...draft, typewriterScrolling: event.target.checked })} />
          Typewriter scrolling in focus mode: the line I am writing stays in the middle of the window
        </label>
        <label>
          Theme
          <select value={draft.theme} onChange={(event) => setDraft({ ...draft, theme: event.target.value as Settings['theme'] })}>
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {THEME_LABELS[theme]}
              </option>
            ))}
          </select>
        </label>
        <WordpressSettings
          site={draft.wordpressSite ?? ''}
          user={draft.wordpressUser ?? ''}
          onChange={(change) => setDraft({ ...draft, ...change })}
          password={wordpressPassword}
          onPassword={setWordpressPassword}
        />
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save settings
          </button>
        </div>
      </form>
    </dialog>
  )
}
