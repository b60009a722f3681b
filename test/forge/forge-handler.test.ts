/**
 * The Forge entry end to end: `handler` from src/index.ts called the way Forge calls it, with
 * @forge/api mocked only at the transport edge (requestJira answering spec-shaped JSON), @forge/kvs
 * replaced by an in-memory fake and @forge/events by a recording queue.
 */
import { runInNewContext } from 'node:vm';
import { sampleReport } from './fixtures';

type Json = unknown;
interface SeenRequest { as: 'user' | 'app'; method: string; path: string; query: URLSearchParams; body: Json }

const requests: SeenRequest[] = [];
const pushes: unknown[][] = [];
const kvsData = new Map<string, unknown>();
let answer: (req: SeenRequest) => { status: number; body: Json } = () => ({ status: 404, body: { errorMessages: ['not here'] } });

function fakeResponse(status: number, body: Json) {
  const text = body === undefined ? '' : JSON.stringify(body);
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: String(status),
    headers: new Headers({ 'content-type': 'application/json' }),
    json: async () => JSON.parse(text),
    text: async () => text,
  };
}

function requestJiraAs(as: 'user' | 'app') {
  return async (route: unknown, init: { method?: string; body?: string } = {}) => {
    const raw = typeof route === 'string' ? route : String((route as { value: string }).value);
    const url = new URL(raw, 'https://site.example');
    const req: SeenRequest = { as, method: init.method ?? 'GET', path: url.pathname, query: url.searchParams, body: init.body ? JSON.parse(init.body) : undefined };
    requests.push(req);
    const { status, body } = answer(req);
    return fakeResponse(status, body);
  };
}

jest.mock('@forge/api', () => {
  const actual = jest.requireActual('@forge/api');
  const api = { asUser: () => ({ requestJira: requestJiraAs('user') }), asApp: () => ({ requestJira: requestJiraAs('app') }) };
  return { __esModule: true, ...actual, default: { ...actual.default, ...api }, ...api };
});

jest.mock('@forge/events', () => ({
  Queue: class {
    constructor(readonly params: { key: string }) {}
    async push(events: unknown) {
      pushes.push(Array.isArray(events) ? events : [events]);
      return { jobId: 'job-1' };
    }
  },
}));

jest.mock('@forge/kvs', () => {
  const { WhereConditions } = jest.requireActual('@forge/kvs');
  const kvs = {
    get: async (key: string) => (kvsData.has(key) ? structuredClone(kvsData.get(key)) : undefined),
    set: async (key: string, value: unknown, options?: { returnValue?: string }) => {
      // As @forge/kvs answers `returnValue: 'PREVIOUS'`: the replaced value, or nothing when there was none.
      const previous = kvsData.has(key) ? { key, value: structuredClone(kvsData.get(key)) } : undefined;
      kvsData.set(key, structuredClone(value));
      return options?.returnValue === 'PREVIOUS' ? previous : undefined;
    },
    delete: async (key: string) => void kvsData.delete(key),
    query: () => {
      let prefix = '';
      const builder = {
        where: (_f: string, c: { values: string[] }) => { prefix = c.values[0]; return builder; },
        limit: () => builder,
        cursor: () => builder,
        getMany: async () => ({ results: [...kvsData.keys()].filter((k) => k.startsWith(prefix)).sort().map((key) => ({ key, value: kvsData.get(key) })) }),
      };
      return builder;
    },
  };
  return { __esModule: true, kvs, default: kvs, WhereConditions };
});

// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the mocks above exist; an import would be hoisted above them
const entry = require('../../src/index') as typeof import('../../src/index');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the mocks above exist; an import would be hoisted above them
const { ProjectStores } = require('../../src/storage/project-stores') as typeof import('../../src/storage/project-stores');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the mocks above exist; an import would be hoisted above them
const { ForgeKvsStore } = require('../../src/storage/forge-kvs-store') as typeof import('../../src/storage/forge-kvs-store');

const NOW = Date.now();

/**
 * What Forge hands the resolver: the call (function key, payload, and the Custom UI context with the
 * project of the page) and the runtime payload, from which @forge/resolver takes the account id and
 * the installation context.
 */
function forgeContext(accountId: string, projectKey?: string) {
  return {
    context: {
      cloudId: 'cloud-1',
      extension: projectKey ? { type: 'jira:projectPage', project: { key: projectKey, id: '10000', type: 'software' } } : { type: 'jira:globalPage' },
    },
    runtime: { installContext: 'ari:cloud:jira::site/cloud-1', principal: { accountId } },
  };
}

