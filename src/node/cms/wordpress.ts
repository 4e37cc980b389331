import type { ArticleDocument } from '../../shared/article/document'
import { siteKey, type SendStatus, type SentPost } from '../../shared/article/sentPosts'
import { wordpressFields, type WordpressFields } from '../../shared/export/wordpress'
import { CmsError, type CmsConnection, type CmsTarget, type ConnectionReport, type SendPlan, type SendResult } from './cmsTarget'
import { requestJson } from './httpJson'

export interface WordpressOptions {
  /** How long one request may take. */
  timeoutMs?: number
}

interface WordpressError {
  code?: string
  message?: string
  data?: { status?: number; term_id?: number }
}

interface RemotePost {
  id: number
  status: string
  title: { raw?: string }
  content: { raw?: string }
  excerpt: { raw?: string }
  slug: string
  tags: number[]
}

/** WordPress's messages may hold markup and entities; a sentence for the user holds neither (nor a full stop of its own). */
const plain = (text: string | undefined): string =>
  (text ?? '')
    .replace(/<[^>]*>/g, '')
    .replace(/&#0?39;|&#8217;/g, '’')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[\s.]+$/, '')
    .trim()

/**
 * A WordPress site through its REST API, signed in with an application password (Basic authentication over
 * the site's own address). The API is found at /wp-json/ or, on a site without pretty permalinks, at
 * ?rest_route=. A story becomes a post with status draft or pending, never published; sending again updates
 * the post remembered in the story's file (and never changes the status of a post an editor has moved on).
 */
export class WordpressTarget implements CmsTarget {
  readonly name = 'WordPress'
  private readonly site: string
  private routeOf: ((path: string, query: URLSearchParams) => string) | null = null
  /** The site's name, as its REST root gives it (read when the API is found). */
  private siteName = ''

  constructor(
    private readonly connection: CmsConnection,
    private readonly options: WordpressOptions = {}
  ) {
    this.site = siteKey(connection.site)
    if (!/^https?:\/\//i.test(this.site)) throw new CmsError('refused', `The site address must start with https:// (or http://): “${connection.site}”.`)
  }

  private get timeoutMs(): number {
    return this.options.timeoutMs ?? 20_000
  }

  /** Where the REST API answers: /wp-json/ first, then ?rest_route= (a site with plain permalinks). */
  private async findApi(): Promise<(path: string, query: URLSearchParams) => string> {
    if (this.routeOf) return this.routeOf
    const styles = [
      (path: string, query: URLSearchParams) => `${this.site}/wp-json${path}${query.size ? `?${query}` : ''}`,
      (path: string, query: URLSearchParams) => `${this.site}/?rest_route=${encodeURIComponent(path)}${query.size ? `&${query}` : ''}`
    ]
    for (const style of styles) {
      try {
        const { status, body } = await requestJson(style('/', new URLSearchParams()), { timeoutMs: this.timeoutMs })
        const namespaces = (body as { namespaces?: unknown } | null)?.namespaces
        if (status === 200 && Array.isArray(namespaces) && namespaces.includes('wp/v2')) {
          // The root names the site too: kept, so that testing the connection does not ask for it again.
          this.siteName = plain((body as { name?: string }).name)
          return (this.routeOf = style)
        }
      } catch (error) {
        // Not JSON at this address: try the other; anything else (offline, a login wall) is the answer.
        if (!(error instanceof CmsError && error.kind === 'invalid-response')) throw error
      }
    }
    throw new CmsError('not-cms', `${this.site} does not answer as WordPress: there is no REST API at /wp-json/ or ?rest_route=/. Check the address, or whether the site's REST API is switched off.`)
  }

  /** One authenticated call to the API; a WordPress error becomes a CmsError that says what to do. */
  private async call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown, query: Record<string, string> = {}): Promise<T> {
    const route = await this.findApi()
    const authorization = `Basic ${Buffer.from(`${this.connection.user}:${this.connection.password}`).toString('base64')}`
    const response = await requestJson(route(path, new URLSearchParams(query)), { method, body, headers: { Authorization: authorization }, timeoutMs: this.timeoutMs })
    if (response.status >= 200 && response.status < 300) return response.body as T
    const error = (response.body ?? {}) as WordpressError
    const detail = plain(error.message)
    const host = new URL(this.site).host
    if (response.status === 401) {
      throw new CmsError('auth', `${host} did not accept the user name “${this.connection.user}” with that application password${detail ? ` (${detail})` : ''}. Check both: an application password is made in WordPress under Users ▸ Profile ▸ Application Passwords.`)
    }
    if (response.status === 403) throw new CmsError('forbidden', `${this.connection.user} may not do this on ${host}${detail ? `: ${detail}` : ''}.`)
    if (response.status === 404 && error.code === 'rest_post_invalid_id') throw new CmsError('gone', `The post is not on ${host} any more (deleted in WordPress).`)
    if (response.status >= 500) throw new CmsError('server', `WordPress at ${host} failed (HTTP ${response.status})${detail ? `: ${detail}` : ''}. Try again later; nothing was changed in the story.`)
    throw new CmsError('refused', `WordPress at ${host} refused the request${detail ? `: ${detail}` : ''} (HTTP ${response.status}${error.code ? `, ${error.code}` : ''}).`, { code: error.code, id: error.data?.term_id })
  }

  async testConnection(): Promise<ConnectionReport> {
    const me = await this.call<{ name?: string; capabilities?: Record<string, boolean> }>('GET', '/wp/v2/users/me', undefined, { context: 'edit' })
    return { siteName: this.siteName || this.site, user: me.name ?? this.connection.user, canCreatePosts: !!me.capabilities?.edit_posts }
  }

  /** The post this story was last sent to on this site, if the file remembers one. */
  private remembered(document: ArticleDocument): SentPost | undefined {
    return document.sentTo.find((post) => post.cms === 'wordpress' && siteKey(post.site) === this.site)
  }

  /** The remembered post as WordPress has it now, or null when it was deleted (or is in the trash). */
  private async remotePost(postId: number): Promise<RemotePost | null> {
    try {
      const post = await this.call<RemotePost>('GET', `/wp/v2/posts/${postId}`, undefined, { context: 'edit' })
      return post.status === 'trash' ? null : post
    } catch (error) {
      if (error instanceof CmsError && error.kind === 'gone') return null
      throw error
    }
  }

  async plan(document: ArticleDocument): Promise<SendPlan> {
    const previous = this.remembered(document)
    if (!previous) return { action: 'create' }
    const remote = await this.remotePost(previous.postId)
    if (!remote) return { action: 'gone', postId: previous.postId }
    return { action: 'update', postId: previous.postId, changes: await this.changes(remote, wordpressFields(document)) }
  }

  /** What an update would change, field by field, in words. */
  private async changes(remote: RemotePost, fields: WordpressFields): Promise<string[]> {
    const changes: string[] = []
    if ((remote.title.raw ?? '') !== fields.title) changes.push('the headline')
    if ((remote.excerpt.raw ?? '') !== fields.excerpt) changes.push('the dek (excerpt)')
    // WordPress adds "-2" to a slug another post has: that is still the slug asked for.
    if (!new RegExp(`^${fields.slug}(-\\d+)?$`).test(remote.slug)) changes.push('the slug')
    if ((remote.content.raw ?? '') !== fields.content) changes.push('the story')
    const remoteTags = remote.tags.length ? await this.call<{ name: string }[]>('GET', '/wp/v2/tags', undefined, { include: remote.tags.join(','), per_page: '100' }) : []
    const names = (list: string[]): string => list.map((name) => plain(name).toLowerCase()).sort().join('\n')
    if (names(remoteTags.map((tag) => tag.name)) !== names(fields.tagNames)) changes.push('the tags')
    return changes
  }

  /** The site's id for each tag name, making the tags it does not have. */
  private async tagIds(tagNames: string[]): Promise<number[]> {
    const ids: number[] = []
    for (const name of tagNames) {
      const found = await this.call<{ id: number; name: string }[]>('GET', '/wp/v2/tags', undefined, { search: name, per_page: '100' })
      const same = found.find((tag) => plain(tag.name).toLowerCase() === name.toLowerCase())
      if (same) {
        ids.push(same.id)
        continue
      }
      try {
        ids.push((await this.call<{ id: number }>('POST', '/wp/v2/tags', { name })).id)
      } catch (error) {
        // Made meanwhile (or spelled differently by WordPress's search): the site says which it is.
        if (!(error instanceof CmsError)) throw error
        if (error.detail.code === 'term_exists' && error.detail.id) ids.push(error.detail.id)
        else throw new CmsError(error.kind, `Could not make the tag “${name}”, so nothing was sent: ${error.message}`)
      }
    }
    return ids
  }

  async send(document: ArticleDocument, { status, asNew = false }: { status: SendStatus; asNew?: boolean }): Promise<SendResult> {
    const fields = wordpressFields(document)
    const previous = asNew ? undefined : this.remembered(document)
    const remote = previous ? await this.remotePost(previous.postId) : null
    if (previous && !remote) {
      throw new CmsError('gone', `The post this story was sent to on ${new URL(this.site).host} (post ${previous.postId}) is gone: it was deleted in WordPress. Send the story again as a new post.`)
    }
    // Tags first: if one cannot be made, no post is left half-made.
    const tags = await this.tagIds(fields.tagNames)
    const post = { title: fields.title, content: fields.content, excerpt: fields.excerpt, slug: fields.slug, tags }
    // An update leaves alone a post an editor has scheduled or published: only a draft or pending post takes the status asked for.
    const keepStatus = remote && !['draft', 'pending'].includes(remote.status)
    const saved = await this.call<{ id: number }>('POST', remote ? `/wp/v2/posts/${remote.id}` : '/wp/v2/posts', keepStatus ? post : { ...post, status })
    return {
      action: remote ? 'updated' : 'created',
      post: { cms: 'wordpress', site: this.site, postId: saved.id, editLink: `${this.site}/wp-admin/post.php?post=${saved.id}&action=edit`, at: new Date().toISOString() }
    }
  }
}
