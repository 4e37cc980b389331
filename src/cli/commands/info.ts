import { readArticle } from '../../node/articleFile'
import { META_LABELS } from '../../shared/article/meta'
import { bodyText, textStats } from '../../shared/article/stats'
import { defineCommand } from '../command'

export const info = defineCommand({
  name: 'info',
  usage: {
    synopsis: 'info <file.copydesk> [--json]',
    summary: ['check a Copydesk article and print its metadata and word count']
  },
  options: { json: { type: 'boolean' } },
  operands: { count: 1, wrong: 'give exactly one file.' },
  async run({ operands: [path], options }, io) {
    const document = await readArticle(path)
    const { meta } = document
    const stats = textStats(bodyText(document.body))
    if (options.json) {
      io.out(JSON.stringify({ file: path, meta, ...stats }, null, 2))
      return 0
    }
    const rows: [string, string][] = [
      ['File', path],
      [META_LABELS.headline, meta.headline || '(none)'],
      [META_LABELS.dek, meta.dek || '(none)'],
      [META_LABELS.byline, meta.byline.join(', ') || '(none)'],
      [META_LABELS.dateline, meta.dateline || '(none)'],
      [META_LABELS.slug, meta.slug || '(none)'],
      [META_LABELS.tags, meta.tags.join(', ') || '(none)'],
      [META_LABELS.language, meta.language],
      ...(meta.published ? [[META_LABELS.published, meta.published] as [string, string]] : []),
      ...(meta.origin ? [[META_LABELS.origin, [meta.origin.siteName, meta.origin.url].filter(Boolean).join(', ')] as [string, string]] : []),
      ['Words', `${stats.words}${meta.wordTarget ? ` of ${meta.wordTarget} target` : ''}`],
      ['Characters', String(stats.characters)],
      ['Reading time', `${stats.readingMinutes} min`]
    ]
    io.out(rows.map(([label, value]) => `${`${label}:`.padEnd(14)}${value}`).join('\n'))
    return 0
  }
})
