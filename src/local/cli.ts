/**
 * `backlog-health`: the command-line audit (see src/local/cli/program.ts for the options).
 * Run with `npm run cli -- audit ...`, `npx backlog-health audit ...` (bin/backlog-health.cjs)
 * or `tsx src/local/cli.ts audit ...`.
 */
import { runCli } from './cli/run';

export { runCli } from './cli/run';
export type { CliIo } from './cli/io';

/**
 * A reader that stops early (`backlog-health audit --all | head`) closes the pipe: the rest of the
 * output has nowhere to go, which is no failure of the audit, so the process ends quietly with the
 * audit's own exit code instead of a stack trace.
 */
function endQuietlyWhenTheReaderLeaves(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

/** Runs the CLI on this process's arguments and streams, and sets the exit code. */
export async function main(): Promise<void> {
  endQuietlyWhenTheReaderLeaves(process.stdout);
  process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
}

if (require.main === module) void main();
