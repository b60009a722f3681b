// Only the product-fetch edge is mocked; `route` stays the real one.
const requestJira = jest.fn();
const asUser = jest.fn(() => ({ requestJira }));
const asApp = jest.fn(() => ({ requestJira }));

jest.mock('@forge/api', () => {
  const actual = jest.requireActual('@forge/api');
  const edge = { asUser: () => asUser(), asApp: () => asApp() };
  return { __esModule: true, ...actual, ...edge, route: actual.route, default: { ...actual.default, ...edge } };
});

import { runInNewContext } from 'node:vm';
import { buildRoute, createForgeTransport } from '../../src/forge/transport';
import { JiraClient } from '../../src/jira/client';
import { TransportError } from '../../src/jira/transport';

function forgeResponse(status: number, text: string, headers: Record<string, string> = {}) {
  return { status, ok: status < 300, headers: new Headers(headers), text: async () => text };
}

beforeEach(() => {
  requestJira.mockReset();
  asUser.mockClear();
  asApp.mockClear();
});

describe('createForgeTransport', () => {
  it('calls requestJira as the user with a safe route and a JSON body', async () => {
    requestJira.mockResolvedValue(forgeResponse(200, '{"issues":[]}', { 'X-RateLimit-Remaining': '10' }));
    const transport = createForgeTransport('user');
    const response = await transport.send({ method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'project = "A"' } });
    expect(asUser).toHaveBeenCalledTimes(1);
    expect(asApp).not.toHaveBeenCalled();
    const [sentRoute, init] = requestJira.mock.calls[0];
    expect(sentRoute.value).toBe('/rest/api/3/search/jql');
    expect(init).toEqual({ method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, body: '{"jql":"project = \\"A\\""}' });
    expect(response).toEqual({ status: 200, headers: { 'x-ratelimit-remaining': '10' }, body: { issues: [] } });
  });

  it('gives a 2xx answer asked for in pieces unparsed (whole when the answer cannot stream), and an error answer parsed as usual', async () => {
    requestJira.mockResolvedValueOnce(forgeResponse(200, '{"issueChangeLogs":[]}'));
    const asked = { method: 'POST' as const, path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: ['1'] }, readAs: 'pieces' as const };
    expect((await createForgeTransport('app').send(asked)).body).toBe('{"issueChangeLogs":[]}');
    requestJira.mockResolvedValueOnce(forgeResponse(400, '{"errorMessages":["no"]}'));
    expect((await createForgeTransport('app').send(asked)).body).toEqual({ errorMessages: ['no'] });
  });

  it('reads a 2xx answer asked for in pieces as its body streams in, a character cut between chunks kept whole; a body lost midway is a network fault', async () => {
    const bytes = Buffer.from('{"issueChangeLogs":["Zoë"]}', 'utf8');
    const cut = bytes.indexOf(0xc3) + 1; // inside the two bytes of "ë"
    const chunks = [bytes.subarray(0, cut), bytes.subarray(cut)];
    const streaming = (failAfter: number | null) => ({
      ...forgeResponse(200, 'not read'),
      body: (async function* () {
        for (const [index, chunk] of chunks.entries()) {
          if (index === failAfter) throw Object.assign(new Error('socket hang up'), { name: 'SocketError' });
          yield new Uint8Array(chunk);
        }
      })(),
    });
    const asked = { method: 'POST' as const, path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: ['1'] }, readAs: 'pieces' as const };
    requestJira.mockResolvedValueOnce(streaming(null));
    const pieces: string[] = [];
    for await (const piece of (await createForgeTransport('app').send(asked)).body as AsyncIterable<string>) pieces.push(piece);
    expect(pieces.join('')).toBe('{"issueChangeLogs":["Zoë"]}');
    expect(pieces).toHaveLength(2);

    requestJira.mockResolvedValueOnce(streaming(1));
    const lost = (await createForgeTransport('app').send(asked)).body as AsyncIterable<string>;
    const error = await (async () => {
      for await (const piece of lost) void piece;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ kind: 'network', message: "Forge lost Jira's answer to POST /rest/api/3/changelog/bulkfetch while reading it (SocketError)." });
  });

  it('uses asApp in app mode and puts the query through URLSearchParams', async () => {
    requestJira.mockResolvedValue(forgeResponse(200, '{"values":[]}'));
    await createForgeTransport('app').send({ method: 'GET', path: '/rest/agile/1.0/board/12/sprint', query: { state: 'future,active,closed', startAt: 0, skip: undefined } });
    expect(asApp).toHaveBeenCalledTimes(1);
    expect(requestJira.mock.calls[0][0].value).toBe('/rest/agile/1.0/board/12/sprint?state=future%2Cactive%2Cclosed&startAt=0');
    expect(requestJira.mock.calls[0][1].body).toBeUndefined();
  });

  it('refuses path segments that try to leave the path', () => {
    expect(() => buildRoute({ method: 'GET', path: '/rest/agile/1.0/board/..%2e/x' })).toThrow(/path manipulation/);
    expect(() => buildRoute({ method: 'GET', path: 'rest/api' })).toThrow(/start with/);
  });

  it('turns a thrown fetch into a network error (consent requests pass through), and a broken 200 body into a malformed one', async () => {
    requestJira.mockRejectedValueOnce(new Error('proxy down'));
    await expect(createForgeTransport('app').send({ method: 'GET', path: '/rest/api/3/field' })).rejects.toMatchObject({ kind: 'network' });
    const consent = Object.assign(new Error('needs consent'), { name: 'NEEDS_AUTHENTICATION_ERR' });
    requestJira.mockRejectedValueOnce(consent);
    await expect(createForgeTransport('user').send({ method: 'GET', path: '/rest/api/3/field' })).rejects.toBe(consent);
    requestJira.mockResolvedValueOnce(forgeResponse(200, 'not json'));
    const error = await createForgeTransport('app').send({ method: 'GET', path: '/rest/api/3/field' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ kind: 'malformed' });
  });

  it('reads what requestJira throws by its name, whatever realm made it (src/jira/error-shapes.ts)', async () => {
    const consent = runInNewContext('Object.assign(new Error("needs consent"), { name: "NEEDS_AUTHENTICATION_ERR" })') as unknown;
    requestJira.mockRejectedValueOnce(consent);
    await expect(createForgeTransport('user').send({ method: 'GET', path: '/rest/api/3/field' })).rejects.toBe(consent);
    requestJira.mockRejectedValueOnce(runInNewContext('new TypeError("fetch failed")'));
    const error = await createForgeTransport('app').send({ method: 'GET', path: '/rest/api/3/field' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', message: 'Forge could not send GET /rest/api/3/field to Jira (TypeError).' });
  });

  it('a body lost while it was read is a network fault the client retries, not an internal error', async () => {
    const lost = { status: 200, ok: true, headers: new Headers(), text: () => Promise.reject(Object.assign(new Error('socket hang up'), { name: 'FetchError' })) };
    requestJira.mockResolvedValueOnce(lost);
    const error = await createForgeTransport('app').send({ method: 'GET', path: '/rest/api/3/status' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ kind: 'network', status: 200, message: "Forge lost Jira's answer to GET /rest/api/3/status while reading it (FetchError)." });

    // Through the client: the lost body is retried after 1 s and the second answer is read.
    requestJira.mockReset();
    requestJira.mockResolvedValueOnce(lost).mockResolvedValueOnce(forgeResponse(200, '[{"id":"1","name":"To Do"}]'));
    const waits: number[] = [];
    const client = new JiraClient(createForgeTransport('app'), { sleep: async (ms) => void waits.push(ms), random: () => 0.5 });
    expect(await client.getStatuses()).toEqual([{ id: '1', name: 'To Do' }]);
    expect(waits).toEqual([1000]);
    expect(requestJira).toHaveBeenCalledTimes(2);
  });

  it('a path the route refuses is a bug: thrown as it is, never sent and never retried', async () => {
    const client = new JiraClient(createForgeTransport('app'), { sleep: async () => undefined });
    await expect(client.getBoardConfig('..' as unknown as number)).rejects.toThrow(/path manipulation/);
    expect(requestJira).not.toHaveBeenCalled();
    expect(client.requestCount).toBe(1);
  });
});
