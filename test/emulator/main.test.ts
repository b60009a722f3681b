/** The standalone emulator (src/local/emulator/main.ts) as its own process: its fault flags, --retry-after included. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { basicAuthHeader } from '../../src/local/emulator';
import { localEnv, spawnTsx, type Spawned } from '../start/spawned';
import { makeFixture, USERS } from './fixture';

const workspaceFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'bh-main-')), 'site.json');
writeFileSync(workspaceFile, JSON.stringify(makeFixture()));

async function served(args: string[]): Promise<{ process: Spawned; url: string }> {
  const process = spawnTsx('src/local/emulator/main.ts', ['--workspace', workspaceFile, '--port', '0', ...args], localEnv());
  try {
    return { process, url: (await process.waitFor(/ at (http:\/\/127\.0\.0\.1:\d+) /))[1] };
  } catch (error) {
    await process.stop();
    throw error;
  }
}

const myself = (url: string) => fetch(`${url}/rest/api/3/myself`, { headers: { Authorization: basicAuthHeader(USERS.alice.emailAddress, USERS.alice.apiToken) } });

describe('emulator main.ts', () => {
  test('--rate-limit-every with --retry-after N sends that Retry-After; "none" sends a 429 without one', async () => {
    for (const [flag, header] of [['3', '3'], ['none', null]] as const) {
      const { process, url } = await served(['--rate-limit-every', '2', '--retry-after', flag]);
      try {
        expect((await myself(url)).status).toBe(200);
        const limited = await myself(url);
        expect(limited.status).toBe(429);
        expect(limited.headers.get('retry-after')).toBe(header);
      } finally {
        await process.stop();
      }
    }
  }, 30_000);

  test('a bad --retry-after stops it with a message', async () => {
    const process = spawnTsx('src/local/emulator/main.ts', ['--workspace', workspaceFile, '--retry-after=-2'], localEnv());
    try {
      await expect(process.waitFor(/never printed/)).rejects.toThrow(`--retry-after needs 0 or more seconds, or "none" (got '-2').`);
    } finally {
      await process.stop();
    }
  });
});
