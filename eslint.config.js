// One flat config. The import boundaries of the architecture are lint rules:
// a file that reaches across a boundary fails the build.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const driverModules = ['fastify', '@fastify/*', 'drizzle-orm', 'drizzle-orm/*', 'postgres', '@electric-sql/*'];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'packages/server/drizzle/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // The test configs include the tests (the build configs exclude them).
        project: [
          'packages/domain/tsconfig.test.json',
          'packages/contract/tsconfig.test.json',
          'packages/server/tsconfig.test.json',
          'packages/web/tsconfig.json',
          'e2e/tsconfig.json',
          'bench/tsconfig.json',
          'tsconfig.tools.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      curly: ['error', 'all'],
      eqeqeq: ['error', 'always'],
      'no-throw-literal': 'off',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/explicit-function-return-type': [
        'error',
        { allowExpressions: true, allowTypedFunctionExpressions: true, allowHigherOrderFunctions: true },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Fastify plugins are async by contract even when they register synchronously.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object and a derived union instead of enum.' },
        {
          selector: "CallExpression[callee.object.name=/^(describe|it|test)$/][callee.property.name='only']",
          message: 'No .only in committed tests.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/explicit-function-return-type': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/*.e2e.ts', 'bench/**', 'e2e/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/explicit-function-return-type': 'off',
    },
  },
  // domain: pure. No I/O, no clock, no randomness, nothing outside itself.
  {
    files: ['packages/domain/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'crypto', 'os', 'net', 'http'], message: 'domain is pure: no Node I/O.' },
            {
              group: ['@chairside/*', ...driverModules, 'react', 'react-dom', 'typebox'],
              message: 'domain imports nothing outside itself.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'domain is pure: no process.' }],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time enters the domain through the Clock port.' },
        { object: 'Math', property: 'random', message: 'Randomness enters the domain through the IdSource port.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Time enters the domain through the Clock port.',
        },
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object and a derived union instead of enum.' },
      ],
    },
  },
  {
    files: ['packages/domain/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
  // Schema builders (TypeBox, drizzle) and mappers to them: the inferred type is the point.
  {
    files: [
      'packages/contract/src/**/*.ts',
      'packages/server/src/db/schema/**',
      'packages/server/src/http/routes/**/*.ts',
    ],
    rules: { '@typescript-eslint/explicit-function-return-type': 'off' },
  },
  // contract: schemas only.
  {
    files: ['packages/contract/src/**/*.ts'],
    ignores: ['packages/contract/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', '@chairside/*', ...driverModules, 'react'],
              message: 'contract may import typebox only.',
            },
          ],
        },
      ],
    },
  },
  // server/app: use cases see the domain and ports, never a framework or a driver.
  {
    files: ['packages/server/src/app/**/*.ts'],
    ignores: ['packages/server/src/app/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...driverModules, 'react', '@chairside/contract'],
              message: 'use cases depend on the domain and ports only.',
            },
            {
              group: ['../db/*', '../http/*', '../../db/*', '../../http/*', '../hl7/*', '../realtime/*', '../fhir/*'],
              message: 'use cases do not import adapters.',
            },
          ],
        },
      ],
    },
  },
  // process.env is read in config.ts only.
  {
    files: ['packages/server/src/**/*.ts'],
    ignores: ['packages/server/src/config.ts', 'packages/server/src/**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration in config.ts only.' },
      ],
    },
  },
  // web: contract and domain display helpers, React libraries; never the server.
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@chairside/server', '@chairside/server/*', ...driverModules, 'node:*'],
              message: 'web talks to the server over HTTP only.',
            },
          ],
        },
      ],
    },
  },
);
