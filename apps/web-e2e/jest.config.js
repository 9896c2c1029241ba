// A real browser (Debian's chromium, through playwright-core) against the real, built server.
// Starting the server, loading the demo data and laying out the graph take seconds, not millis.
module.exports = require('../../jest.shared.js')(__dirname, {
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 120_000,
});
