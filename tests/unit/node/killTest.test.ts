import { spawn } from 'node:child_process'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildSync } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../../src/node/atomicWrite'
import { newArticle } from '../../../src/shared/article/document'
import { parseArticleFile, serializeArticleFile } from '../../../src/shared/article/fileFormat'
import { repoRoot, tempFolder } from '../../support/paths'

/** How many times the saving process is killed. */
const KILLS = Number(process.env.COPYDESK_KILLS ?? 1000)

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => ({ dir, cleanup } = await tempFolder('copydesk-kill-')))
afterAll(() => cleanup())

function largeArticle(label: string) {
  const article = newArticle({ headline: `Version ${label}` })
  article.body = {
    type: 'doc',
    content: Array.from({ length: 4000 }, (_, i) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text: `Paragraph ${i} of version ${label}, long enough to take a while to write.` }] }))
  }
  return serializeArticleFile(article)
}

describe('saving under SIGKILL', () => {
  it(`leaves a file that always parses and is the old or the new version, over ${KILLS} kills`, async () => {
    // A plain-JS build of the child, so each start costs milliseconds rather than a TypeScript compile.
    const child = join(dir, 'saveLoop.mjs')
    buildSync({ entryPoints: [join(repoRoot, 'tests/support/saveLoop.ts')], bundle: true, platform: 'node', format: 'esm', outfile: child, logLevel: 'error' })
    const a = largeArticle('A')
    const b = largeArticle('B')
    await writeFile(join(dir, 'a.json'), a)
    await writeFile(join(dir, 'b.json'), b)
    const bothSeen = new Set<string>()
    /** Kills `kills` savers of one story, one after another, checking the file after each. */
    const killLane = async (target: string, kills: number): Promise<void> => {
      await writeFile(target, a)
      for (let kill = 0; kill < kills; kill++) {
        const process = spawn('node', [child, target, join(dir, 'a.json'), join(dir, 'b.json')], { stdio: ['ignore', 'pipe', 'inherit'] })
        await new Promise<void>((resolve) => process.stdout!.once('data', () => resolve()))
        // Kill somewhere in the middle of a write: each save of ~300 KB takes a few milliseconds.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 25))
        process.kill('SIGKILL')
        await new Promise((resolve) => process.once('exit', resolve))
        const text = await readFile(target, 'utf8')
        expect(text === a || text === b, `after kill ${kill} of ${target} the file is neither version`).toBe(true)
        expect(parseArticleFile(text).ok).toBe(true)
        bothSeen.add(text === a ? 'A' : 'B')
      }
    }
    // Two stories in two lanes: most of a kill's time is a new Node process starting, which a second core halves.
    await Promise.all(['one', 'two'].map((name, lane) => killLane(join(dir, `${name}.copydesk`), Math.ceil(KILLS / 2) - lane * (KILLS % 2))))
    // Both versions were written at some point, so kills did land during saves.
    expect([...bothSeen].sort()).toEqual(['A', 'B'])
    // The next successful save clears the temp files killed saves left behind.
    await writeFileAtomic(join(dir, 'one.copydesk'), a)
    expect((await readdir(dir)).filter((name) => name.startsWith('.one.copydesk.'))).toEqual([])
  }, 600_000)
})
