import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { repoRoot } from './paths'

const run = promisify(execFile)

/** Errors the W3C Nu HTML checker (vnu-jar, needs Java) reports for complete HTML documents, by file. */
export async function nuHtmlErrors(documents: Record<string, string>): Promise<{ file: string; message: string }[]> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-vnu-'))
  try {
    const files = await Promise.all(
      Object.entries(documents).map(async ([name, html]) => {
        const file = join(dir, `${name}.html`)
        await writeFile(file, html)
        return file
      })
    )
    const jar = join(repoRoot, 'node_modules/vnu-jar/build/dist/vnu.jar')
    const { stderr, stdout } = await run('java', ['-jar', jar, '--format', 'json', '--exit-zero-always', ...files], { maxBuffer: 10_000_000 })
    const report = JSON.parse(stderr || stdout) as { messages: { type: string; url: string; message: string }[] }
    return report.messages.filter((m) => m.type === 'error').map((m) => ({ file: m.url.split('/').pop()!, message: m.message }))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** xmllint's verdict on an XML document against an XML Schema: '' when valid, else its messages. */
export async function xmlSchemaErrors(xml: string, schema: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-xml-'))
  const file = join(dir, 'document.xml')
  await writeFile(file, xml)
  try {
    await run('xmllint', ['--noout', '--schema', schema, file])
    return ''
  } catch (error) {
    return (error as { stderr: string }).stderr
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export function wrapFragment(fragment: string): string {
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Fragment</title>\n</head>\n<body>\n${fragment}</body>\n</html>\n`
}
