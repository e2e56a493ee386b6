// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'url',
  'child_process',
  'worker_threads',
  'crypto',
  'stream',
  'util',
  'events',
  'http',
  'https',
  'net',
];
const nodeImportPatterns = ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((name) => `${name}/*`)];

/** Process boundaries, checked by the linter rather than by review. */
const boundaries = {
  shared: {
    patterns: [
      { group: nodeImportPatterns, message: 'src/shared is pure TypeScript: no Node APIs.' },
      {
        group: [
          'electron',
          'react',
          'react-dom',
          'react/*',
          'dexie',
          'dexie-*',
          'playwright-core',
          'linkedom',
          'jsdom',
        ],
        message: 'src/shared is pure TypeScript: no Electron, React, Dexie or DOM libraries.',
      },
      {
        group: [
          '**/main/**',
          '**/renderer/**',
          '**/preload/**',
          '**/chromium-host/**',
          '**/cli/**',
        ],
        message: 'src/shared may not depend on a host or the UI.',
      },
    ],
  },
  services: {
    patterns: [
      {
        group: ['electron'],
        message: 'src/main/services are plain Node modules: Electron stays in src/main.',
      },
      { group: ['**/renderer/**', '**/preload/**'], message: 'Services may not depend on the UI.' },
    ],
  },
  renderer: {
    patterns: [
      {
        group: [...nodeImportPatterns, 'electron'],
        message: 'The renderer reaches the system only through the contract (window.parallax).',
      },
      {
        group: ['**/main/**', '**/chromium-host/**', '**/cli/**', '**/preload/**'],
        message: 'The renderer may import only src/shared and itself.',
      },
    ],
  },
  preload: {
    patterns: [
      {
        group: ['**/main/**', '**/renderer/**', '**/chromium-host/**'],
        message: 'The preload exposes the contract only.',
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', boundaries.shared] },
  },
  {
    files: ['src/main/services/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', boundaries.services] },
  },
  {
    files: ['src/preload/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', boundaries.preload] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'no-restricted-imports': ['error', boundaries.renderer],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
