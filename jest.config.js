/** @type {import('jest').Config} */
module.exports = {
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }] },
  testEnvironment: 'node',
  // End-to-end tests run real terraform processes; each sets its own longer timeout where needed.
  testTimeout: 30000,
  maxWorkers: 2,
};