function call(functionKey: string, payload: unknown, forge: ReturnType<typeof forgeContext>) {
  return entry.handler({ call: { functionKey, payload }, context: forge.context } as never, forge.runtime as never) as Promise<unknown>;
}

/** mypermissions as Jira answers it (PermissionsKeysBean -> Permissions). */
function permissionsBody(browse: boolean, administer: boolean) {
  const entryFor = (key: string, have: boolean) => ({ id: '1', key, name: key, type: 'PROJECT', description: '', havePermission: have });
  return { permissions: { BROWSE_PROJECTS: entryFor('BROWSE_PROJECTS', browse), ADMINISTER_PROJECTS: entryFor('ADMINISTER_PROJECTS', administer) } };
}

/** The project's one board, as GET /rest/agile/1.0/board lists it. */
const BOARD_PAGE = { startAt: 0, maxResults: 50, total: 1, isLast: true, values: [{ id: 7, name: 'ABC board', type: 'scrum', location: { projectKey: 'ABC' } }] };

function jiraFor(browse: boolean, administer: boolean, visible: string[]) {
  return (req: SeenRequest) => {
    if (req.path === '/rest/api/3/mypermissions') return { status: 200, body: permissionsBody(browse, administer) };
    if (req.path === '/rest/agile/1.0/board' && req.query.get('projectKeyOrId') === 'ABC') return { status: 200, body: BOARD_PAGE };
    if (req.method === 'POST' && req.path === '/rest/api/3/issue/bulkfetch') {
      // As Jira answers it: the issues the caller may see; the others are left out, without an error.
      const asked = ((req.body as { issueIdsOrKeys?: string[] } | undefined)?.issueIdsOrKeys ?? []);
      const issues = asked.filter((k) => visible.includes(k)).map((key, i) => ({ id: String(100 + i), key, fields: {} }));
      return { status: 200, body: { issues, issueErrors: [] } };
    }
    return { status: 404, body: { errorMessages: ['not in this test'] } };
  };
}

beforeEach(() => {
  requests.length = 0;
  pushes.length = 0;
  kvsData.clear();
});

