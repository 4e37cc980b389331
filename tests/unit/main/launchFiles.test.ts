import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { storyFileIn } from '../../../src/main/launchFiles'

describe('the story file a launch names', () => {
  it('takes the last .copydesk argument, resolved from the folder Copydesk was started in', () => {
    expect(storyFileIn(['/opt/Copydesk/copydesk', '/home/ana/bridge.copydesk'], '/home/ana')).toBe('/home/ana/bridge.copydesk')
    expect(storyFileIn(['copydesk', 'drafts/Bridge.COPYDESK'], '/home/ana')).toBe(join('/home/ana', 'drafts/Bridge.COPYDESK'))
    // A second launch's command line, with Chromium's switches in it.
    expect(storyFileIn(['/opt/Copydesk/copydesk', '--allow-file-access-from-files', '--original-process-start-time=1', '/srv/a.copydesk', '/srv/b.copydesk'], '/')).toBe('/srv/b.copydesk')
  })

  it('ignores switches, other files and the program itself', () => {
    expect(storyFileIn(['/opt/Copydesk/copydesk'], '/home/ana')).toBeNull()
    expect(storyFileIn(['/opt/Copydesk/copydesk', 'notes.txt', '--inspect=story.copydesk'], '/home/ana')).toBeNull()
    expect(storyFileIn(['story.copydesk'], '/home/ana')).toBeNull()
    expect(storyFileIn(['copydesk', 'notacopydesk'], '/home/ana')).toBeNull()
  })
})
