import type { ArticleDocument } from '../../shared/article/document'
import type { SendStatus, SentPost } from '../../shared/article/sentPosts'
import { UserFacingError } from '../userFacingError'

/** Where and as whom to send: the site, the user and an application password (never stored by this layer). */
export interface CmsConnection {
  site: string
  user: string
  password: string
}

/** What Test connection found. */
export interface ConnectionReport {
  siteName: string
  user: string
  /** The user may create posts (and so receive a story as a draft). */
  canCreatePosts: boolean
}

/** What a send will do: make a new post, update the remembered one (with what changes), or the remembered one is gone. */
export type SendPlan =
  | { action: 'create' }
  | { action: 'update'; postId: number; changes: string[] }
  | { action: 'gone'; postId: number }

export interface SendResult {
  post: SentPost
  action: 'created' | 'updated'
}

/**
 * A CMS Copydesk can send a story to. WordPress is the first (wordpress.ts); a second CMS is one more
 * implementation of this, beside it.
 */
export interface CmsTarget {
  /** "WordPress", for messages. */
  readonly name: string
  testConnection(): Promise<ConnectionReport>
  /** What sending `document` would do, given the post it was last sent to on this site (if any). */
  plan(document: ArticleDocument): Promise<SendPlan>
  /** Sends: updates the remembered post, or creates one (`asNew`: even when one is remembered). */
  send(document: ArticleDocument, options: { status: SendStatus; asNew?: boolean }): Promise<SendResult>
}

/** Why talking to the CMS failed, in words for the user; `kind` for code that reacts (a post gone: offer to send as new). */
export class CmsError extends UserFacingError {
  constructor(
    readonly kind: 'unreachable' | 'timeout' | 'certificate' | 'not-cms' | 'login-redirect' | 'auth' | 'forbidden' | 'gone' | 'server' | 'invalid-response' | 'refused',
    message: string,
    /** The CMS's own error code and the id it names, for code that can recover ("term_exists": here is the tag). */
    readonly detail: { code?: string; id?: number } = {}
  ) {
    super(message)
  }
}
