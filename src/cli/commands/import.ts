import { basename } from 'node:path'
import { writeFileAtomic } from '../../node/atomicWrite'
import { importDraftFromFile } from '../../node/importFile'
import { serializeArticleFile } from '../../shared/article/fileFormat'
import { bylineText } from '../../shared/article/meta'
import { bodyText, countWords } from '../../shared/article/stats'
import { dropNonStoryLines } from '../../shared/import/cleanup'
import { EXTRACTION_LABELS } from '../../shared/import/extractionMethods'
import { defineCommand } from '../command'
import { findOutputThatIsAnInput } from '../outputGuard'

const WRONG = 'give one file to import and -o <out.copydesk>.'

export const importCommand = defineCommand({
  name: 'import',
  usage: {
    synopsis: 'import <file.txt|.html|.md|.docx> -o <out.copydesk> [--whole-page] [--clean]',
    summary: [
      'make a Copydesk article from another file (which is never changed);',
      'a web page comes in as its article with its headline, byline, date and site; --whole-page keeps',
      'everything on the page; --clean drops the lines flagged as not story text'
    ]
  },
  options: { output: { type: 'string', short: 'o', required: WRONG }, 'whole-page': { type: 'boolean' }, clean: { type: 'boolean' } },
  operands: { count: 1, wrong: WRONG },
  async run({ operands: [input], options: { output, 'whole-page': wholePage, clean } }, io) {
    if (await findOutputThatIsAnInput([output], [input])) {
      io.err('copydesk import: the output must be a new file; the imported file is never changed.')
      return 2
    }
    const imported = await importDraftFromFile(input, { wholePage })
    const document = clean ? dropNonStoryLines(imported.document) : imported.document
    await writeFileAtomic(output, serializeArticleFile(document))
    io.out(`${basename(input)} → ${output}${clean ? ' (non-story lines removed)' : ''}`)
    if (imported.webPage) {
      const { meta } = document
      io.out(`${EXTRACTION_LABELS[imported.webPage.method]}: ${countWords(bodyText(document.body)).toLocaleString('en')} words.`)
      if (meta.headline) io.out(`Headline: ${meta.headline}`)
      if (meta.byline.length) io.out(`By ${bylineText(meta.byline)}`)
      if (meta.origin) io.out(`Taken from ${[meta.origin.siteName, meta.origin.url].filter(Boolean).join(', ')}${meta.published ? `, published ${meta.published}` : ''}`)
    }
    if (imported.notice) io.out(imported.notice)
    return 0
  }
})
