import { basename } from 'node:path'
import { writeFileAtomic } from '../../node/atomicWrite'
import { importFile } from '../../node/importFile'
import { serializeArticleFile } from '../../shared/article/fileFormat'
import { dropNonStoryLines } from '../../shared/import/cleanup'
import { ImportLimits } from '../../shared/import/limits'
import { defineCommand } from '../command'
import { findOutputThatIsAnInput } from '../outputGuard'

const WRONG = 'give one file to import and -o <out.copydesk>.'

export const importCommand = defineCommand({
  name: 'import',
  usage: {
    synopsis: 'import <file.txt|.html|.md|.docx> -o <out.copydesk> [--clean]',
    summary: ['make a Copydesk article from another file (which is never changed);', '--clean drops the lines flagged as not story text']
  },
  options: { output: { type: 'string', short: 'o', required: WRONG }, clean: { type: 'boolean' } },
  operands: { count: 1, wrong: WRONG },
  async run({ operands: [input], options: { output, clean } }, io) {
    if (await findOutputThatIsAnInput([output], [input])) {
      io.err('copydesk import: the output must be a new file; the imported file is never changed.')
      return 2
    }
    const limits = new ImportLimits()
    const imported = await importFile(input, limits)
    await writeFileAtomic(output, serializeArticleFile(clean ? dropNonStoryLines(imported) : imported))
    io.out(`${basename(input)} → ${output}${clean ? ' (non-story lines removed)' : ''}`)
    const notice = limits.notice()
    if (notice) io.out(notice)
    return 0
  }
})
