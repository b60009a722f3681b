/**
 * A TypeScript entry point run as its own process group with tsx, as `npm start` runs
 * src/local/start.ts: its output read as it comes, and the whole group stopped afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

export interface Spawned {
  /** Everything written to stdout so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the match once stdout matches; rejects if the process ends first. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
  /** Stops the process and every process it started (SIGTERM to the group, SIGKILL if it lingers). */
  stop(): Promise<void>;
}

/** An environment without Jira credentials or demo faults, plus `extra`. */
export function localEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['JIRA_BASE_URL', 'JIRA_EMAIL', 'JIRA_API_TOKEN', 'BACKLOG_HEALTH_DEMO_FAULTS', 'PREVIEW_PORT']) delete env[name];
  return { ...env, ...extra };
}

export function spawnTsx(script: string, args: string[], env: NodeJS.ProcessEnv): Spawned {
  // detached: the process leads a group of its own, so tsx's child node and anything below stop with it.
  const child: ChildProcess = spawn(TSX, [script, ...args], { cwd: REPO_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let ended: string | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  child.stdout!.on('data', (chunk) => {
    stdout += chunk;
    notify();
  });
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      ended = `${script} ended (${signal ?? `exit code ${code}`}) before printing what was awaited. stderr:\n${stderr}`;
      notify();
      resolve();
    });
  });
  child.once('error', (error) => {
    ended = `${script} could not start: ${error.message}`;
    notify();
  });

  return {
    stdout: () => stdout,
    stderr: () => stderr,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(stdout);
          if (match || ended) listeners.delete(check);
          if (match) resolve(match);
          else if (ended) reject(new Error(ended));
        };
        listeners.add(check);
        check();
      }),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      const group = -child.pid;
      process.kill(group, 'SIGTERM');
      const lingering = setTimeout(() => {
        try {
          process.kill(group, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 5000);
      await exited;
      clearTimeout(lingering);
      // The tsx process is gone; whatever of its group outlived the SIGTERM goes now.
      try {
        process.kill(group, 'SIGKILL');
      } catch {
        // nothing left in the group
      }
    },
  };
}
