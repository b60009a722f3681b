/**
 * The emulator's points quota and per-second rate (rate-budget.ts): what each answer costs, the
 * headers every answer carries, and the 429s past either limit, on the emulator's own clock.
 */
import { RateBudget, objectsIn } from '../../src/local/emulator/rate-budget';
import { makeFixture } from './fixture';
import { call, start } from './helpers';

const HOUR = 60 * 60 * 1000;
const T0 = Date.UTC(2026, 2, 2, 13, 45, 0); // 15 minutes before the hour ends

describe('RateBudget', () => {
  it('charges one point per request and one per object, says what is left, and flags the last fifth', () => {
    const budget = new RateBudget({ pointsPerHour: 100, requestsPerSecond: 1000, burst: 1000 });
    expect(budget.admit('GET /x', T0).refusal).toBeNull();
    budget.charge(49, T0);
    expect(budget.headers(T0)).toEqual({ 'X-RateLimit-Limit': '100', 'X-RateLimit-Remaining': '50', 'X-RateLimit-Reset': '2026-03-02T14:00Z' });
    budget.charge(30, T0);
    expect(budget.headers(T0)).toEqual({ 'X-RateLimit-Limit': '100', 'X-RateLimit-Remaining': '19', 'X-RateLimit-Reset': '2026-03-02T14:00Z', 'X-RateLimit-NearLimit': 'true' });
    budget.charge(30, T0);
    // Spent past the quota: every request is refused until the hour ends (15 minutes here), and costs nothing.
    expect(budget.admit('GET /x', T0).refusal).toEqual({ retryAfterSeconds: 900, reason: 'jira-quota-tenant-based' });
    expect(budget.headers(T0)['X-RateLimit-Remaining']).toBe('0');
    expect(budget.admit('GET /x', T0 + 15 * 60 * 1000).refusal).toBeNull();
    expect(budget.headers(T0 + 15 * 60 * 1000)).toEqual({ 'X-RateLimit-Limit': '100', 'X-RateLimit-Remaining': '100', 'X-RateLimit-Reset': '2026-03-02T15:00Z' });
    expect(budget.stats()).toEqual({ pointsSpent: 50 + 31 + 31, quotaRefusals: 1, burstRefusals: 0 });
  });

  it('lets each endpoint take a burst, then refills it at the sustained rate', () => {
    const budget = new RateBudget({ pointsPerHour: 10_000, requestsPerSecond: 2, burst: 3 });
    const at = (ms: number, endpoint = 'POST /rest/api/3/search/jql') => budget.admit(endpoint, T0 + ms).refusal;
    expect([at(0), at(0), at(0)]).toEqual([null, null, null]);
    expect(at(0)).toEqual({ retryAfterSeconds: 1, reason: 'jira-burst-based' });
    expect(at(0, 'GET /rest/api/3/field')).toBeNull(); // another endpoint has its own bucket
    expect(at(499)).toEqual({ retryAfterSeconds: 1, reason: 'jira-burst-based' }); // 0.998 of a token
    expect(at(500)).toBeNull();
    expect(budget.stats()).toEqual({ pointsSpent: 0, quotaRefusals: 0, burstRefusals: 2 });
  });

  it('counts the objects of an answer: a plain list, or the list of a page', () => {
    expect(objectsIn([1, 2, 3])).toBe(3);
    expect(objectsIn({ issues: [1, 2], nextPageToken: 'x' })).toBe(2);
    expect(objectsIn({ values: [1], isLast: true })).toBe(1);
    expect(objectsIn({ issueChangeLogs: [1, 2, 3, 4] })).toBe(4);
    expect(objectsIn({ accountId: 'a' })).toBe(0);
    expect(objectsIn(null)).toBe(0);
  });

  it('refuses settings that are not above 0', () => {
    expect(() => new RateBudget({ pointsPerHour: 0, requestsPerSecond: 1, burst: 1 })).toThrow(/pointsPerHour must be a number above 0/);
  });
});

describe('the emulator with rate limits', () => {
  it('sends the quota headers on every answer and refuses with 429, Retry-After and the reason once it is spent', async () => {
    let now = T0;
    const statusCount = makeFixture().statuses.length;
    const emulator = await start({ rateLimits: { pointsPerHour: 5 + statusCount, requestsPerSecond: 100, burst: 100 }, clock: () => now });
    try {
      const statuses = await call(emulator, '/rest/api/3/status');
      const count = statuses.json.length;
      expect(count).toBeGreaterThan(0);
      // The list of statuses costs a point and one per status; /myself costs one point.
      expect(statuses.headers.get('x-ratelimit-limit')).toBe(String(5 + count));
      expect(statuses.headers.get('x-ratelimit-remaining')).toBe('4');
      for (const left of ['3', '2', '1', '0']) expect((await call(emulator, '/rest/api/3/myself')).headers.get('x-ratelimit-remaining')).toBe(left);
      const refused = await call(emulator, '/rest/api/3/myself');
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('900');
      expect(refused.headers.get('ratelimit-reason')).toBe('jira-quota-tenant-based');
      expect(refused.headers.get('x-ratelimit-reset')).toBe('2026-03-02T14:00Z');
      now += HOUR / 4;
      expect((await call(emulator, '/rest/api/3/myself')).status).toBe(200);
      expect(emulator.rateLimitStats()).toEqual({ pointsSpent: 1 + count + 4 + 1, quotaRefusals: 1, burstRefusals: 0 });
      emulator.setRateLimits(null);
      expect((await call(emulator, '/rest/api/3/myself')).headers.get('x-ratelimit-limit')).toBeNull();
      expect(emulator.rateLimitStats()).toBeNull();
    } finally {
      await emulator.stop();
    }
  });
});
