// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads']
/** Packages that need Node or Electron: only src/node and src/main may use them. */
const nodeOnlyPackages = ['electron-store', 'conf', 'mammoth', 'jszip', 'yauzl']
const folder = (name) => [`**/${name}/**`, `**/${name}`]

/**
 * Each runtime's folder may import only what that runtime has, and layers point one way:
 * shared ← node ← main, shared ← node ← cli, shared ← renderer; the preload reaches shared only.
 * tests/unit/lint/boundaries.test.ts proves each rule fires.
 */
const boundary = (files, message, groups, extra = {}) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { ...extra, patterns: groups.map((group) => ({ group, message })) }]
  }
})
const runtimeBoundaries = [
  boundary(['src/shared/**/*.ts'], 'src/shared is pure TypeScript: no Electron, Node, React or Node-only packages; it imports only src/shared.', [
    ['electron', ...nodeBuiltins, ...nodeOnlyPackages, 'react', 'react-dom', '@tiptap/*'],
    [...folder('main'), ...folder('renderer'), ...folder('preload'), ...folder('cli'), ...folder('node')]
  ]),
  boundary(['src/node/**/*.ts'], 'src/node is Node-only code shared by main and the CLI: no Electron, renderer, main, CLI or IPC.', [
    ['electron', 'electron-store', 'react', 'react-dom', '@tiptap/*'],
    [...folder('main'), ...folder('renderer'), ...folder('preload'), ...folder('cli'), '**/shared/ipc']
  ]),
  boundary(['src/cli/**/*.ts'], 'The CLI runs in plain Node: no Electron, main or renderer code.', [
    ['electron', 'electron-store', 'react', 'react-dom', '@tiptap/*'],
    [...folder('main'), ...folder('renderer'), ...folder('preload')]
  ]),
  boundary(['src/main/**/*.ts'], 'Main reaches the renderer only through IPC; it never imports renderer, preload or CLI code.', [
    ['react', 'react-dom', '@tiptap/*'],
    [...folder('renderer'), ...folder('preload'), ...folder('cli')]
  ]),
  boundary(['src/renderer/**/*.{ts,tsx}'], 'The renderer reaches main only through window.copydesk (the preload API).', [
    ['electron', ...nodeBuiltins, ...nodeOnlyPackages],
    [...folder('main'), ...folder('cli'), ...folder('node'), ...folder('preload')]
  ]),
  boundary(
    ['src/preload/**/*.ts'],
    'A sandboxed preload exposes IPC methods only: no Node modules, no app code but the contract.',
    [[...nodeBuiltins, ...nodeOnlyPackages], [...folder('main'), ...folder('renderer'), ...folder('cli'), ...folder('node')]],
    { paths: [{ name: 'electron', importNames: ['shell', 'remote', 'webFrame'], message: 'The preload exposes IPC methods only.' }] }
  ),
  {
    files: ['src/shared/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require'] }
  }
]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['error', 'warn'] }]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error'
    }
  },
  {
    // Type-aware rules over the app's code: a promise nobody awaits or catches, or one handed to something
    // that expects a plain callback (an event handler), loses its error silently.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-await': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch']
    }
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'src/cli/**/*.ts', '*.config.ts', '**/*.mjs'],
    rules: { 'no-console': 'off' }
  },
  ...runtimeBoundaries
)
