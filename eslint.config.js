// Lint enforces the walls of docs/ARCHITECTURE.md (lint/walls.js lists them, one per layer), so a
// crossing import fails CI, not review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

import boundaries from 'eslint-plugin-boundaries';
import { layers, walls } from './lint/walls.js';

const nodeBuiltins = builtinModules.flatMap((m) => [m, `node:${m}`]);

/** Expands a banned-package list: `node:*` stands for every Node built-in, with or without the prefix. */
const expandBanned = (names) =>
  names.flatMap((name) => (name === 'node:*' ? nodeBuiltins : [name]));

/** One allow policy (its own layers and every package) and then the bans of each wall; later policies win. */
const wallPolicies = (list) =>
  list.flatMap((wall) => {
    const from = { element: { type: wall.from } };
    const banned = expandBanned(wall.bannedPackages);
    return [
      { from, allow: { to: { element: { type: wall.mayImport } } } },
      { from, allow: { to: { module: { origin: ['external', 'core'] } } } },
      ...(banned.length
        ? [{ from, disallow: { to: { module: { source: banned } } }, message: wall.why }]
        : []),
      ...(wall.bannedSpecifiers ?? []).map((ban) => ({
        from: { element: { type: wall.from }, file: { path: `!${ban.except}` } },
        disallow: { dependency: { source: ban.source, specifiers: ban.specifiers } },
        message: wall.why,
      })),
    ];
  });

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', '.cache/', 'coverage/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': layers,
      'boundaries/include': ['src/**/*'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        { default: 'disallow', checkAllOrigins: true, policies: wallPolicies(walls) },
      ],
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
