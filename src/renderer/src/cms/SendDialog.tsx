import { useEffect, useRef, useState } from 'react'
import type { ArticleDocument } from '../../../shared/article/document'
import type { ArticleMeta } from '../../../shared/article/meta'
import { SlugCheck } from '../components/SlugCheck'
import { SEND_STATUSES, type SendStatus, type SentPost } from '../../../shared/article/sentPosts'
import type { ResponseOf } from '../../../shared/ipc'
import { copydesk } from '../api'
import { sessionPassword } from './sessionPassword'
import { useModalDialog } from '../hooks/useModalDialog'

interface Props {
  site: string
  document: () => ArticleDocument
  /** The story's metadata now, and a change to it (the slug, when it no longer matches the headline). */
  meta: ArticleMeta
  onMeta: (meta: ArticleMeta) => void
  /** The post the story now lives in: remembered in the story (saved with it) so the next send updates it. */
  onSent: (post: SentPost) => void
  onOpenSettings: () => void
  onClose: () => void
}

const STATUS_LABELS: Record<SendStatus, string> = { draft: 'Draft', pending: 'Pending review' }

type Step =
  | { name: 'checking' }
  | { name: 'ready'; plan: ResponseOf<'cms:plan'> }
  | { name: 'sending' }
  | { name: 'sent'; result: ResponseOf<'cms:send'> }
  | { name: 'failed'; message: string; needsPassword: boolean }

/**
 * File ▸ Send to WordPress…: what sending will do (a new draft, or which fields of the remembered post change,
 * or that it was deleted), the status to arrive in, progress, and the result with a link to the draft. A
 * failure says why and changes nothing in the story.
 */
export function SendDialog({ site, document, meta, onMeta, onSent, onOpenSettings, onClose }: Props): React.JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null)
  const [step, setStep] = useState<Step>({ name: 'checking' })
  const [status, setStatus] = useState<SendStatus>('draft')
  const [password, setPassword] = useState('')
  useModalDialog(dialog)

  const check = async (): Promise<void> => {
    setStep({ name: 'checking' })
    try {
      const given = password || sessionPassword.get()
      const plan = await copydesk.cms.plan({ document: document(), password: given })
      if (password) sessionPassword.set(password)
      setStep({ name: 'ready', plan })
    } catch (error) {
      const message = (error as Error).message
      setStep({ name: 'failed', message, needsPassword: /application password/.test(message) })
    }
  }
  // On opening, and again when the slug is put right (the plan says which fields of a post change).
  useEffect(() => void check(), [meta.slug]) // eslint-disable-line react-hooks/exhaustive-deps

  const send = async (asNew: boolean): Promise<void> => {
    setStep({ name: 'sending' })
    try {
      const result = await copydesk.cms.send({ document: document(), password: password || sessionPassword.get(), status, asNew })
      onSent(result.post)
      setStep({ name: 'sent', result })
    } catch (error) {
      setStep({ name: 'failed', message: (error as Error).message, needsPassword: /application password/.test((error as Error).message) })
    }
  }

  const host = (() => {
    try {
      return new URL(site).host
    } catch {
      return site
    }
  })()

  return (
    <dialog ref={dialog} className="settings-dialog send-dialog" aria-labelledby="send-title" onClose={onClose}>
      <h2 id="send-title">Send to WordPress</h2>
      {step.name === 'checking' && (
        <p role="status" className="progress">
          Checking {host}…
        </p>
      )}
      {step.name === 'ready' && (
        <>
          <SlugCheck meta={meta} onChange={onMeta} />
          <p data-testid="send-plan">
            {step.plan.action === 'create' && `A new post on ${host}.`}
            {step.plan.action === 'update' &&
              `Updates post ${step.plan.postId} on ${host}: ${step.plan.changes.length ? `${step.plan.changes.join(', ')} will change.` : 'nothing has changed since the last send.'}`}
            {step.plan.action === 'gone' && `Post ${step.plan.postId}, where this story was sent before, is gone from ${host} (deleted in WordPress).`}
          </p>
          <fieldset className="status-choice">
            <legend>Arrives as</legend>
            {SEND_STATUSES.map((value) => (
              <label key={value} className="checkbox">
                <input type="radio" name="send-status" value={value} checked={status === value} onChange={() => setStatus(value)} />
                {STATUS_LABELS[value]}
              </label>
            ))}
          </fieldset>
          <p className="field-hint">Never published from here. Contact notes, private notes, provenance and the review stay in Copydesk.</p>
        </>
      )}
      {step.name === 'sending' && (
        <p role="status" className="progress">
          Sending to {host}…
        </p>
      )}
      {step.name === 'sent' && (
        <p role="status" data-testid="send-result">
          {step.result.action === 'created' ? 'Sent' : 'Updated'}: post {step.result.post.postId} on {host}, as {STATUS_LABELS[status].toLowerCase()}.{' '}
          <a href={step.result.post.editLink} onClick={(event) => {
            event.preventDefault()
            void copydesk.shell.openLink({ url: step.result.post.editLink })
          }}>
            Open it in WordPress
          </a>
          . Save the story to remember the post, so that the next send updates it.
        </p>
      )}
      {step.name === 'failed' && (
        <>
          <p className="field-error" role="alert">
            {step.message}
          </p>
          {step.needsPassword && (
            <label>
              Application password
              <input type="password" value={password} autoFocus onChange={(event) => setPassword(event.target.value)} />
            </label>
          )}
        </>
      )}
      <div className="dialog-buttons">
        {step.name === 'failed' && /Settings/.test(step.message) && (
          <button type="button" onClick={onOpenSettings}>
            Open Settings…
          </button>
        )}
        <button type="button" onClick={onClose}>
          {step.name === 'sent' ? 'Close' : 'Cancel'}
        </button>
        {step.name === 'failed' && !/Settings/.test(step.message) && (
          <button type="button" onClick={() => void check()}>
            Try again
          </button>
        )}
        {step.name === 'ready' && step.plan.action === 'gone' && (
          <button type="button" className="primary" onClick={() => void send(true)}>
            Send as a new post
          </button>
        )}
        {step.name === 'ready' && step.plan.action !== 'gone' && (
          <button type="button" className="primary" onClick={() => void send(false)}>
            {step.plan.action === 'update' ? 'Update post' : 'Send'}
          </button>
        )}
      </div>
    </dialog>
  )
}
