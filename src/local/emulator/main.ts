/**
 * Serves a workspace JSON file as a Jira Cloud site until interrupted:
 *   npx tsx src/local/emulator/main.ts --workspace site.json [--port 8080] [--no-auth]
 *     [--latency-ms 50] [--rate-limit-every 10] [--retry-after 1|none] [--server-error-rate 0.05]
 *     [--malformed-every 0] [--seed 1]
 * --retry-after: the seconds a 429 asks the client to wait (default 1); "none" sends no Retry-After.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Workspace } from '../workspace';
import { startEmulator } from './server';

function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new Error(`--${name} needs a number (got '${value}').`);
  return n;
}

/** --retry-after: seconds, or "none" for a 429 without the header. */
function retryAfterOption(value: string | undefined): number | null | undefined {
  if (value === 'none') return null;
  const n = numberOption(value, 'retry-after');
  if (n !== undefined && n < 0) throw new Error(`--retry-after needs 0 or more seconds, or "none" (got '${value}').`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      workspace: { type: 'string' },
      port: { type: 'string' },
      'no-auth': { type: 'boolean' },
      'latency-ms': { type: 'string' },
      'rate-limit-every': { type: 'string' },
      'retry-after': { type: 'string' },
      'server-error-rate': { type: 'string' },
      'malformed-every': { type: 'string' },
      seed: { type: 'string' },
    },
  });
  if (!values.workspace) throw new Error('Give the workspace file to serve: --workspace site.json');
  const workspace = JSON.parse(readFileSync(values.workspace, 'utf8')) as Workspace;
  const emulator = await startEmulator({
    workspace,
    port: numberOption(values.port, 'port'),
    auth: !values['no-auth'],
    seed: numberOption(values.seed, 'seed'),
    faults: {
      latencyMs: numberOption(values['latency-ms'], 'latency-ms'),
      rateLimitEveryN: numberOption(values['rate-limit-every'], 'rate-limit-every'),
      retryAfterSeconds: retryAfterOption(values['retry-after']),
      serverErrorRate: numberOption(values['server-error-rate'], 'server-error-rate'),
      malformedEveryN: numberOption(values['malformed-every'], 'malformed-every'),
    },
  });
  console.log(`Jira emulator serving ${workspace.issues.length} issues of ${workspace.site} at ${emulator.url} (Ctrl+C to stop)`);
  const stop = () => {
    void emulator.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
