// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream']

/** Each runtime's folder may import only what that runtime has. */
const runtimeBoundaries = [
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', ...nodeBuiltins], message: 'src/shared is pure TypeScript: no Electron or Node imports.' },
            { group: ['react', 'react-dom', '@tiptap/*', '**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**'], message: 'src/shared may import only src/shared and pure libraries.' }
          ]
        }
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require']
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', ...nodeBuiltins], message: 'The renderer reaches main only through window.copydesk.' },
            { group: ['**/main/**', '**/cli/**'], message: 'The renderer may not import main-process code.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', importNames: ['shell', 'remote', 'webFrame'], message: 'The preload exposes IPC methods only.' }],
          patterns: [{ group: nodeBuiltins, message: 'A sandboxed preload cannot use Node modules.' }]
        }
      ]
    }
  },
  {
    files: ['src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', '**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**'], message: 'src/node is plain Node, shared by main and the CLI: no Electron, no IPC, no app layers.' }
          ]
        }
      ]
    }
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
