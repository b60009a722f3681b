import { JiraClient } from '../../src/jira/client';
import { JiraError } from '../../src/jira/errors';
import { PAGE_RETRY_POLICY, REFRESH_RETRY_POLICY, RequestLimiter, backoffDelayMs, retryAfterMs, retryAfterWaitMs } from '../../src/jira/retry';
import { TransportError } from '../../src/jira/transport';
import { FakeTransport, example, ok, recordingSleep, status } from './fake-transport';

describe('retry policy', () => {
  it('backoff doubles from 1 s, scaled by jitter in [0.7, 1.3], capped at 30 s', () => {
    expect(backoffDelayMs(0, () => 0)).toBe(700);
    expect(backoffDelayMs(0, () => 0.5)).toBe(1000);
    expect(backoffDelayMs(1, () => 0.5)).toBe(2000);
    expect(backoffDelayMs(3, () => 1)).toBe(10_400); // 8000 × 1.3
    expect(backoffDelayMs(5, () => 0.5)).toBe(30_000); // 32000 capped
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('7', 0)).toBe(7000);
    expect(retryAfterMs(undefined, 0)).toBeNull();
    expect(retryAfterMs('soon', 0)).toBeNull();
    const now = Date.parse('2026-03-02T09:00:00Z');
    expect(retryAfterMs('Mon, 02 Mar 2026 09:00:05 GMT', now)).toBe(5000);
  });

  it('adds 0 to 20 % jitter to a Retry-After wait, never less than Jira asked', () => {
    expect(retryAfterWaitMs(7000, () => 0)).toBe(7000);
    expect(retryAfterWaitMs(7000, () => 0.5)).toBe(7700); // 7000 + 7000 × 0.2 × 0.5
    expect(retryAfterWaitMs(2000, () => 0.999)).toBe(2400); // 2000 + round(399.6)
    expect(retryAfterWaitMs(0, () => 0.7)).toBe(0);
  });

  it('a page retries less and sooner than a refresh', () => {
    // Refresh: 4 retries, 1, 2, 4, 8 s (jitter 1.0); page: 2 retries, 0.5 and 1 s, at most 2 s.
    expect([0, 1, 2, 3].map((n) => backoffDelayMs(n, () => 0.5, REFRESH_RETRY_POLICY))).toEqual([1000, 2000, 4000, 8000]);
    expect([0, 1, 2].map((n) => backoffDelayMs(n, () => 0.5, PAGE_RETRY_POLICY))).toEqual([500, 1000, 2000]);
    expect(backoffDelayMs(3, () => 1, PAGE_RETRY_POLICY)).toBe(2000);
    expect(PAGE_RETRY_POLICY).toMatchObject({ maxRetries: 2, maxRetryAfterMs: 5000 });
  });
});

