// typescript-eslint's recommended rules over the sources and tests, and the layers of the house:
// the core is pure (no Node, no connection, no other layer), and outside the core only its public
// index is imported.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeModules = ['node:*', 'fs', 'fs/*', 'path', 'url', 'os', 'child_process', 'worker_threads', 'net', 'stream', 'events', 'util', 'crypto', 'process'];

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', '.vscode-test/', 'test-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs', 'scripts/**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        fetch: 'readonly',
      },
    },
  },
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] } },
  {
    // Facts pass between layers as values (a Period, a Qualifier): written into text by accident they
    // read "[object Object]". The type checker sees what a template or a join is given.
    files: ['server/src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true, allowNullish: true }],
      '@typescript-eslint/restrict-plus-operands': 'error',
      '@typescript-eslint/no-base-to-string': 'error',
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeModules, message: 'core/ is pure: no Node modules (I/O belongs in service/).' },
            {
              group: ['vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument', 'vscode', 'vscode-jsonrpc', 'vscode-jsonrpc/*'],
              message: 'core/ has no connection: only vscode-languageserver-types.',
            },
            {
              group: ['**/service', '**/service/*', '**/lsp', '**/lsp/*', '**/cli', '**/cli/*', '**/shared', '**/shared/*'],
              message: 'core/ depends on no other layer.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'core/ is pure.' },
        { name: 'Buffer', message: 'core/ is pure.' },
        { name: 'require', message: 'core/ is pure.' },
        { name: 'setTimeout', message: 'core/ is synchronous.' },
        { name: 'setImmediate', message: 'core/ is synchronous.' },
      ],
    },
  },
  {
    files: ['server/src/service/**/*.ts', 'server/src/lsp/**/*.ts', 'server/src/cli/**/*.ts', 'client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/core/*'], message: 'Import the core through its public index (core/index.ts).' }] }],
    },
  },
  {
    // What client and server share is pure too: the client bundles it.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeModules, message: 'shared/ is pure: no Node modules.' },
            {
              group: ['vscode', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageclient', 'vscode-languageclient/*'],
              message: 'shared/ has no connection.',
            },
            {
              group: ['**/core/*', '**/service', '**/service/*', '**/lsp', '**/lsp/*', '**/cli', '**/cli/*'],
              message: 'shared/ reads the core through its public index only.',
            },
          ],
        },
      ],
    },
  },
);
