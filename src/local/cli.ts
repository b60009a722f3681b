/**
 * `backlog-health`: the command-line audit (see src/local/cli/program.ts for the options).
 * Run with `npm run cli -- audit ...`, `npx backlog-health audit ...` (bin/backlog-health.cjs)
 * or `tsx src/local/cli.ts audit ...`.
 */
import { runCli } from './cli/run';

export { runCli } from './cli/run';
export type { CliIo } from './cli/io';

/** Runs the CLI on this process's arguments and streams, and sets the exit code. */
export async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
}

if (require.main === module) void main();
