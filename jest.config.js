/** @type {import('jest').Config} */
module.exports = {
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // Transpile only: `npm test` type-checks the whole project with tsc before jest runs.
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testEnvironment: 'node',
  globalSetup: '<rootDir>/test/support/jest-global-setup.cjs',
  // Tests and examples import the construct library by its package name, as users do; jest does not
  // resolve a package's own name, so point it at the sources.
  moduleNameMapper: { '^terraform-provider-authtoken$': '<rootDir>/lib/index.ts' },
  // End-to-end tests run real terraform processes; each sets its own longer timeout where needed.
  testTimeout: 30000,
  maxWorkers: 2,
};
