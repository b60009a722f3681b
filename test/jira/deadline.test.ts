/**
 * The time budget of a page's Jira calls (deadline.ts, page-clients.ts), on a fake clock: nothing
 * really waits. The fake sleep moves the clock to the end of the wait; waits begun at the same
 * moment (the limiter's pause and the request's own retry wait) overlap, as they do for real.
 */
import { Deadline, PAGE_TIME_BUDGET_MS } from '../../src/jira/deadline';
import { JiraError } from '../../src/jira/errors';
import { pageClients } from '../../src/jira/page-clients';
import { TransportError } from '../../src/jira/transport';
import { FakeTransport, example, ok, status } from './fake-transport';
import type { Handler } from './fake-transport';

function fakeClock() {
  let now = 0;
  const waits: number[] = [];
  return {
    waits,
    nowMs: () => now,
    advance: (ms: number) => void (now += ms),
    sleep: async (ms: number) => {
      const end = now + ms;
      waits.push(ms);
      await Promise.resolve();
      now = Math.max(now, end);
    },
  };
}

/** Page clients over one scripted transport, on a fake clock, jitter 0.5. */
function pageSetup(handler: Handler) {
  const clock = fakeClock();
  const transport = new FakeTransport(handler);
  const makeClient = pageClients(() => transport, { nowMs: clock.nowMs, sleep: clock.sleep, random: () => 0.5 });
  return { clock, transport, makeClient };
}

describe('Deadline', () => {
  it('counts down from its creation and allows only waits that end before it', () => {
    const clock = fakeClock();
    const deadline = new Deadline(15_000, clock.nowMs);
    clock.advance(14_000);
    expect(deadline.remainingMs()).toBe(1000);
    expect(deadline.allows(999)).toBe(true);
    expect(deadline.allows(1000)).toBe(false);
    clock.advance(2000);
    expect(deadline.remainingMs()).toBe(-1000);
    expect(PAGE_TIME_BUDGET_MS).toBe(15_000);
  });

  it('refuses a budget of 0 or less', () => {
    expect(() => new Deadline(0)).toThrow(/above 0 ms/);
  });
});