describe('JiraClient retries', () => {
  it('waits the Retry-After a 429 asks for plus its jitter, then succeeds', async () => {
    const { sleep, waits } = recordingSleep();
    const transport = new FakeTransport((_req, i) => (i === 0 ? status(429, null, { 'retry-after': '7' }) : ok(example('statuses'))));
    const client = new JiraClient(transport, { sleep, random: () => 0.5 });
    const statuses = await client.getStatuses();
    expect(statuses).toHaveLength(2);
    // The limiter's pause for later requests: exactly the 7 s asked; the request itself: 7 s + 7 s × 0.2 × 0.5.
    expect(waits).toEqual([7000, 7700]);
    expect(client.requestCount).toBe(2);
  });

  it('backs off exponentially on 5xx and gives a typed server error when retries run out', async () => {
    const { sleep, waits } = recordingSleep();
    const transport = new FakeTransport(() => status(503, { errorMessages: ['Service unavailable'] }));
    const client = new JiraClient(transport, { sleep, random: () => 0.5 });
    const failure = await client.getBoardConfig(12).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(JiraError);
    expect(failure).toMatchObject({ kind: 'server', status: 503, endpoint: 'GET /rest/agile/1.0/board/12/configuration' });
    expect((failure as Error).message).toBe(
      'Could not read the configuration of board 12: Jira had a problem on its side and kept having it after several retries (HTTP 503, GET /rest/agile/1.0/board/12/configuration). Jira said: "Service unavailable".',
    );
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
    expect(client.requestCount).toBe(5);
  });

  it('retries timeouts, and does not retry a 403', async () => {
    const { sleep, waits } = recordingSleep();
    const flaky = new FakeTransport((req, i) => {
      if (i < 2) throw new TransportError('timeout', 'GET /rest/api/3/field', 'Jira did not answer within 100 ms.');
      return ok([]);
    });
    const client = new JiraClient(flaky, { sleep, random: () => 0 });
    expect(await client.getFields()).toEqual([]);
    expect(waits).toEqual([700, 1400]);

    const denied = new FakeTransport(() => status(403, { errorMessages: ['You do not have permission'] }));
    const deniedClient = new JiraClient(denied, { sleep });
    await expect(deniedClient.getFields()).rejects.toMatchObject({ kind: 'forbidden', status: 403 });
    expect(deniedClient.requestCount).toBe(1);
  });

  it('maps statuses to kinds: 401 auth, 404 not-found, network failures network', async () => {
    const { sleep } = recordingSleep();
    await expect(new JiraClient(new FakeTransport(() => status(401)), { sleep }).getFields()).rejects.toMatchObject({ kind: 'auth' });
    await expect(new JiraClient(new FakeTransport(() => status(404)), { sleep }).getBoardConfig(1)).rejects.toMatchObject({ kind: 'not-found' });
    const down = new FakeTransport(() => {
      throw new TransportError('network', 'GET /rest/api/3/field', 'Connection refused.');
    });
    const downClient = new JiraClient(down, { sleep });
    await expect(downClient.getFields()).rejects.toMatchObject({ kind: 'network' });
    expect(downClient.requestCount).toBe(5);
  });

  it('an error that is not a transport failure is passed on unchanged, without retries', async () => {
    const bug = new RangeError('a bug in a transport');
    const client = new JiraClient(
      new FakeTransport(() => {
        throw bug;
      }),
      { sleep: recordingSleep().sleep },
    );
    await expect(client.getFields()).rejects.toBe(bug);
    expect(client.requestCount).toBe(1);
  });

  it('a malformed success body is retried twice with backoff, then fails as malformed', async () => {
    const { sleep, waits } = recordingSleep();
    const transport = new FakeTransport(() => {
      throw new TransportError('malformed', 'GET /rest/api/3/field', 'Not JSON.');
    });
    const client = new JiraClient(transport, { sleep, random: () => 0.5 });
    const failure = await client.getFields().catch((e: unknown) => e);
    expect(failure).toMatchObject({ kind: 'malformed', endpoint: 'GET /rest/api/3/field' });
    expect((failure as Error).message).toBe('Could not read the list of fields: Jira answered with something we could not read (GET /rest/api/3/field). Not JSON.');
    expect(client.requestCount).toBe(3);
    expect(waits).toEqual([1000, 2000]);
  });

  it('a body cut short once is read on the second try', async () => {
    const { sleep, waits } = recordingSleep();
    const transport = new FakeTransport((_req, i) => {
      if (i === 0) throw new TransportError('malformed', 'GET /rest/api/3/status', 'Cut short.');
      return ok(example('statuses'));
    });
    const client = new JiraClient(transport, { sleep, random: () => 0.5 });
    expect((await client.getStatuses()).map((s) => s.id)).toEqual(['10000', '5']);
    expect(waits).toEqual([1000]);
  });

  it('malformed answers use at most two of the four retries: a 503 after them still gets its retry', async () => {
    const { sleep, waits } = recordingSleep();
    // malformed, malformed, 503, then success: 3 retries in all, 2 of them for malformed answers.
    const transport = new FakeTransport((_req, i) => {
      if (i < 2) throw new TransportError('malformed', 'GET /rest/api/3/status', 'Cut short.');
      return i === 2 ? status(503) : ok(example('statuses'));
    });
    const client = new JiraClient(transport, { sleep, random: () => 0.5 });
    expect(await client.getStatuses()).toHaveLength(2);
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(client.requestCount).toBe(4);
  });
});

describe('RequestLimiter', () => {
  it('never runs more than maxConcurrency tasks at once', async () => {
    const limiter = new RequestLimiter(2, async () => undefined);
    let running = 0;
    let highest = 0;
    const releases: (() => void)[] = [];
    const task = () =>
      limiter.run(async () => {
        running += 1;
        highest = Math.max(highest, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
      });
    const all = Promise.all([task(), task(), task(), task(), task()]);
    for (let released = 0; released < 5; released += 1) {
      while (releases.length === 0) await new Promise((r) => setImmediate(r));
      releases.shift()!();
    }
    await all;
    expect(highest).toBe(2);
  });

  it('holds new requests while a pause is in force', async () => {
    let endPause: () => void = () => undefined;
    const limiter = new RequestLimiter(4, () => new Promise<void>((resolve) => (endPause = resolve)));
    limiter.pause(5000);
    let started = false;
    const run = limiter.run(async () => {
      started = true;
    });
    await new Promise((r) => setImmediate(r));
    expect(started).toBe(false);
    endPause();
    await run;
    expect(started).toBe(true);
  });

  it('refuses a concurrency below 1', () => {
    expect(() => new RequestLimiter(0, async () => undefined)).toThrow(/at least 1/);
  });
});
