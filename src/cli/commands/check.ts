import { readArticle } from '../../node/articleFile'
import { describeOpenItem, openItems, reviewState, reviewSummary } from '../../shared/review/openItems'
import { defineCommand } from '../command'

export const check = defineCommand({
  name: 'check',
  usage: {
    synopsis: 'check <file.copydesk> [--json]',
    summary: ['list the quotes an editor has not verified and the notes nobody resolved;', 'exit code 1 when there are any (for a publishing pipeline)']
  },
  options: { json: { type: 'boolean' } },
  operands: { count: 1, wrong: 'give exactly one file.' },
  async run({ operands: [path], options }, io) {
    const document = await readArticle(path)
    const items = openItems(document)
    if (options.json) io.out(JSON.stringify({ file: path, state: reviewState(document), summary: reviewSummary(document), open: items }, null, 2))
    else {
      io.out(`${path}: ${reviewState(document)}. ${reviewSummary(document)}.`)
      for (const item of items) io.out(`  ${describeOpenItem(item)}`)
    }
    return items.length ? 1 : 0
  }
})
