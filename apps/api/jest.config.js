// End-to-end specs start the whole server (and, for the neo4j run, talk to a real Neo4j).
module.exports = require('../../jest.shared.js')(__dirname, {
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  testTimeout: 60_000,
});
