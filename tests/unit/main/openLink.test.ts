import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch, type Handlers } from '../../../src/main/ipc/dispatch'
import { openLinkDecision } from '../../../src/main/openLinkPolicy'
import { tempFolder } from '../../support/paths'
import { ScriptedDialogs } from '../../support/scriptedDialogs'
import { startTestMain } from '../../support/testMain'

// "аррle.com" in Cyrillic а and р: a homograph of apple.com.
const HOMOGRAPH = 'https://\u0430\u0440\u0440le.com/'
const HOMOGRAPH_HOST = new URL(HOMOGRAPH).hostname

describe('the link-opening policy', () => {
  it.each([
    ['https://example.org/report', 'https://example.org/report'],
    ['https://example.com', 'https://example.com/'],
    ['HTTPS://EXAMPLE.ORG/a?b=1#c', 'https://example.org/a?b=1#c'],
    ['https://de.wikipedia.org/wiki/Zürich', 'https://de.wikipedia.org/wiki/Z%C3%BCrich'],
    ['https://8.8.8.8/', 'https://8.8.8.8/'],
    ['https://172.32.0.1/', 'https://172.32.0.1/'],
    ['https://[2001:4860:4860::8888]/', 'https://[2001:4860:4860::8888]/'],
    ['https://localhost.example.com/', 'https://localhost.example.com/'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
    ['mailto:desk@example.org?subject=Tip%20off', 'mailto:desk@example.org?subject=Tip%20off'],
    ['MAILTO:desk@example.org?Subject=Tip', 'mailto:desk@example.org?subject=Tip']
  ])('opens %j as %j', (raw, href) => {
    expect(openLinkDecision(raw)).toEqual({ action: 'open', href })
  })

  it.each([
    ['http://example.org'],
    ['javascript:alert(1)'],
    ['file:///etc/passwd'],
    ['smb://host/share'],
    ['not a url'],
    ['https://user:pw@example.org'],
    ['mailto:']
  ])('refuses %j: not an https or mailto link', (raw) => {
    expect(openLinkDecision(raw)).toEqual({ action: 'refuse', message: 'Copydesk opens only https and mailto links.' })
  })

  it.each([
    'mailto:a@b.c?attach=/etc/passwd',
    'mailto:a@b.c?cc=boss@x.example',
    'mailto:a@b.c?bcc=spy@x.example',
    'mailto:a@b.c?body=Hello',
    'mailto:a@b.c?to=other@x.example',
    'mailto:a@b.c?subject=Hi&attach=%2Fetc%2Fpasswd',
    'mailto:a@b.c?%61ttach=/etc/passwd',
    'mailto:a@b.c?subject=One&subject=Two'
  ])('refuses %j: a mail link may carry an address and a subject, nothing else', (raw) => {
    const decision = openLinkDecision(raw)
    expect(decision).toMatchObject({ action: 'refuse' })
    expect(decision.action === 'refuse' && decision.message).toMatch(/^Copydesk opens an email link only with one address and a subject; this one also sets .+, so it was not opened\.$/)
  })

  it('names the fields it refused', () => {
    expect(openLinkDecision('mailto:a@b.c?attach=/etc/passwd&cc=x@y.z&body=x')).toEqual({
      action: 'refuse',
      message: 'Copydesk opens an email link only with one address and a subject; this one also sets attach, cc and body, so it was not opened.'
    })
  })

  it.each(['mailto:a@b.c,d@e.fg', 'mailto:someone', 'mailto:a@b.c%3Fattach=/etc/passwd', 'mailto:a@b.c"><script>'])('refuses %j: not one plain address', (raw) => {
    expect(openLinkDecision(raw)).toEqual({ action: 'refuse', message: 'Copydesk opens an email link only when it holds one plain email address.' })
  })

  it.each([
    ['https://localhost/', 'localhost'],
    ['https://localhost./admin', 'localhost.'],
    ['https://app.localhost/', 'app.localhost'],
    ['https://127.0.0.1:631/admin', '127.0.0.1'],
    ['https://127.1/', '127.0.0.1'],
    ['https://2130706433/', '127.0.0.1'],
    ['https://0x7f.1/', '127.0.0.1'],
    ['https://0.0.0.0/', '0.0.0.0'],
    ['https://10.1.2.3/', '10.1.2.3'],
    ['https://100.64.0.1/', '100.64.0.1'],
    ['https://172.16.0.1/', '172.16.0.1'],
    ['https://172.31.255.255/', '172.31.255.255'],
    ['https://192.168.1.1/', '192.168.1.1'],
    ['https://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['https://224.0.0.1/', '224.0.0.1'],
    ['https://[::1]/', '[::1]'],
    ['https://[::]/', '[::]'],
    ['https://[::ffff:127.0.0.1]/', '[::ffff:7f00:1]'],
    ['https://[64:ff9b::10.0.0.1]/', '[64:ff9b::a00:1]'],
    ['https://[fc00::1]/', '[fc00::1]'],
    ['https://[fd12:3456::1]/', '[fd12:3456::1]'],
    ['https://[fe80::1]/', '[fe80::1]'],
    ['https://printer.local/', 'printer.local'],
    ['https://db.internal/', 'db.internal'],
    ['https://router.home.arpa/', 'router.home.arpa'],
    ['https://intranet/', 'intranet']
  ])('refuses %j: this computer or a private network', (raw, host) => {
    expect(openLinkDecision(raw)).toEqual({
      action: 'refuse',
      message: `Copydesk does not open links to this computer or to a private network (${host}). A story’s links should point to public websites.`
    })
  })

  it.each([' https://example.com', 'https://example.com ', 'https:/evil.com', 'https:\\\\evil.com', 'https:///evil.com', 'https://evil.com\\@good.com', 'https://x.example/a b', 'https://x.example/a\tb', 'https://x.example/a/../admin'])(
    'refuses %j: not written the way it is read',
    (raw) => {
      expect(openLinkDecision(raw)).toEqual({
        action: 'refuse',
        message: 'Copydesk did not open this link because its address is not written the usual way (spaces, backslashes, missing slashes or hidden characters can make a link go somewhere other than it seems). Check the link’s address.'
      })
    }
  )

  it('asks before opening a host in another alphabet, naming its real (punycode) host', () => {
    expect(HOMOGRAPH_HOST).toMatch(/^xn--/)
    expect(openLinkDecision(HOMOGRAPH)).toEqual({
      action: 'confirm',
      href: `https://${HOMOGRAPH_HOST}/`,
      host: HOMOGRAPH_HOST,
      reason: `This address uses letters from another alphabet; its real name is ${HOMOGRAPH_HOST}, and it may imitate a different site.`
    })
    expect(openLinkDecision(`https://${HOMOGRAPH_HOST}/`)).toMatchObject({ action: 'confirm', host: HOMOGRAPH_HOST })
  })

  it.each(['https://example.com/\u202egpj.exe', 'https://example.com/%E2%80%AEgpj.exe', 'https://example.com/%FF%E2%80%AEgpj.exe', 'https://example.com/?q=\u2066x', 'mailto:desk@example.org?subject=%E2%80%8Fhi'])(
    'asks before opening %j, which holds a text-direction control',
    (raw) => {
      expect(openLinkDecision(raw)).toMatchObject({
        action: 'confirm',
        reason: 'This address contains invisible characters that reverse the direction of text, so it may read differently from where it goes.'
      })
    }
  )

  it('asks before writing to an address whose domain is in another alphabet', () => {
    expect(openLinkDecision('mailto:desk@\u0430\u0440\u0440le.com')).toMatchObject({ action: 'confirm', host: HOMOGRAPH_HOST })
  })
})

describe('shell:openLink', () => {
  let dir: string
  let cleanup: () => Promise<void>
  let handlers: Handlers
  let dialogs: ScriptedDialogs
  let opened: string[]

  beforeEach(async () => {
    ;({ dir, cleanup } = await tempFolder())
    ;({ handlers, dialogs, opened } = await startTestMain(dir))
  })
  afterEach(() => cleanup())

  const open = (url: string) => dispatch(handlers, 'shell:openLink', { url })

  it('hands the system the normalised address, never the string the page sent', async () => {
    expect(await open('https://example.com')).toEqual({ ok: true, value: undefined })
    expect(await open('HTTPS://EXAMPLE.ORG/a')).toEqual({ ok: true, value: undefined })
    expect(await open('mailto:desk@example.org?subject=Tip')).toEqual({ ok: true, value: undefined })
    expect(opened).toEqual(['https://example.com/', 'https://example.org/a', 'mailto:desk@example.org?subject=Tip'])
  })

  it.each([
    'mailto:a@b.c?attach=/etc/passwd',
    'mailto:a@b.c?cc=x@y.z',
    'mailto:a@b.c?body=Hello',
    'https://127.0.0.1:631/admin',
    'https:/evil.com',
    'https:\\\\evil.com',
    ' https://example.com'
  ])('refuses %j with a sentence for the user, and opens nothing', async (url) => {
    const answer = await open(url)
    expect(answer).toMatchObject({ ok: false })
    expect(!answer.ok && answer.error).toMatch(/^Copydesk [^\n]+\.$/)
    expect(opened).toEqual([])
    expect(dialogs.calls).toEqual([])
  })

  it('opens a homograph only when the user confirms, and shows the real host', async () => {
    dialogs.answers.confirmLink = [false, true]
    expect(await open(HOMOGRAPH)).toEqual({ ok: true, value: undefined })
    expect(opened).toEqual([])
    expect(await open(HOMOGRAPH)).toEqual({ ok: true, value: undefined })
    expect(opened).toEqual([`https://${HOMOGRAPH_HOST}/`])
    expect(dialogs.calls).toEqual([
      { dialog: 'confirmLink', argument: `https://${HOMOGRAPH_HOST}/` },
      { dialog: 'confirmLink', argument: `https://${HOMOGRAPH_HOST}/` }
    ])
  })

  it('does not open a right-to-left override in the path unless the user confirms', async () => {
    dialogs.answers.confirmLink = [false]
    expect(await open('https://example.com/\u202egpj.exe')).toEqual({ ok: true, value: undefined })
    expect(opened).toEqual([])
    expect(dialogs.calls).toEqual([{ dialog: 'confirmLink', argument: 'https://example.com/%E2%80%AEgpj.exe' }])
  })
})
