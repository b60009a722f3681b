/** The CLI's output read by a program that stops early (as `| head` does): the audit ends quietly. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT, cleanEnv } from './helpers';

it('ends quietly with exit code 0 when the reader of its output closes the pipe after the first bytes', async () => {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/backlog-health.cjs'), 'audit', '--all', '--format', 'json', '--quiet'], {
    cwd: REPO_ROOT,
    env: cleanEnv() as NodeJS.ProcessEnv,
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  // Read the first chunk, then close our end of the pipe, as `head -c 100` would.
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
}, 120_000);
