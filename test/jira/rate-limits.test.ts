/**
 * Reading Jira's rate-limit headers (rate-limits.ts), and the client's pace by them: one request at
 * a time, a second apart, while the budget is near its end; a 429 without Retry-After waits for the
 * window its X-RateLimit-Reset names; a wait too long for the caller fails saying how long it was.
 */
import { JiraClient } from '../../src/jira/client';
import { readRateLimitHeaders } from '../../src/jira/rate-limits';
import type { JiraResponse } from '../../src/jira/transport';
import { VirtualClock } from '../../src/local/bench/virtual-clock';
import { FakeTransport, ok, status } from './fake-transport';

const NOW = Date.UTC(2026, 2, 2, 13, 45, 0);

describe('readRateLimitHeaders', () => {
  it('reads the documented headers, and flags the last fifth of the budget whether or not Jira does', () => {
    expect(readRateLimitHeaders({ 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '400', 'x-ratelimit-reset': '2026-03-02T14:00Z' }, NOW)).toEqual({
      limit: 1000, remaining: 400, resetAtMs: Date.UTC(2026, 2, 2, 14, 0), nearLimit: false, readAtMs: NOW,
    });
    expect(readRateLimitHeaders({ 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '199' }, NOW)?.nearLimit).toBe(true);
    expect(readRateLimitHeaders({ 'x-ratelimit-nearlimit': 'true' }, NOW)).toEqual({ limit: null, remaining: null, resetAtMs: null, nearLimit: true, readAtMs: NOW });
  });

  it('reads the beta quota headers when the documented ones are absent', () => {
    const reading = readRateLimitHeaders({ 'beta-ratelimit-policy': '"tenant-app-quota";q=100100;w=3600', 'beta-ratelimit': '"tenant-app-quota";r=17842;t=2107' }, NOW);
    expect(reading).toEqual({ limit: 100100, remaining: 17842, resetAtMs: NOW + 2107 * 1000, nearLimit: true, readAtMs: NOW });
  });

  it('gives null for an answer without any of them, and ignores values that are not numbers', () => {
    expect(readRateLimitHeaders({ 'content-type': 'application/json' }, NOW)).toBeNull();
    expect(readRateLimitHeaders({ 'x-ratelimit-limit': 'lots', 'x-ratelimit-remaining': '-3' }, NOW)).toBeNull();
  });
});

/** A client over answers from `answer`, on a simulated clock that only its own waits move. */
function clientOn(answer: (index: number) => JiraResponse | Promise<JiraResponse>) {
  const clock = new VirtualClock(NOW);
  const starts: { at: number; index: number }[] = [];
  let inFlight = 0;
  let most = 0;
  const transport = new FakeTransport(async (_req, index) => {
    starts.push({ at: clock.now(), index });
    inFlight += 1;
    most = Math.max(most, inFlight);
    await new Promise((resolve) => setImmediate(resolve));
    inFlight -= 1;
    return answer(index);
  });
  const client = new JiraClient(transport, { sleep: clock.sleep, nowMs: clock.now, random: () => 0 });
  return { client, starts, most: () => most, run: <T>(work: Promise<T>) => clock.run(work) };
}

describe('the client paced by the rate-limit headers', () => {
  it('sends one request at a time, a second apart, once Jira says the budget is nearly spent, and four at once again after', async () => {
    const near = { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '150' };
    const plenty = { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '1000' };
    let reset = false;
    const { client, starts, most, run } = clientOn(() => ok([], reset ? plenty : near));
    await run(client.getFields());
    expect(client.rateLimit?.nearLimit).toBe(true);
    await run(Promise.all(Array.from({ length: 4 }, () => client.getStatuses())));
    expect(most()).toBe(1);
    const gaps = starts.slice(1).map((s, i) => s.at - starts[i].at);
    expect(gaps).toEqual([0, 1000, 1000, 1000]);
    reset = true;
    await run(client.getFields());
    await run(Promise.all(Array.from({ length: 4 }, () => client.getStatuses())));
    expect(client.rateLimit?.nearLimit).toBe(false);
    expect(most()).toBe(4);
  });

  it('a 429 without Retry-After waits until the X-RateLimit-Reset it names, then asks again', async () => {
    const { client, starts, run } = clientOn((index) => (index === 0 ? status(429, null, { 'x-ratelimit-reset': '2026-03-02T13:45:30Z' }) : ok([])));
    await run(client.getFields());
    expect(starts.map((s) => s.at - NOW)).toEqual([0, 30_000]);
  });

  it('a wait longer than a refresh can afford fails at once, saying how long Jira asked for', async () => {
    const { client, run } = clientOn(() => status(429, null, { 'retry-after': '900', 'ratelimit-reason': 'jira-quota-tenant-based' }));
    await expect(run(client.getFields())).rejects.toMatchObject({ kind: 'rate-limited', retryAfterMs: 900_000 });
  });
});
