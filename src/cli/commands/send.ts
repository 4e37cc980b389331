import { basename } from 'node:path'
import { readArticle, writeArticle } from '../../node/articleFile'
import { WordpressTarget } from '../../node/cms/wordpress'
import { rememberSentPost, SEND_STATUSES } from '../../shared/article/sentPosts'
import { approvalProblem, openItems, openItemsSentence } from '../../shared/review/openItems'
import { defineCommand } from '../command'

/** Where the application password comes from: never an argument, which other users of the machine can read. */
export const PASSWORD_VARIABLE = 'COPYDESK_WP_APP_PASSWORD'

export const send = defineCommand({
  name: 'send',
  usage: {
    synopsis: 'send <file.copydesk> --site URL --user NAME [--status draft|pending] [--as-new] [--require-approved]',
    summary: [
      'send an article to WordPress as a draft (or pending review), or update the post it was sent to',
      `before (remembered in the file); the application password is read from ${PASSWORD_VARIABLE}`
    ]
  },
  options: {
    site: { type: 'string', required: '--site is the WordPress site’s address (https://…).' },
    user: { type: 'string', required: '--user is the WordPress user the application password belongs to.' },
    status: { type: 'string', choices: SEND_STATUSES },
    'as-new': { type: 'boolean' },
    'require-approved': { type: 'boolean' }
  },
  operands: { count: 1, wrong: 'give exactly one .copydesk file.' },
  async run({ operands: [path], options }, io) {
    const password = process.env[PASSWORD_VARIABLE]
    if (!password) {
      io.err(`copydesk send: set ${PASSWORD_VARIABLE} to the user’s application password (it is never taken as an argument).`)
      return 2
    }
    const name = basename(path)
    const document = await readArticle(path)
    // The review gate: open items are said; with --require-approved, an unapproved story does not leave.
    const unapproved = options['require-approved'] ? approvalProblem(document) : null
    if (unapproved) {
      io.err(`copydesk send: “${name}” is not approved: ${unapproved}.`)
      return 1
    }
    const open = openItemsSentence(openItems(document))
    if (open) io.err(`copydesk send: warning: “${name}” has ${open} (copydesk check lists them).`)

    const target = new WordpressTarget({ site: options.site, user: options.user, password })
    const asNew = options['as-new']
    const plan = asNew ? { action: 'create' as const } : await target.plan(document)
    if (plan.action === 'gone') {
      io.err(`copydesk send: post ${plan.postId}, where “${name}” was sent before, is gone from the site (deleted in WordPress). Run again with --as-new to send it as a new post.`)
      return 1
    }
    if (plan.action === 'update') io.out(`Updating post ${plan.postId}: ${plan.changes.length ? `${plan.changes.join(', ')} changed` : 'nothing changed'}.`)

    const status = options.status ?? 'draft'
    const { post, action } = await target.send(document, { status, asNew })
    const done = `${action === 'created' ? 'Created' : 'Updated'} post ${post.postId} on ${post.site}: ${post.editLink}`
    try {
      await writeArticle(path, { ...document, sentTo: rememberSentPost(document.sentTo, post) })
    } catch (error) {
      io.err(`copydesk send: ${done}, but could not remember it in “${name}”: ${(error as Error).message} The next send will make a new post.`)
      return 1
    }
    io.out(done)
    return 0
  }
})
