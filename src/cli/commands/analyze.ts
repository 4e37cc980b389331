import { analyzeText } from '../../shared/analysis'
import { analysisJson, analysisReport } from '../analysisReport'
import { readAnalysisText } from '../analysisText'
import { defineCommand } from '../command'

export const analyze = defineCommand({
  name: 'analyze',
  usage: {
    synopsis: 'analyze <file.txt|.html|.md|.docx|.copydesk> [--json]',
    summary: ['find quotes, speakers, sources and sourcing problems', '(.txt as it is; any other file as Copydesk imports it, headline first)']
  },
  options: { json: { type: 'boolean' } },
  operands: { count: 1, wrong: 'give exactly one file.' },
  async run({ operands: [path], options }, io) {
    const analysis = analyzeText(await readAnalysisText(path))
    io.out(options.json ? JSON.stringify(analysisJson(analysis), null, 2) : analysisReport(analysis))
    return 0
  }
})
