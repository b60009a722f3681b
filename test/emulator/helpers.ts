/** Test helpers: start the emulator on the fixture and call it as a given user. */
import { basicAuthHeader, startEmulator, type Emulator, type EmulatorOptions } from '../../src/local/emulator';
import type { Workspace } from '../../src/local/workspace';
import { makeFixture, USERS } from './fixture';

export type UserName = keyof typeof USERS;

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read by path in many tests; their shapes are checked against Jira's specs in contract.test.ts
  json: any;
}

export async function start(options: Partial<EmulatorOptions> & { workspace?: Workspace } = {}): Promise<Emulator> {
  return startEmulator({ workspace: options.workspace ?? makeFixture(), ...options });
}

export function authFor(user: UserName): string {
  return basicAuthHeader(USERS[user].emailAddress, USERS[user].apiToken);
}

/** Calls the emulator; `as: null` sends no credentials. */
export async function call(emulator: Emulator, path: string, init: { method?: string; body?: unknown; as?: UserName | null; headers?: Record<string, string> } = {}): Promise<Reply> {
  const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
  const as = init.as === undefined ? 'alice' : init.as;
  if (as) headers.Authorization = authFor(as);
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(emulator.url + path, { method: init.method ?? (init.body !== undefined ? 'POST' : 'GET'), headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const text = await res.text();
  let json: Reply['json'];
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** Keys of a search/jql POST, following every page. */
export async function searchKeys(emulator: Emulator, jql: string, as: UserName = 'alice', maxResults = 50): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  for (let guard = 0; guard < 100; guard += 1) {
    const reply = await call(emulator, '/rest/api/3/search/jql', { body: { jql, fields: ['key'], maxResults, nextPageToken: token }, as });
    if (reply.status !== 200) throw new Error(`search answered ${reply.status}: ${reply.text}`);
    keys.push(...reply.json.issues.map((i: { key: string }) => i.key));
    token = reply.json.nextPageToken;
    if (!token) return keys;
  }
  throw new Error('search did not finish in 100 pages');
}
