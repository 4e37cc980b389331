// Child process for the disk-fault tests: tries to save a large article over argv[2] (which holds an older
// version) and prints what the user would be told and whether the old file survived, as JSON.
// Handling SIGXFSZ turns a file-size limit ("ulimit -f") into an EFBIG error instead of killing the process.
process.on('SIGXFSZ', () => {})
import { readdir, readFile } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { writeArticle } from '../../src/node/articleFile'
import { newArticle } from '../../src/shared/article/document'

const target = process.argv[2]!
const before = await readFile(target, 'utf8')
const large = newArticle({ headline: 'Large' })
large.body = { type: 'doc', content: Array.from({ length: 3000 }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraph ${i} of a long story.` }] })) }
let message = 'saved'
try {
  await writeArticle(target, large)
} catch (error) {
  message = (error as Error).message
}
const after = await readFile(target, 'utf8')
const leftovers = (await readdir(dirname(target))).filter((name) => name !== basename(target))
process.stdout.write(JSON.stringify({ message, intact: before === after, leftovers }))
