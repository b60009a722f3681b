/**
 * The Jira clients the Forge shell hands out (src/forge/resolvers.ts forgeDeps): resolvers get page
 * clients (short retries, a 15 s budget for the whole call), the queue consumer and the nightly
 * trigger patient refresh clients. Only the product-fetch edge is mocked; jest's fake timers stand
 * in for the clock, so nothing really waits.
 */
const requestJira = jest.fn();
jest.mock('@forge/api', () => {
  const actual = jest.requireActual('@forge/api');
  const edge = { asUser: () => ({ requestJira }), asApp: () => ({ requestJira }) };
  return { __esModule: true, ...actual, ...edge, route: actual.route, default: { ...actual.default, ...edge } };
});
jest.mock('@forge/events', () => ({ Queue: jest.fn().mockImplementation(() => ({ push: jest.fn() })) }));
jest.mock('@forge/kvs', () => ({ kvs: {}, WhereConditions: { beginsWith: jest.fn() } }));

import { forgeDeps } from '../../src/forge/resolvers';

const CTX = { accountId: 'acc-alice', projectKey: 'ABC' };

function answer(status: number, headers: Record<string, string> = {}) {
  return { status, ok: status < 300, headers: new Headers(headers), text: async () => '' };
}

/** Runs `call` to its end while moving the fake clock on; gives what it threw. */
async function settle(call: Promise<unknown>): Promise<unknown> {
  const outcome = call.then(
    () => 'no error',
    (e: unknown) => e,
  );
  await jest.advanceTimersByTimeAsync(120_000);
  return outcome;
}

beforeEach(() => {
  jest.useFakeTimers();
  requestJira.mockReset();
});
afterEach(() => jest.useRealTimers());

describe('forgeDeps', () => {
  it('a resolver\'s client gives up a 503 after 3 tries; the consumer\'s after 5', async () => {
    requestJira.mockImplementation(async () => answer(503));
    const deps = forgeDeps('site-1');
    expect(await settle(deps.jiraAsUser(CTX).getStatuses())).toMatchObject({ kind: 'server', status: 503 });
    expect(requestJira).toHaveBeenCalledTimes(3);
    requestJira.mockClear();
    expect(await settle(deps.jiraAsApp().getStatuses())).toMatchObject({ kind: 'server', status: 503 });
    expect(requestJira).toHaveBeenCalledTimes(5);
  });

  it('a resolver does not wait for a 10 s Retry-After (a page cannot); the consumer does', async () => {
    requestJira.mockImplementation(async () => answer(429, { 'Retry-After': '10' }));
    const deps = forgeDeps('site-1');
    const failure = await settle(deps.jiraAsUser(CTX).listProjects());
    expect((failure as Error).message).toBe(
      'Could not list the projects: Jira asked us to wait 10 s before trying again, longer than this page can wait (HTTP 429, GET /rest/api/3/project/search). Please try again in a moment.',
    );
    expect(requestJira).toHaveBeenCalledTimes(1);
    requestJira.mockClear();
    expect(await settle(deps.jiraAsApp().listProjects())).toMatchObject({ kind: 'rate-limited', status: 429 });
    expect(requestJira).toHaveBeenCalledTimes(5);
  });

  it('every client of one resolver call shares its 15 s: a later client finds the time spent', async () => {
    requestJira.mockImplementation(async () => answer(503));
    const deps = forgeDeps('site-1');
    await jest.advanceTimersByTimeAsync(15_000);
    const failure = await settle(deps.jiraAsUser(CTX).getFields());
    expect(failure).toMatchObject({ kind: 'out-of-time' });
    expect(requestJira).not.toHaveBeenCalled();
    // The next resolver call builds its deps again, with a budget of its own.
    requestJira.mockImplementation(async () => ({ ...answer(200), text: async () => '[]' }));
    expect(await settle(forgeDeps('site-1').jiraAsUser(CTX).getFields())).toBe('no error');
  });
});
