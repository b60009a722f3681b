import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpTransport } from '../../src/local/http-transport';
import { TransportError } from '../../src/jira/transport';

const TOKEN = 'secret-token-123';

function fakeFetch(respond: (url: string, init: RequestInit) => Response | Promise<Response>): { fetchImpl: typeof fetch; calls: { url: string; init: RequestInit }[] } {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return respond(String(url), init ?? {});
  }) as typeof fetch;
  return { fetchImpl, calls };
}

describe('createHttpTransport', () => {
  it('sends Basic auth, the query and a JSON body, and lower-cases response headers', async () => {
    const { fetchImpl, calls } = fakeFetch(() => new Response('{"ok":true}', { status: 200, headers: { 'Retry-After': '3', 'Content-Type': 'application/json' } }));
    const transport = createHttpTransport({ baseUrl: 'https://example.atlassian.net/', email: 'me@example.com', apiToken: TOKEN, fetchImpl });
    const response = await transport.send({ method: 'POST', path: '/rest/api/3/search/jql', query: { a: 'x y', skip: undefined, n: 2 }, body: { jql: 'project = A' } });
    expect(response).toEqual({ status: 200, headers: { 'retry-after': '3', 'content-type': 'application/json' }, body: { ok: true } });
    expect(calls[0].url).toBe('https://example.atlassian.net/rest/api/3/search/jql?a=x+y&n=2');
    const headers = calls[0].init.headers as Record<string, string>;
    expect(headers.Authorization).toBe(`Basic ${Buffer.from(`me@example.com:${TOKEN}`).toString('base64')}`);
    expect(headers['Content-Type']).toBe('application/json');
    expect(calls[0].init.body).toBe('{"jql":"project = A"}');
  });

  it('gives a 2xx answer asked for in pieces as its whole text when the answer has no body stream, and an error answer parsed', async () => {
    const textOnly = (status: number, text: string) => ({ status, headers: new Headers(), text: async () => text }) as unknown as Response;
    const asked = { method: 'POST' as const, path: '/rest/api/3/changelog/bulkfetch', body: {}, readAs: 'pieces' as const };
    const ok = createHttpTransport({ baseUrl: 'https://x.test', email: 'e', apiToken: TOKEN, fetchImpl: fakeFetch(() => textOnly(200, '{"issueChangeLogs":[]}')).fetchImpl });
    expect((await ok.send(asked)).body).toBe('{"issueChangeLogs":[]}');
    const refused = createHttpTransport({ baseUrl: 'https://x.test', email: 'e', apiToken: TOKEN, fetchImpl: fakeFetch(() => new Response('{"errorMessages":["no"]}', { status: 400 })).fetchImpl });
    expect((await refused.send(asked)).body).toEqual({ errorMessages: ['no'] });
  });

  it('gives an empty body as null, and a broken 200 body as a malformed error', async () => {
    const empty = createHttpTransport({ baseUrl: 'https://x.test', email: 'e', apiToken: TOKEN, fetchImpl: fakeFetch(() => new Response(null, { status: 204 })).fetchImpl });
    expect((await empty.send({ method: 'GET', path: '/rest/api/3/status' })).body).toBeNull();

    const broken = createHttpTransport({ baseUrl: 'https://x.test', email: 'e', apiToken: TOKEN, fetchImpl: fakeFetch(() => new Response('{"half":', { status: 200 })).fetchImpl });
    const error = await broken.send({ method: 'GET', path: '/rest/api/3/status' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ kind: 'malformed', endpoint: 'GET /rest/api/3/status' });

    const proxyPage = createHttpTransport({ baseUrl: 'https://x.test', email: 'e', apiToken: TOKEN, fetchImpl: fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502 })).fetchImpl });
    expect(await proxyPage.send({ method: 'GET', path: '/rest/api/3/status' })).toEqual({ status: 502, headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: null });
  });

  it('turns network failures and timeouts into typed errors that never mention the token', async () => {
    const refused = createHttpTransport({
      baseUrl: 'https://x.test',
      email: 'e',
      apiToken: TOKEN,
      fetchImpl: fakeFetch(() => {
        throw new TypeError(`fetch failed for token ${TOKEN}`);
      }).fetchImpl,
    });
    const networkError = await refused.send({ method: 'GET', path: '/rest/api/3/field' }).catch((e: unknown) => e);
    expect(networkError).toMatchObject({ kind: 'network' });
    expect(String((networkError as Error).message)).not.toContain(TOKEN);

    const hanging = createHttpTransport({
      baseUrl: 'https://x.test',
      email: 'e',
      apiToken: TOKEN,
      timeoutMs: 5,
      fetchImpl: ((_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as unknown as typeof fetch,
    });
    const timeout = await hanging.send({ method: 'GET', path: '/rest/api/3/field' }).catch((e: unknown) => e);
    expect(timeout).toMatchObject({ kind: 'timeout', endpoint: 'GET /rest/api/3/field' });
  });

  it('refuses a base URL that is not a URL', () => {
    expect(() => createHttpTransport({ baseUrl: 'not a url', email: 'e', apiToken: TOKEN })).toThrow(/not a valid URL/);
  });

  it('talks to a real HTTP server on 127.0.0.1 with global fetch', async () => {
    const seen: { url?: string; auth?: string } = {};
    const server = createServer((req, res) => {
      seen.url = req.url;
      seen.auth = req.headers.authorization;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify([{ id: '1', name: 'To Do' }]));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const transport = createHttpTransport({ baseUrl: `http://127.0.0.1:${port}`, email: 'a@b.c', apiToken: TOKEN });
      const response = await transport.send({ method: 'GET', path: '/rest/api/3/status' });
      expect(response.body).toEqual([{ id: '1', name: 'To Do' }]);
      // Asked for in pieces, the same answer comes back unparsed, as it streams in (JiraRequest.readAs).
      const pieces: string[] = [];
      for await (const piece of (await transport.send({ method: 'GET', path: '/rest/api/3/status', readAs: 'pieces' })).body as AsyncIterable<string>) pieces.push(piece);
      expect(pieces.join('')).toBe('[{"id":"1","name":"To Do"}]');
      expect(seen.url).toBe('/rest/api/3/status');
      expect(seen.auth).toBe(`Basic ${Buffer.from(`a@b.c:${TOKEN}`).toString('base64')}`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('streams an answer asked for in pieces as the server sends it, and a connection cut midway fails the reading as a network fault', async () => {
    const text = JSON.stringify({ issueChangeLogs: [{ issueId: '1', changeHistories: [] }, { issueId: 'ë2', changeHistories: [] }] });
    const bytes = Buffer.from(text, 'utf8');
    const cut = bytes.indexOf(0xc3) + 1; // inside the two bytes of "ë"
    let sendRest: () => void = () => undefined;
    const server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(bytes.subarray(0, cut));
      if (req.url?.includes('cut')) setTimeout(() => res.destroy(), 20);
      else sendRest = () => res.end(bytes.subarray(cut));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const transport = createHttpTransport({ baseUrl: `http://127.0.0.1:${port}`, email: 'a@b.c', apiToken: TOKEN });
      const response = await transport.send({ method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body: {}, readAs: 'pieces' });
      const pieces: string[] = [];
      for await (const piece of response.body as AsyncIterable<string>) {
        pieces.push(piece);
        // The first piece has come before the server sent the rest.
        if (pieces.length === 1) sendRest();
      }
      expect(pieces.join('')).toBe(text);
      expect(pieces.length).toBeGreaterThan(1);

      const cutShort = await transport.send({ method: 'POST', path: '/rest/api/3/changelog/bulkfetch/cut', body: {}, readAs: 'pieces' });
      const error = await (async () => {
        for await (const piece of cutShort.body as AsyncIterable<string>) void piece;
      })().catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'TransportError', kind: 'network', endpoint: 'POST /rest/api/3/changelog/bulkfetch/cut' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
