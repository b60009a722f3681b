/** Forks a TypeScript module as a child process under the same loader (tsx), with an IPC channel. */
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export function forkModule(file: string): ChildProcess {
  return fork(resolve(__dirname, file), [], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

/** The next IPC message of `type` from the child; rejects on an 'error' message or an early exit. */
export function nextMessage<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const onMessage = (raw: unknown) => {
      const message = raw as { type?: string; message?: string };
      if (message.type === type) {
        cleanup();
        resolvePromise(raw as T);
      } else if (message.type === 'error') {
        cleanup();
        reject(new Error(message.message ?? 'The child process failed.'));
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`The child process stopped (exit code ${code}) before sending '${type}'.`));
    };
    const cleanup = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

/** Runs one measurement in a fresh child process running `file`: sends `{ type, ...request }`, resolves with its result. */
export async function measureInChild<Request extends object, Result>(file: string, type: string, request: Request): Promise<Result> {
  const child = forkModule(file);
  try {
    const result = nextMessage<{ result: Result }>(child, 'result');
    child.send({ type, ...request });
    return (await result).result;
  } finally {
    child.disconnect();
  }
}

/**
 * In a measuring child: on the parent's message `{ type, ...request }`, runs `measure(request)`,
 * sends `{ type: 'result', result }` or `{ type: 'error', message }`, then exits.
 */
export function answerParent<Request, Result>(type: string, measure: (request: Request) => Promise<Result>): void {
  process.on('message', (raw: unknown) => {
    const { type: asked, ...request } = raw as { type: string };
    if (asked !== type) return;
    measure(request as Request)
      .then((result) => process.send?.({ type: 'result', result }))
      .catch((error: unknown) => process.send?.({ type: 'error', message: error instanceof Error ? error.message : String(error) }))
      .finally(() => setTimeout(() => process.exit(0), 50));
  });
}
