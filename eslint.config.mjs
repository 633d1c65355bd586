import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import jest from 'eslint-plugin-jest';
import testingLibrary from 'eslint-plugin-testing-library';
import playwright from 'eslint-plugin-playwright';
import i18next from 'eslint-plugin-i18next';
import prettier from 'eslint-plugin-prettier/recommended';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'test-results/',
      'integration-tests/console/build/',
      '.bench/',
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  eslint.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // Object shapes are written as `type` throughout (models mirror the API); both are fine.
      '@typescript-eslint/consistent-type-definitions': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'import-x/order': [
        'error',
        { groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'] },
      ],
      'import-x/no-named-as-default-member': 'off',
      'no-console': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', '__mocks__/**/*.{ts,tsx}'],
    plugins: { react, i18next },
    languageOptions: { globals: globals.browser },
    settings: { react: { version: 'detect' } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      'react/prop-types': 'off',
      'react/no-danger': 'error',
      'react/jsx-no-useless-fragment': 'error',
      // Every user-visible string goes through t().
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'aria-label',
              'alt',
              'title',
              'titleText',
              'placeholder',
              'label',
              'helperText',
              'description',
              'headerContent',
              'bodyContent',
              'actionClose',
            ],
          },
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    // The pure cores: every decision, unit-tested with tables, no UI. Components (*.tsx) render,
    // hooks (use*.ts) fetch and hold state; a core file imports neither React, PatternFly nor
    // i18next, and only types from the console SDK (ARCHITECTURE.md).
    files: ['src/**/*.ts'],
    ignores: ['src/**/use*.ts', 'src/**/*.spec.ts', 'src/shared/i18n.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
                'react-router',
                'react-router-*',
              ],
              message: 'A pure core file has no React: components render, hooks hold state.',
            },
            {
              group: ['@patternfly/*'],
              message: 'A pure core file has no PatternFly: it returns data, components render it.',
            },
            {
              group: ['i18next', 'react-i18next'],
              message: 'A pure core file has no i18next: it returns ids, the UI translates them.',
            },
            {
              group: ['@openshift-console/*'],
              allowTypeImports: true,
              message: 'A pure core file takes only types from the console SDK: hooks call it.',
            },
            {
              // Import patterns, not files:
              group: ['./use*', '../**/use*', '*.css'], // self-contained: not a path of ours
              message: 'A pure core file does not import hooks or styles.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.spec.{ts,tsx}', '__mocks__/**/*.{ts,tsx}', 'src/shared/test-utils.tsx'],
    plugins: {
      jest,
      'testing-library': testingLibrary.configs['flat/react'].plugins['testing-library'],
    },
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
    rules: {
      ...jest.configs['flat/recommended'].rules,
      ...jest.configs['flat/style'].rules,
      ...testingLibrary.configs['flat/react'].rules,
      'jest/no-disabled-tests': 'error',
      'i18next/no-literal-string': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: [
      'integration-tests/**/*.{ts,tsx}',
      '*.config.ts',
      'webpack.config.ts',
      'jest.polyfills.ts',
      'setup-tests.ts',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['integration-tests/specs/**/*.ts'],
    ...playwright.configs['flat/recommended'],
    rules: {
      ...playwright.configs['flat/recommended'].rules,
      'no-console': 'off',
      'playwright/no-skipped-test': 'error',
      // Page helpers named expect* (expectRow, expectNoEnglishLeak...) hold the assertions.
      'playwright/expect-expect': ['warn', { assertFunctionPatterns: ['^expect[A-Z]'] }],
    },
  },
  {
    files: ['integration-tests/**/*.test.ts'],
    plugins: { jest },
    languageOptions: { globals: { ...globals.jest } },
    rules: { ...jest.configs['flat/recommended'].rules, 'jest/no-disabled-tests': 'error' },
  },
  prettier,
);
