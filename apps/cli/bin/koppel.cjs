#!/usr/bin/env node
// `npx koppel ...`: runs the TypeScript command line through tsx with the workspace's tsconfig
// (for the @koppel/* path aliases), so it needs no build step.
const { join } = require('node:path');
const { register } = require('tsx/cjs/api');

// `koppel stats | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

register({ tsconfig: join(__dirname, '../../../tsconfig.json') });
const { runCli } = require('../src/run-cli.ts');

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`koppel: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
