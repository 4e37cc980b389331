// Child process for the failed-save test: saves a large article to argv[2] and prints the outcome.
// Handling SIGXFSZ turns "file too large" into an EFBIG error instead of killing the process.
process.on('SIGXFSZ', () => {})
import { ArticleFiles } from '../../src/main/services/articleFiles'
import { newArticle } from '../../src/shared/article/document'
import { ScriptedDialogs } from './scriptedDialogs'

const target = process.argv[2]!
const dialogs = new ScriptedDialogs()
dialogs.answers.save.push(target)
const large = newArticle({ headline: 'Large' })
large.body = { type: 'doc', content: Array.from({ length: 3000 }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraph ${i} of a long story.` }] })) }
try {
  await new ArticleFiles({ dialogs, defaultFolder: () => '.' }).save({ document: large, path: null, saveAs: false })
  console.log('saved')
} catch (error) {
  console.log((error as Error).message)
}
