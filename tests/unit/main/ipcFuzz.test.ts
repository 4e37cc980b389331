import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { dispatch, type Handlers } from '../../../src/main/ipc/dispatch'
import { UserFacingError } from '../../../src/node/userFacingError'
import { bodySchema } from '../../../src/shared/article/body'
import { CURRENT_VERSION, newArticle } from '../../../src/shared/article/document'
import { invokeChannels, type InvokeChannel } from '../../../src/shared/ipc'
import { tempFolder } from '../../support/paths'
import { ScriptedDialogs } from '../../support/scriptedDialogs'
import { startTestMain } from '../../support/testMain'

let dir: string
let cleanup: () => Promise<void>
let handlers: Handlers
let dialogs: ScriptedDialogs

beforeAll(async () => {
  ;({ dir, cleanup } = await tempFolder())
  ;({ handlers, dialogs } = await startTestMain(dir))
})
afterAll(() => cleanup())

const anything = fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true })

// Channels that take a payload: anything but their exact shape must be refused before a handler runs.
const withPayload = (Object.keys(invokeChannels) as InvokeChannel[]).filter((channel) => !invokeChannels[channel].request.safeParse(undefined).success)

/** One valid request per channel that takes a payload; the mutations below start from these. */
const document = newArticle({ headline: 'Harbour bridge approved' })
const validRequests: Partial<Record<InvokeChannel, unknown>> = {
  'article:save': { document, path: null, saveAs: false },
  'article:importDropped': { name: 'story.txt', base64: 'aGVsbG8=' },
  'article:export': { document, format: 'markdown', attribution: true },
  'article:report': { document, format: 'csv' },
  'shell:openLink': { url: 'https://example.com/' },
  'clipboard:copyArticle': { document, attribution: true },
  'recovery:write': { id: 'draft-1', path: null, document },
  'recovery:discard': { id: 'draft-1' },
  'recovery:restore': { id: 'draft-1' },
  'article:savePdf': { slug: 'bridge', name: 'bridge' },
  'spellcheck:setLanguage': { language: 'en-GB' },
  'window:panel': { tab: 'quotes', width: 400, shown: false },
  'recent:open': { path: '/news/bridge.copydesk' },
  'recent:forget': { path: '/news/bridge.copydesk' },
  'dialog:unsavedChanges': { documentName: 'story.copydesk' },
  'settings:update': { theme: 'dark' },
  'cms:savePassword': { password: 'abcd efgh ijkl mnop' },
  'cms:test': { site: 'https://news.example', user: 'eddie', password: null },
  'cms:plan': { document, password: null },
  'cms:send': { document, password: null, status: 'draft', asNew: false }
}

/** Every place inside a value where a mutation can happen, as key paths. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [at]
  const children = Object.entries(value).flatMap(([key, child]) => paths(child, [...at, Array.isArray(value) ? Number(key) : key]))
  return [at, ...children]
}

/** A valid request with one thing changed: a field dropped, replaced by anything, or a key added. */
function mutated(valid: unknown): fc.Arbitrary<unknown> {
  const places = paths(valid)
  return fc.tuple(fc.nat(places.length - 1), fc.constantFrom('drop', 'replace', 'add'), anything, fc.string()).map(([index, how, value, key]) => {
    const copy = structuredClone(valid) as Record<string | number, unknown>
    const path = places[index]!
    if (path.length === 0) return how === 'add' && typeof copy === 'object' ? { ...copy, [key]: value } : value
    const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, step) => node[step] as Record<string | number, unknown>, copy)
    const last = path.at(-1)!
    if (how === 'drop') delete parent[last]
    else if (how === 'replace') parent[last] = value
    // Added to an array, a value is pushed: a key such as "length" would be no addition (and a random length throws).
    else if (Array.isArray(parent[last])) (parent[last] as unknown[]).push(value)
    else if (typeof parent[last] === 'object' && parent[last] !== null) (parent[last] as Record<string, unknown>)[key] = value
    else parent[last] = value
    return copy
  })
}

describe('IPC validation', () => {
  it('has a valid example for every channel that takes a payload', () => {
    expect(Object.keys(validRequests).sort()).toEqual([...withPayload].sort())
  })

  // Handlers that only record: the property is about dispatch, which must refuse a payload exactly when the
  // channel's schema does, with the schema's own message, before any handler runs.
  it.each(withPayload)('%s: a payload reaches the handler exactly when the contract accepts it', async (channel) => {
    const received: unknown[] = []
    const recording = new Proxy({} as Handlers, {
      get: () => (request: unknown) => {
        received.push(request)
        throw new UserFacingError('handled')
      }
    })
    let accepted = 0
    let refused = 0
    await fc.assert(
      fc.asyncProperty(fc.oneof(anything, mutated(validRequests[channel]), fc.constant(validRequests[channel])), async (payload) => {
        received.length = 0
        const schema = invokeChannels[channel].request.safeParse(payload)
        const answer = await dispatch(recording, channel, payload)
        if (schema.success) {
          accepted++
          expect(answer).toEqual({ ok: false, error: 'handled' })
          expect(received).toEqual([schema.data])
        } else {
          refused++
          expect(received).toEqual([])
          expect(answer.ok).toBe(false)
          const error = answer.ok ? '' : answer.error
          expect(error).toMatch(new RegExp(`^Invalid request for "${channel}"`))
          expect(error).toContain(schema.error.issues[0]!.message)
        }
      }),
      { numRuns: 300 }
    )
    // Both sides of the property were exercised, or it proved nothing.
    expect(accepted).toBeGreaterThan(0)
    expect(refused).toBeGreaterThan(0)
  })

  it.each(withPayload)('%s: the real handlers survive malformed payloads and main keeps serving', async (channel) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await fc.assert(
      fc.asyncProperty(fc.oneof(anything, mutated(validRequests[channel])), async (payload) => {
        fc.pre(!invokeChannels[channel].request.safeParse(payload).success)
        const answer = await dispatch(handlers, channel, payload)
        expect(answer.ok).toBe(false)
        expect(!answer.ok && answer.error).toMatch(new RegExp(`^Invalid request for "${channel}"`))
      }),
      { numRuns: 100 }
    )
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
        const answer = await dispatch(handlers, 'article:save', { document: { format: 'copydesk', version: CURRENT_VERSION, meta: {}, sources: [], body }, path: join(dir, 'x.copydesk'), saveAs: false })
        expect(answer.ok).toBe(false)
        expect(!answer.ok && answer.error).toMatch(/^Invalid request for "article:save" at document\.body/)
      }),
      { numRuns: 300 }
    )
  })
})
