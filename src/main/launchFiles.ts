import { isAbsolute, resolve } from 'node:path'
import { FILE_EXTENSION } from '../shared/article/document'

/**
 * The story file the operating system asked Copydesk to open: the last argument naming a .copydesk file (a double
 * click, "Open with", `copydesk story.copydesk`, or a second launch while Copydesk runs), resolved against the
 * folder it was launched from. Switches (Chromium's, Electron's) and other files are not stories.
 */
export function storyFileIn(argv: readonly string[], workingDirectory: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const argument = argv[i]!
    if (argument.startsWith('-') || !argument.toLowerCase().endsWith(`.${FILE_EXTENSION}`)) continue
    return isAbsolute(argument) ? argument : resolve(workingDirectory, argument)
  }
  return null
}
