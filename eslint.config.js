import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-check/**', 'web/dist/**', 'node_modules/**', 'data/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly',
        clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly',
        document: 'readonly', window: 'readonly', fetch: 'readonly', performance: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The engine and the knowledge base are pure: no I/O, no clock, no randomness.
    files: ['src/engine/**/*.ts', 'src/knowledge/**/*.ts', 'src/recovery/**/*.ts', 'src/measures/**/*.ts', 'src/exercise-pictures/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'http', '../store/*', '../server/*', '../cli/*'] }],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'The engine is deterministic.' },
        { object: 'Date', property: 'now', message: 'The engine has no clock: take the date as input.' }],
      'no-restricted-globals': ['error', 'fetch', 'process'],
    },
  },
  {
    // The FHIR and CDS Hooks mapping is pure too (timestamps are inputs); its test fixtures read files.
    files: ['src/fhir/**/*.ts'],
    ignores: ['**/*.test.ts', '**/__fixtures__/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'http', '../store/*', '../server/*', '../cli/*'] }],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'The mapping is deterministic.' },
        { object: 'Date', property: 'now', message: 'No clock: take the timestamp as input.' }],
      'no-restricted-globals': ['error', 'fetch', 'process'],
    },
  },
);
