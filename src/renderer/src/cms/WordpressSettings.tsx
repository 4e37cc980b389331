import { useEffect, useState } from 'react'
import { copydesk } from '../api'
import { sessionPassword } from './sessionPassword'

interface Props {
  site: string
  user: string
  onChange: (change: { wordpressSite?: string; wordpressUser?: string }) => void
  /** The password typed (not yet stored): the Settings dialog stores it when it saves. */
  password: string
  onPassword: (password: string) => void
}

type Test = { state: 'idle' } | { state: 'testing' } | { state: 'done'; ok: boolean; message: string }

/** Settings ▸ WordPress: the site, the user, the application password (stored by the operating system) and Test connection. */
export function WordpressSettings({ site, user, onChange, password, onPassword }: Props): React.JSX.Element {
  const [connection, setConnection] = useState<{ passwordStored: boolean; secureStorage: boolean } | null>(null)
  const [test, setTest] = useState<Test>({ state: 'idle' })
  useEffect(() => void copydesk.cms.connection().then(setConnection), [])

  const runTest = async (): Promise<void> => {
    setTest({ state: 'testing' })
    try {
      const report = await copydesk.cms.test({ site: site.trim(), user: user.trim(), password: password || sessionPassword.get() })
      const may = report.canCreatePosts ? 'may create posts' : 'may not create posts: ask for the Author or Editor role'
      setTest({ state: 'done', ok: report.canCreatePosts, message: `Connected to ${report.siteName} as ${report.user}, who ${may}.` })
    } catch (error) {
      setTest({ state: 'done', ok: false, message: (error as Error).message })
    }
  }

  const stored = connection?.passwordStored || (!connection?.secureStorage && sessionPassword.get() !== null)
  return (
    <fieldset className="wordpress-settings">
      <legend>WordPress</legend>
      <label>
        WordPress site
        <input value={site} placeholder="https://news.example.com" inputMode="url" onChange={(event) => onChange({ wordpressSite: event.target.value })} />
      </label>
      <label>
        WordPress user
        <input value={user} autoComplete="username" onChange={(event) => onChange({ wordpressUser: event.target.value })} />
      </label>
      <label>
        Application password
        <input
          type="password"
          value={password}
          autoComplete="current-password"
          placeholder={stored ? 'Stored (type a new one to replace it)' : 'From WordPress: Users ▸ Profile ▸ Application Passwords'}
          onChange={(event) => onPassword(event.target.value)}
        />
      </label>
      {connection && !connection.secureStorage && (
        <p className="field-hint" role="note">
          This computer offers no secure storage, so the password is kept only until Copydesk closes; it is never written to disk.
        </p>
      )}
      <div className="test-row">
        <button type="button" onClick={() => void runTest()} disabled={!site.trim() || !user.trim() || test.state === 'testing'}>
          {test.state === 'testing' ? 'Testing…' : 'Test connection'}
        </button>
        {connection?.passwordStored && (
          <button type="button" className="link-button" onClick={() => void copydesk.cms.forgetPassword().then(setConnection)}>
            Forget the stored password
          </button>
        )}
      </div>
      {test.state === 'done' && (
        <p className={test.ok ? 'test-result ok' : 'field-error'} role={test.ok ? 'status' : 'alert'}>
          {test.message}
        </p>
      )}
    </fieldset>
  )
}
