// Transpile only: `npm test` type-checks the whole project with tsc before jest runs.
const transform = { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] };

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: '<rootDir>/test/support/jest-global-setup.cjs',
  // End-to-end tests run real terraform processes; each sets its own longer timeout where needed.
  testTimeout: 30000,
  maxWorkers: 2,
  projects: [
    {
      displayName: 'cdktf',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/(.*/)?cdktn/'],
      transform,
      testEnvironment: 'node',
      // Tests and examples import the construct library by its package name, as users do; jest does not
      // resolve a package's own name, so point it at the sources.
      moduleNameMapper: { '^terraform-provider-authtoken$': '<rootDir>/lib/index.ts' },
    },
    {
      // CDK Terrain: test/**/cdktn/ holds cdktn's own tests and runs CDKTF suites again (by importing them)
      // with `cdktf` resolved to cdktn and the package to its ./cdktn export, built into dist/lib/cdktn (the
      // construct sources become that tree only through scripts/build-cdktn-library.mjs; npm test builds
      // before jest).
      displayName: 'cdktn',
      testMatch: ['<rootDir>/test/**/cdktn/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/support/cdktn-target-versions.cjs'],
      transform,
      testEnvironment: 'node',
      moduleNameMapper: {
        '^cdktf$': 'cdktn',
        '^cdktf/(.*)$': 'cdktn/$1',
        '^terraform-provider-authtoken(/cdktn)?$': '<rootDir>/dist/lib/cdktn/index.js',
      },
    },
  ],
};
