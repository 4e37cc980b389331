import { readdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { readArticle } from '../node/articleFile'
import { writeFileAtomic } from '../node/atomicWrite'
import { EXPORT_FORMATS, exportArticle, type ExportFormat } from '../shared/export'
import { approvalProblem } from '../shared/review/openItems'
import type { CliIO } from './command'
import { findOutputThatIsAnInput } from './outputGuard'

export interface FolderExport {
  folder: string
  format: ExportFormat
  attribution: boolean
  /** The folder to write into; the articles' own folder when not given. */
  output: string | undefined
  /** Refuse (and report) each article that is not signed off as it stands. */
  requireApproved: boolean
}

/**
 * Every .copydesk file in a folder, each written beside it (or into `output`) under its own name with the
 * format's extension. A bad article is reported and the others are still written (exit code 1); a name that
 * would write over any of the articles refuses the whole export before anything is written (exit code 2). With
 * `requireApproved`, an article not signed off as it stands is reported and not written (exit code 1).
 */
export async function exportFolder({ folder, format, attribution, output, requireApproved }: FolderExport, io: CliIO): Promise<number> {
  const files = (await readdir(folder)).filter((name) => name.endsWith('.copydesk')).sort()
  if (files.length === 0) {
    io.err(`copydesk export: no .copydesk files in “${folder}”.`)
    return 1
  }
  const extension = format === 'fragment' || format === 'page' ? `${format}.html` : EXPORT_FORMATS[format].extension
  const jobs = files.map((name) => ({ name, source: join(folder, name), target: join(output ?? folder, `${basename(name, '.copydesk')}.${extension}`) }))
  const clash = await findOutputThatIsAnInput(
    jobs.map((job) => job.target),
    jobs.map((job) => job.source)
  )
  if (clash) {
    io.err(`copydesk export: “${basename(clash.output)}” is the article “${basename(clash.input)}” under another name; export to another folder (no article is ever changed).`)
    return 2
  }
  let failed = 0
  for (const { name, source, target } of jobs) {
    try {
      const document = await readArticle(source)
      const unapproved = requireApproved ? approvalProblem(document) : null
      if (unapproved) {
        failed++
        io.err(`copydesk export: “${name}” is not approved: ${unapproved}.`)
        continue
      }
      await writeFileAtomic(target, exportArticle(document, format, { attribution }))
      io.out(`${name} → ${target}`)
    } catch (error) {
      failed++
      io.err(`copydesk: ${(error as Error).message}`)
    }
  }
  return failed ? 1 : 0
}