describe('Forge handler', () => {
  it('answers getReport with no report yet, queues a refresh on refresh-queue, and asked Jira as the user', async () => {
    answer = jiraFor(true, false, []);
    const result = await call('getReport', {}, forgeContext('acc-1', 'ABC'));
    expect(result).toMatchObject({ report: null, refresh: { state: 'queued' }, boards: [{ id: 7, name: 'ABC board', type: 'scrum' }] });
    expect(requests.map((r) => [r.as, r.method, r.path, r.query.get('projectKey') ?? r.query.get('projectKeyOrId')])).toEqual([
      ['user', 'GET', '/rest/api/3/mypermissions', 'ABC'],
      ['user', 'GET', '/rest/agile/1.0/board', 'ABC'],
    ]);
    expect(pushes).toHaveLength(1);
    expect(pushes[0]).toEqual([{ body: expect.objectContaining({ projectKey: 'ABC', boardId: null, reason: 'page-open' }) }]);
    // The queued state, and the claim that queued it, are stored in Forge storage under this site's keys; the
    // queued state is copied to the site's portfolio index.
    expect([...kvsData.keys()].sort()).toEqual(['bh:cloud-1:-portfolio:directory', 'bh:cloud-1:-portfolio:page:0', 'bh:cloud-1:ABC:default:progress', 'bh:cloud-1:ABC:default:refresh-claim']);
  });

  it('serves a cached report with the evidence the user cannot see removed', async () => {
    const stores = new ProjectStores(new ForgeKvsStore(), 'cloud-1');
    await stores.writeReport('ABC', null, sampleReport(new Date(NOW - 60_000).toISOString()));
    await stores.appendSnapshot('ABC', null, { boardId: 7, takenAt: new Date(NOW).toISOString(), keys: [] });
    answer = jiraFor(true, false, ['ABC-1']);
    const result = (await call('getReport', {}, forgeContext('acc-1', 'ABC'))) as { report: { backlog: { nearTerm: { key: string }[] } } };
    expect(result.report.backlog.nearTerm.map((i) => i.key)).toEqual(['ABC-1']);
    expect(JSON.stringify(result)).not.toContain('Secret item');
    const { validateReport } = await import('../../src/report/schema');
    expect(validateReport(result.report)).toEqual([]);
    expect(requests.every((r) => r.as === 'user')).toBe(true);
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /rest/api/3/mypermissions', 'GET /rest/agile/1.0/board', 'POST /rest/api/3/issue/bulkfetch']);
    expect(pushes).toEqual([]);
  });

  it('lets Forge see the "allow access" error so it can ask the user for consent', async () => {
    const { NeedsAuthenticationError } = jest.requireActual('@forge/api');
    answer = () => { throw new NeedsAuthenticationError('Authentication required', 'jira'); };
    await expect(call('getReport', {}, forgeContext('acc-1', 'ABC'))).rejects.toMatchObject({ name: 'NEEDS_AUTHENTICATION_ERR' });
  });

  it('lets it through too when another realm made it (matched by name: src/jira/error-shapes.ts)', async () => {
    const consent = runInNewContext('Object.assign(new Error("Authentication required"), { name: "NEEDS_AUTHENTICATION_ERR" })') as unknown;
    answer = () => { throw consent; };
    await expect(call('getReport', {}, forgeContext('acc-1', 'ABC'))).rejects.toBe(consent);
  });

  it('refuses a user without browse permission and leaves storage untouched', async () => {
    answer = jiraFor(false, false, []);
    expect(await call('getReport', {}, forgeContext('acc-2', 'ABC'))).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
    expect(kvsData.size).toBe(0);
    expect(pushes).toEqual([]);
  });

  it('ignores any project but the one in the Forge context: a payload naming one is refused', async () => {
    answer = jiraFor(true, true, []);
    expect(await call('refresh', { projectKey: 'OTHER' }, forgeContext('acc-1', 'ABC'))).toMatchObject({ error: { code: 'invalid-input' } });
    expect(requests).toEqual([]);
    await call('refresh', {}, forgeContext('acc-1', 'ABC'));
    expect(requests.map((r) => r.query.get('projectKey'))).toEqual(['ABC']);
    expect(pushes.flat()).toEqual([{ body: expect.objectContaining({ projectKey: 'ABC' }) }]);
  });

  it('refuses a settings change from a non-administrator and stores nothing', async () => {
    answer = jiraFor(true, false, []);
    const { DEFAULT_SETTINGS } = await import('../../src/domain/settings');
    expect(await call('saveSettings', { settings: DEFAULT_SETTINGS, version: null }, forgeContext('acc-1', 'ABC'))).toMatchObject({ error: { code: 'forbidden' } });
    expect(kvsData.size).toBe(0);
  });

  it('stores an administrator’s settings under the site, saved by the account Forge names', async () => {
    answer = jiraFor(true, true, []);
    const { DEFAULT_SETTINGS } = await import('../../src/domain/settings');
    const wanted = { ...DEFAULT_SETTINGS, staleDays: 120 };
    expect(await call('saveSettings', { settings: wanted, version: null }, forgeContext('acc-admin', 'ABC'))).toEqual({ settings: wanted, version: 1 });
    const stored = await new ProjectStores(new ForgeKvsStore(), 'cloud-1').readSettings('ABC');
    expect(stored).toMatchObject({ version: 1, savedBy: 'acc-admin', settings: wanted });
  });

  it('the consumer ignores an event body that names no project, without throwing', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(entry.consumer({ body: { boardId: 3 } }, { installContext: 'ari:cloud:jira::site/cloud-1' })).resolves.toBeUndefined();
    errors.mockRestore();
    expect(requests).toEqual([]);
    expect(kvsData.size).toBe(0);
  });

  it('the nightly trigger lists projects as the app and queues its first wave and the next, at most 50 events per push', async () => {
    const projects = Array.from({ length: 425 }, (_, i) => ({ id: String(i), key: `P${i}`, name: `Project ${i}` }));
    answer = (req) => {
      if (req.path !== '/rest/api/3/project/search') return { status: 404, body: {} };
      const startAt = Number(req.query.get('startAt') ?? 0);
      const maxResults = Number(req.query.get('maxResults') ?? 50);
      const values = projects.slice(startAt, startAt + maxResults);
      return { status: 200, body: { startAt, maxResults, total: projects.length, isLast: startAt + maxResults >= projects.length, values } };
    };
    await entry.nightly({ context: { cloudId: 'cloud-1' } }, { installContext: 'ari:cloud:jira::site/cloud-1' });
    expect(requests.every((r) => r.as === 'app')).toBe(true);
    // Jira has said nothing of its request budget yet, so the first wave takes 50 projects (src/forge/night.ts),
    // delivered at once, and the next wave is due in 900 s, Forge's longest delay.
    expect(pushes.map((p) => p.length)).toEqual([50, 1]);
    expect(new Set(pushes[0].map((e) => (e as { body: { projectKey: string } }).body.projectKey)).size).toBe(50);
    expect(pushes[1]).toEqual([{ body: { kind: 'night-wave', requestedAt: expect.any(String) }, delayInSeconds: 900 }]);
    expect(pushes.map((p) => (p[0] as { delayInSeconds?: number }).delayInSeconds)).toEqual([undefined, 900]);
  });
});
