#!/usr/bin/env node
// `npx koppel ...`: runs the TypeScript command line through tsx with the workspace's tsconfig
// (for the @koppel/* path aliases), so it needs no build step.
const { join } = require('node:path');

// tsx reads the path aliases from this tsconfig whatever the directory koppel is run from.
process.env.TSX_TSCONFIG_PATH = join(__dirname, '../../../tsconfig.json');
const { register } = require('tsx/cjs/api');

// `koppel stats | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

register();
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
