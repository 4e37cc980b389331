import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../../support/paths'

// The project's own ESLint config, with type information off: these probes are not files any tsconfig knows,
// and the boundaries are syntax rules.
const eslint = new ESLint({
  cwd: repoRoot,
  overrideConfig: {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
      '@typescript-eslint/await-thenable': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/return-await': 'off'
    }
  }
})

/** The boundary messages ESLint gives an import statement placed in `file`. */
async function boundaryErrors(file: string, statement: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${statement}\n`, { filePath: `${repoRoot}/${file}` })
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message)
}

describe('import boundaries between runtimes', () => {
  it.each([
    ['src/shared/article/probe.ts', "import { readFile } from 'node:fs/promises'"],
    ['src/shared/article/probe.ts', "import Store from 'electron-store'"],
    ['src/shared/article/probe.ts', "import mammoth from 'mammoth'"],
    ['src/shared/article/probe.ts', "import { useState } from 'react'"],
    ['src/shared/article/probe.ts', "import { writeFileAtomic } from '../../node/atomicWrite'"],
    ['src/shared/export/probe.ts', "import { createMainWindow } from '../../main/window'"],
    ['src/node/probe.ts', "import { app } from 'electron'"],
    ['src/node/probe.ts', "import { buildMenu } from '../main/menu'"],
    ['src/node/probe.ts', "import { invokeChannels } from '../shared/ipc'"],
    ['src/cli/probe.ts', "import { dialog } from 'electron'"],
    ['src/cli/probe.ts', "import { ArticleFiles } from '../main/services/articleFiles'"],
    ['src/main/probe.ts', "import { App } from '../renderer/src/App'"],
    ['src/main/probe.ts', "import { runCli } from '../cli/run'"],
    ['src/renderer/src/probe.ts', "import { readFileSync } from 'fs'"],
    ['src/renderer/src/probe.ts', "import { ipcRenderer } from 'electron'"],
    ['src/renderer/src/probe.ts', "import { writeArticle } from '../../node/articleFile'"],
    ['src/renderer/src/probe.ts', "import { createHandlers } from '../../main/ipc/handlers'"],
    ['src/preload/probe.ts', "import { readFileSync } from 'node:fs'"],
    ['src/preload/probe.ts', "import { shell } from 'electron'"],
    // Every group of every rule, so that removing one fails a probe.
    ['src/shared/article/probe.ts', "import { app } from 'electron'"],
    ['src/shared/article/probe.ts', "import { Editor } from '@tiptap/core'"],
    ['src/shared/article/probe.ts', "import { App } from '../../renderer/src/App'"],
    ['src/shared/article/probe.ts', "import { api } from '../../preload/api'"],
    ['src/shared/article/probe.ts', "import { runCli } from '../../cli/run'"],
    ['src/node/probe.ts', "import { Editor } from '@tiptap/core'"],
    ['src/node/probe.ts', "import { App } from '../renderer/src/App'"],
    ['src/node/probe.ts', "import { api } from '../preload/api'"],
    ['src/node/probe.ts', "import { runCli } from '../cli/run'"],
    ['src/cli/probe.ts', "import { useState } from 'react'"],
    ['src/cli/probe.ts', "import { App } from '../renderer/src/App'"],
    ['src/cli/probe.ts', "import { api } from '../preload/api'"],
    ['src/main/probe.ts', "import { useState } from 'react'"],
    ['src/main/probe.ts', "import { Editor } from '@tiptap/core'"],
    ['src/main/probe.ts', "import { api } from '../preload/api'"],
    ['src/renderer/src/probe.ts', "import mammoth from 'mammoth'"],
    ['src/renderer/src/probe.ts', "import { runCli } from '../../cli/run'"],
    ['src/renderer/src/probe.ts', "import { api } from '../../preload/api'"],
    ['src/preload/probe.ts', "import mammoth from 'mammoth'"],
    ['src/preload/probe.ts', "import { buildMenu } from '../main/menu'"],
    ['src/preload/probe.ts', "import { App } from '../renderer/src/App'"],
    ['src/preload/probe.ts', "import { writeArticle } from '../node/articleFile'"],
    ['src/preload/probe.ts', "import { runCli } from '../cli/run'"]
  ])('%s may not: %s', async (file, statement) => {
    expect(await boundaryErrors(file, statement)).toHaveLength(1)
  })

  it.each([
    ['src/shared/article/probe.ts', "import { z } from 'zod'"],
    ['src/node/probe.ts', "import { open } from 'node:fs/promises'"],
    ['src/node/probe.ts', "import { articleDocumentSchema } from '../shared/article/document'"],
    ['src/cli/probe.ts', "import { readArticle } from '../node/articleFile'"],
    ['src/main/probe.ts', "import { app } from 'electron'"],
    ['src/main/probe.ts', "import { writeArticle } from '../node/articleFile'"],
    ['src/renderer/src/probe.ts', "import { useState } from 'react'"],
    ['src/renderer/src/probe.ts', "import { exportArticle } from '../../shared/export'"],
    ['src/preload/probe.ts', "import { contextBridge, ipcRenderer } from 'electron'"]
  ])('%s may: %s', async (file, statement) => {
    expect(await boundaryErrors(file, statement)).toEqual([])
  })
})
