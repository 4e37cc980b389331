import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { readArticle } from '../../node/articleFile'
import { writeFileAtomic } from '../../node/atomicWrite'
import { EXPORT_FORMATS, exportArticle, type ExportFormat } from '../../shared/export'
import { approvalProblem } from '../../shared/review/openItems'
import { defineCommand } from '../command'
import { exportFolder } from '../exportFolder'
import { findOutputThatIsAnInput } from '../outputGuard'

const FORMATS = Object.keys(EXPORT_FORMATS) as ExportFormat[]

export const exportCommand = defineCommand({
  name: 'export',
  usage: {
    synopsis: `export <file.copydesk|folder> --format ${FORMATS.join('|')} [-o out] [--no-attribution] [--require-approved]`,
    summary: [
      'write an article (or every article in a folder) in a newsroom format;',
      'without -o a single article goes to standard output; --require-approved refuses',
      'an article no editor has signed off, or one changed since'
    ]
  },
  options: {
    format: { type: 'string', short: 'f', choices: FORMATS, required: true },
    output: { type: 'string', short: 'o' },
    'no-attribution': { type: 'boolean' },
    'require-approved': { type: 'boolean' }
  },
  operands: { count: 1, wrong: 'give one .copydesk file or one folder.' },
  async run({ operands: [input], options }, io) {
    const { format, output } = options
    const attribution = !options['no-attribution']
    const requireApproved = options['require-approved']
    if (await stat(input).then((info) => info.isDirectory(), () => false)) return exportFolder({ folder: input, format, attribution, output, requireApproved }, io)
    if (output && (await findOutputThatIsAnInput([output], [input]))) {
      io.err(`copydesk export: “${output}” is the article being exported; choose another output file (the article is never changed).`)
      return 2
    }
    const document = await readArticle(input)
    const unapproved = requireApproved ? approvalProblem(document) : null
    if (unapproved) {
      io.err(`copydesk export: “${basename(input)}” is not approved: ${unapproved}.`)
      return 1
    }
    const text = exportArticle(document, format, { attribution })
    if (output) await writeFileAtomic(output, text)
    else io.out(text.replace(/\n$/, ''))
    return 0
  }
})
