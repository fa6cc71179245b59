// Lint enforces the process walls of docs/ARCHITECTURE (shared is pure, core has no Electron,
// the renderer sees only shared and browser APIs), so a crossing import fails CI, not review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const wall = (message, groups, names = []) => ({
  'no-restricted-imports': [
    'error',
    { paths: names.map((name) => ({ name, message })), patterns: [{ group: groups, message }] },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', '.cache/', 'coverage/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: wall(
      'src/shared is the pure contract: no Node, DOM-free, no Electron, no other layer.',
      ['**/core/**', '**/main/**', '**/preload/**', '**/renderer/**', '**/host/**', '**/cli/**', '**/collector/**'],
      [...nodeBuiltins, 'electron'],
    ),
  },
  {
    files: ['src/core/**/*.ts', 'src/collector/**/*.ts'],
    rules: wall(
      'core and collector are plain Node: no Electron, no UI or host layer.',
      ['**/main/**', '**/preload/**', '**/renderer/**', '**/host/**', '**/cli/**'],
      ['electron'],
    ),
  },
  {
    // The CLI is an entry point like main: it may start the browser host, never Electron or the UI.
    files: ['src/cli/**/*.ts'],
    rules: wall('The CLI is plain Node: no Electron, no UI.', ['**/main/**', '**/preload/**', '**/renderer/**'], ['electron']),
  },
  {
    files: ['src/host/**/*.ts'],
    rules: wall('The browser host is an adapter: it never reaches into Electron or the UI.', ['**/main/**', '**/preload/**', '**/renderer/**'], ['electron']),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: wall(
      'The renderer talks only to the KioskApi in src/shared: no Node, no core, no Electron.',
      ['**/core/**', '**/main/**', '**/preload/**', '**/host/**', '**/cli/**', '**/collector/**'],
      [...nodeBuiltins, 'electron'],
    ),
  },
  {
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts'],
    rules: wall('Electron adapters stay thin: they never import the UI.', ['**/renderer/**', '**/host/**']),
  },
);
