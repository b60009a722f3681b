import type { Emulator } from '../../src/local/emulator';
import { FaultPlanner, mulberry32 } from '../../src/local/emulator/faults';
import { call, start } from './helpers';

async function statuses(emulator: Emulator, count: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i += 1) out.push((await call(emulator, '/rest/api/3/myself')).status);
  return out;
}

describe('rate limiting', () => {
  test('every Nth request answers 429 with Retry-After, counted in stats', async () => {
    const emulator = await start({ faults: { rateLimitEveryN: 3 } });
    try {
      const replies = [];
      for (let i = 0; i < 6; i += 1) replies.push(await call(emulator, '/rest/api/3/myself'));
      expect(replies.map((r) => r.status)).toEqual([200, 200, 429, 200, 200, 429]);
      expect(replies[2].headers.get('retry-after')).toBe('1');
      expect(replies[2].json.errorMessages).toHaveLength(1);
      const stats = emulator.stats();
      expect(stats.faults).toEqual({ rateLimited: 2, serverErrors: 0, malformed: 0, total: 2 });
      expect(stats.log.filter((e) => e.fault === 'rate-limit').map((e) => e.seq)).toEqual([3, 6]);
    } finally {
      await emulator.stop();
    }
  });

  test('Retry-After can be set, or left out', async () => {
    const emulator = await start({ faults: { rateLimitEveryN: 1, retryAfterSeconds: 7 } });
    try {
      expect((await call(emulator, '/rest/api/3/myself')).headers.get('retry-after')).toBe('7');
      emulator.setFaults({ rateLimitEveryN: 1, retryAfterSeconds: null });
      const bare = await call(emulator, '/rest/api/3/myself');
      expect(bare.status).toBe(429);
      expect(bare.headers.get('retry-after')).toBeNull();
    } finally {
      await emulator.stop();
    }
  });

  test('rate limiting comes before authentication', async () => {
    const emulator = await start({ faults: { rateLimitEveryN: 1 } });
    try {
      expect((await call(emulator, '/rest/api/3/myself', { as: null })).status).toBe(429);
    } finally {
      await emulator.stop();
    }
  });
});

describe('server errors from a seeded PRNG', () => {
  test('the same seed gives the same sequence; another seed another one', async () => {
    const runs: number[][] = [];
    for (const seed of [42, 42, 7]) {
      const emulator = await start({ faults: { serverErrorRate: 0.3 }, seed });
      try {
        runs.push(await statuses(emulator, 30));
      } finally {
        await emulator.stop();
      }
    }
    expect(runs[0]).toEqual(runs[1]);
    expect(runs[0]).not.toEqual(runs[2]);
    expect(new Set(runs[0])).toEqual(new Set([200, 500, 503]));
  });

  test('the share of errors follows the rate, split between 503 and 500', () => {
    const planner = new FaultPlanner({ serverErrorRate: 0.3 }, 5);
    const kinds = Array.from({ length: 2000 }, () => planner.next());
    const errors = kinds.filter((k) => k.kind === 'server-error');
    expect(errors.length).toBeGreaterThan(2000 * 0.25);
    expect(errors.length).toBeLessThan(2000 * 0.35);
    const unavailable = errors.filter((k) => k.kind === 'server-error' && k.status === 503).length;
    expect(unavailable).toBeGreaterThan(errors.length * 0.4);
    expect(unavailable).toBeLessThan(errors.length * 0.6);
  });

  test('mulberry32 is uniform enough and in [0, 1)', () => {
    const next = mulberry32(123);
    const values = Array.from({ length: 10000 }, next);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.02);
  });

  test('setFaults restarts the sequence, so the pattern repeats', async () => {
    const emulator = await start({ seed: 9 });
    try {
      emulator.setFaults({ serverErrorRate: 0.5 });
      const first = await statuses(emulator, 12);
      emulator.setFaults({ serverErrorRate: 0.5 });
      const second = await statuses(emulator, 12);
      expect(second).toEqual(first);
      expect(first.some((s) => s !== 200)).toBe(true);
      emulator.setFaults({});
      expect(await statuses(emulator, 5)).toEqual([200, 200, 200, 200, 200]);
    } finally {
      await emulator.stop();
    }
  });
});

describe('malformed bodies and latency', () => {
  test('every Nth answer is 200 with the first half of its JSON', async () => {
    const emulator = await start({ faults: { malformedEveryN: 2 } });
    try {
      const good = await call(emulator, '/rest/api/3/status');
      const bad = await call(emulator, '/rest/api/3/status');
      expect(bad.status).toBe(200);
      expect(() => JSON.parse(bad.text)).toThrow();
      expect(bad.text).toBe(good.text.slice(0, Math.floor(good.text.length / 2)));
      expect(emulator.stats().faults.malformed).toBe(1);
    } finally {
      await emulator.stop();
    }
  });

  test('a 429 wins when a request is due both a rate limit and a malformed body', async () => {
    const emulator = await start({ faults: { rateLimitEveryN: 2, malformedEveryN: 2 } });
    try {
      expect(await statuses(emulator, 4)).toEqual([200, 429, 200, 429]);
      expect(emulator.stats().faults).toMatchObject({ rateLimited: 2, malformed: 0 });
    } finally {
      await emulator.stop();
    }
  });

  test('with latency set, answers are unchanged', async () => {
    const emulator = await start({ faults: { latencyMs: 20 } });
    try {
      const reply = await call(emulator, '/rest/agile/1.0/board/1/sprint');
      expect(reply.json.total).toBe(3);
    } finally {
      await emulator.stop();
    }
  });

  test('bad settings are refused with a clear message', async () => {
    await expect(start({ faults: { serverErrorRate: 2 } })).rejects.toThrow('serverErrorRate must be between 0 and 1 (got 2)');
    const emulator = await start();
    try {
      expect(() => emulator.setFaults({ rateLimitEveryN: -1 })).toThrow('rateLimitEveryN must be a number of 0 or more (got -1)');
    } finally {
      await emulator.stop();
    }
  });
});

describe('stats', () => {
  test('requests by endpoint and status; reset clears them', async () => {
    const emulator = await start();
    try {
      await call(emulator, '/rest/agile/1.0/board/1/sprint');
      await call(emulator, '/rest/agile/1.0/board/2/sprint');
      await call(emulator, '/rest/api/3/search/jql', { body: { jql: 'project = SCR' } });
      await call(emulator, '/nowhere');
      const stats = emulator.stats();
      expect(stats.total).toBe(4);
      expect(stats.byEndpoint).toEqual({
        'GET /rest/agile/1.0/board/{boardId}/sprint': 2,
        'POST /rest/api/3/search/jql': 1,
        unknown: 1,
      });
      expect(stats.byStatus).toEqual({ '200': 2, '400': 1, '404': 1 });
      expect(stats.log.map((e) => e.url)).toEqual(['/rest/agile/1.0/board/1/sprint', '/rest/agile/1.0/board/2/sprint', '/rest/api/3/search/jql', '/nowhere']);
      emulator.resetStats();
      expect(emulator.stats()).toEqual({ total: 0, byEndpoint: {}, byStatus: {}, faults: { rateLimited: 0, serverErrors: 0, malformed: 0, total: 0 }, log: [] });
    } finally {
      await emulator.stop();
    }
  });
});