describe('page clients', () => {
  it('retry a 5xx twice, after 0.5 s and 1 s, then give the usual server error', async () => {
    const { clock, transport, makeClient } = pageSetup(() => status(503));
    const failure = await makeClient().getStatuses().catch((e: unknown) => e);
    expect(failure).toMatchObject({ kind: 'server', status: 503 });
    expect((failure as Error).message).toBe('Could not read the list of statuses: Jira had a problem on its side and kept having it after several retries (HTTP 503, GET /rest/api/3/status).');
    expect(clock.waits).toEqual([500, 1000]);
    expect(transport.requests).toHaveLength(3);
  });

  it('wait for a Retry-After of up to 5 s, plus jitter, and succeed', async () => {
    const { clock, makeClient } = pageSetup((_req, i) => (i === 0 ? status(429, null, { 'retry-after': '4' }) : ok(example('statuses'))));
    expect(await makeClient().getStatuses()).toHaveLength(2);
    // The limiter's pause (4 s) and the retry's wait (4 s + 4 s × 0.2 × 0.5) overlap: 4.4 s in all.
    expect(clock.waits).toEqual([4000, 4400]);
    expect(clock.nowMs()).toBe(4400);
  });

  it('do not wait for a Retry-After over 5 s: they fail at once, saying the page cannot wait that long', async () => {
    const { clock, transport, makeClient } = pageSetup(() => status(429, null, { 'retry-after': '6' }));
    const failure = await makeClient().listProjects().catch((e: unknown) => e);
    expect(failure).toMatchObject({ kind: 'rate-limited', status: 429 });
    expect((failure as Error).message).toBe(
      'Could not list the projects: Jira asked us to wait 6 s before trying again, longer than this page can wait (HTTP 429, GET /rest/api/3/project/search). Please try again in a moment.',
    );
    expect(clock.waits).toEqual([]);
    expect(transport.requests).toHaveLength(1);
  });

  it('stop retrying when the next wait would end after the budget, with a typed out-of-time error', async () => {
    const { clock, makeClient } = pageSetup(() => status(503));
    clock.advance(14_000);
    const failure = await makeClient().getStatuses().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(JiraError);
    expect(failure).toMatchObject({ kind: 'out-of-time', status: 503, endpoint: 'GET /rest/api/3/status' });
    expect((failure as Error).message).toBe(
      'Could not read the list of statuses: Jira had a problem on its side, and this page cannot wait more than 15 s for Jira (HTTP 503, GET /rest/api/3/status). Please try again in a moment.',
    );
    // 14.5 s still fits; the second retry would end at 15.5 s, so it is not waited for.
    expect(clock.waits).toEqual([500]);
    expect(clock.nowMs()).toBe(14_500);
  });

  it('send nothing once the budget is spent', async () => {
    const { clock, transport, makeClient } = pageSetup(() => ok(example('statuses')));
    clock.advance(15_000);
    const failure = await makeClient().listProjects().catch((e: unknown) => e);
    expect(failure).toMatchObject({ kind: 'out-of-time', endpoint: 'GET /rest/api/3/project/search' });
    expect((failure as Error).message).toBe(
      'Could not list the projects: this page had already waited the 15 s it can wait for Jira, so we did not ask (GET /rest/api/3/project/search). Please try again in a moment.',
    );
    expect(transport.requests).toHaveLength(0);
  });

  it('share one budget however many clients a page makes: Jira asking for 5 s again and again ends the page within 15 s', async () => {
    const { clock, transport, makeClient } = pageSetup(() => status(429, null, { 'retry-after': '5' }));
    const first = await makeClient().getStatuses().catch((e: unknown) => e);
    // Two retries of 5.5 s each (pauses overlap them): the usual rate-limited error at 11 s.
    expect(first).toMatchObject({ kind: 'rate-limited', status: 429 });
    expect(clock.nowMs()).toBe(11_000);
    const second = await makeClient().getFields().catch((e: unknown) => e);
    // A second client of the same page has 4 s left: its first retry (5.5 s) would not fit.
    expect(second).toMatchObject({ kind: 'out-of-time', status: 429 });
    expect((second as Error).message).toBe(
      'Could not read the list of fields: Jira asked us to slow down, and this page cannot wait more than 15 s for Jira (HTTP 429, GET /rest/api/3/field). Please try again in a moment.',
    );
    expect(clock.nowMs()).toBe(11_000);
    expect(transport.requests).toHaveLength(4);
    // A new page request gets a budget of its own.
    const nextPage = pageClients(() => transport, { nowMs: clock.nowMs, sleep: clock.sleep, random: () => 0.5 });
    await expect(nextPage().getFields()).rejects.toMatchObject({ kind: 'rate-limited' });
    expect(clock.nowMs()).toBe(22_000);
  });

  it('a slow timeout that keeps happening: the time a try took counts, and the retry that would end too late is not made', async () => {
    const clock = fakeClock();
    // Each try takes 7 s on the clock before the transport gives up.
    const transport = new FakeTransport(() => {
      clock.advance(7000);
      throw new TransportError('timeout', 'GET /rest/api/3/field', 'Jira did not answer GET /rest/api/3/field within 7000 ms.');
    });
    const makeClient = pageClients(() => transport, { nowMs: clock.nowMs, sleep: clock.sleep, random: () => 0.5 });
    const failure = await makeClient().getFields().catch((e: unknown) => e);
    // Try 1 ends at 7 s, wait 0.5 s, try 2 ends at 14.5 s; a 1 s wait would end at 15.5 s.
    expect(failure).toMatchObject({ kind: 'out-of-time', endpoint: 'GET /rest/api/3/field' });
    expect((failure as Error).message).toBe(
      'Could not read the list of fields: we could not reach Jira, and this page cannot wait more than 15 s for Jira (GET /rest/api/3/field). Please try again in a moment.',
    );
    expect(transport.requests).toHaveLength(2);
    expect(clock.waits).toEqual([500]);
  });
});
