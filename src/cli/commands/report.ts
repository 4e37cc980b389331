import { readArticle } from '../../node/articleFile'
import { writeFileAtomic } from '../../node/atomicWrite'
import { attributionReport } from '../../shared/review/attributionReport'
import { REPORT_FORMATS } from '../../shared/review/reportFormats'
import { defineCommand } from '../command'
import { findOutputThatIsAnInput } from '../outputGuard'

export const report = defineCommand({
  name: 'report',
  usage: {
    synopsis: 'report <file.copydesk> --format html|csv [-o out]',
    summary: ['the attribution report for the standards desk: every quote with speaker, status,', 'provenance, review and notes (the one output that holds review data)']
  },
  options: {
    format: { type: 'string', short: 'f', choices: REPORT_FORMATS, required: true },
    output: { type: 'string', short: 'o' }
  },
  operands: { count: 1, wrong: 'give exactly one .copydesk file.' },
  async run({ operands: [input], options }, io) {
    const { format, output } = options
    if (output && (await findOutputThatIsAnInput([output], [input]))) {
      io.err(`copydesk report: “${output}” is the article itself; choose another output file (the article is never changed).`)
      return 2
    }
    const document = await readArticle(input)
    const text = attributionReport(document, format)
    if (output) await writeFileAtomic(output, text)
    else io.out(text.replace(/\r?\n$/, ''))
    return 0
  }
})
