#!/usr/bin/env node
'use strict';
// Launcher for `npx backlog-health ...`: runs the TypeScript CLI through tsx's CommonJS hook.
require('tsx/cjs');
const { main } = require('../src/local/cli.ts');

main().catch((err) => {
  process.stderr.write(`backlog-health stopped unexpectedly: ${err && err.message ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
