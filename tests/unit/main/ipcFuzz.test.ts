import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Conf from 'conf'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { dispatch, type Handlers } from '../../../src/main/ipc/dispatch'
import { createHandlers } from '../../../src/main/ipc/handlers'
import { ArticleFiles } from '../../../src/main/services/articleFiles'
import { RecoveryStore } from '../../../src/main/services/recovery'
import { SettingsService } from '../../../src/main/services/settingsService'
import { bodySchema } from '../../../src/shared/article/body'
import { invokeChannels } from '../../../src/shared/ipc'
import { samplePath, tempFolder } from '../../support/paths'
import { ScriptedDialogs } from '../../support/scriptedDialogs'

let dir: string
let cleanup: () => Promise<void>
let handlers: Handlers
const dialogs = new ScriptedDialogs()

beforeAll(async () => {
  ;({ dir, cleanup } = await tempFolder())
  handlers = createHandlers({
    files: new ArticleFiles({ dialogs, defaultFolder: () => dir }),
    settings: new SettingsService(new Conf<Record<string, unknown>>({ cwd: dir, projectName: 'copydesk-fuzz' })),
    dialogs,
    sampleText: readFileSync(samplePath, 'utf8'),
    exportFolder: () => dir,
    recovery: new RecoveryStore(join(dir, 'recovery')),
    startupNotice: null,
    writeClipboard: () => undefined,
    openExternal: () => undefined,
    confirmClose: () => undefined
  })
})
afterAll(() => cleanup())

// Channels that take a payload: anything but their exact shape must be refused before a handler runs.
const withPayload = Object.entries(invokeChannels)
  .filter(([, spec]) => !spec.request.safeParse(undefined).success)
  .map(([channel]) => channel)

describe('every IPC channel under malformed payloads', () => {
  it.each(withPayload)('%s refuses them with a validation message and main keeps serving', async (channel) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await fc.assert(
      fc.asyncProperty(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }), async (payload) => {
        const answer = await dispatch(handlers, channel, payload)
        // A random value that happens to be valid may pass; it must never crash or throw.
        if (!answer.ok) expect(answer.error).toMatch(/^Invalid request for|^Copydesk could not|^Could not|^That recovered/)
      }),
      { numRuns: 200 }
    )
    // Still serving: a valid request right after works.
    expect(await dispatch(handlers, 'settings:get', undefined)).toMatchObject({ ok: true })
    expect(dialogs.calls).toEqual([])
    logged.mockRestore()
  })

  it('refuses channel names that are not in the contract, however they look', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.anything(), async (channel, payload) => {
        fc.pre(!Object.hasOwn(invokeChannels, channel))
        const answer = await dispatch(handlers, channel, payload)
        expect(answer).toEqual({ ok: false, error: `Unknown request "${channel}".` })
      }),
      { numRuns: 500 }
    )
  })

  it('refuses article documents with random bodies', async () => {
    const node = fc.letrec((tie) => ({
      node: fc.record({ type: fc.constantFrom('doc', 'paragraph', 'text', 'script', 'heading', 'image', '__proto__'), attrs: fc.option(fc.dictionary(fc.string(), fc.anything())), content: fc.option(fc.array(tie('node'), { maxLength: 3 })), text: fc.option(fc.string()), marks: fc.option(fc.array(fc.record({ type: fc.string(), attrs: fc.anything() }), { maxLength: 2 })) }, { requiredKeys: ['type'] })
    })).node
    await fc.assert(
      fc.asyncProperty(node, async (body) => {
        fc.pre(!bodySchema.safeParse(body).success)
        const answer = await dispatch(handlers, 'article:save', { document: { format: 'copydesk', version: 1, meta: {}, sources: [], body }, path: join(dir, 'x.copydesk'), saveAs: false })
        expect(answer.ok).toBe(false)
        expect(!answer.ok && answer.error).toMatch(/^Invalid request for "article:save" at document\.body/)
      }),
      { numRuns: 300 }
    )
  })
})
