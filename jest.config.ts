import type { Config } from 'jest';

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2021',
    },
    module: { type: 'commonjs' },
  },
] as const;

const config: Config = {
  projects: [
    {
      displayName: 'plugin',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/src', '<rootDir>/charts', '<rootDir>/__mocks__'],
      testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
      setupFiles: ['<rootDir>/jest.polyfills.ts'],
      moduleNameMapper: {
        '\\.css$': '<rootDir>/__mocks__/styleMock.ts',
        // The console SDK only runs inside a console: every plugin test gets its typed mock.
        '^@openshift-console/dynamic-plugin-sdk$':
          '<rootDir>/__mocks__/@openshift-console/dynamic-plugin-sdk.tsx',
      },
      transform: { '^.+\\.[jt]sx?$': swc as never },
      setupFilesAfterEnv: ['<rootDir>/setup-tests.ts'],
    },
    {
      displayName: 'harness',
      testEnvironment: 'node',
      roots: ['<rootDir>/integration-tests'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/specs/', '/console/build/'],
      transform: { '^.+\\.[jt]sx?$': swc as never },
    },
  ],
};

export default config;
