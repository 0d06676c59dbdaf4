/** Jest runs the TypeScript sources through swc; type checking is `npm run typecheck`. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'es6' } },
    ],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 30000,
  // Starts the in-process Neo4j only when a selected test file needs it (see test/neo4j/).
  globalSetup: '<rootDir>/test/neo4j/global-setup.mjs',
  globalTeardown: '<rootDir>/test/neo4j/global-teardown.mjs',
};
