import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Layer arrows (cli → api → graph → domain ← nlp) are enforced here, not hoped for. */
const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', '.tmp/**', 'src/api/views/public/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: forbid(['**/nlp/**', '**/graph/**', '**/api/**', '**/cli/**', '**/resolution/**'], 'domain depends on nothing'),
  },
  {
    files: ['src/nlp/**'],
    rules: forbid(['**/graph/**', '**/api/**', '**/cli/**', 'node:fs', 'node:fs/*', 'fs', 'node:net', 'node:http'], 'nlp is pure: text in, extraction out'),
  },
  {
    files: ['src/graph/**'],
    rules: forbid(['**/api/**', '**/cli/**'], 'graph must not depend on api or cli'),
  },
  {
    files: ['src/api/**'],
    rules: forbid(['**/cli/**', '**/graph/embedded/**', '**/graph/neo4j/**'], 'api knows only the GraphStore port'),
  },
);
