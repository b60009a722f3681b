import { demoFaultsFromEnv, describeDemoFaults } from '../../src/local/emulator';

const read = (value: string | undefined) => demoFaultsFromEnv({ BACKLOG_HEALTH_DEMO_FAULTS: value });

describe('BACKLOG_HEALTH_DEMO_FAULTS', () => {
  test('unset or empty: no faults', () => {
    expect(demoFaultsFromEnv({})).toBeNull();
    expect(read('  ')).toBeNull();
  });

  test('the fault settings, with seed apart', () => {
    expect(read('{"rateLimitEveryN":5,"serverErrorRate":0.02}')).toEqual({ faults: { rateLimitEveryN: 5, serverErrorRate: 0.02 } });
    expect(read('{"retryAfterSeconds":null,"rateLimitEveryN":3,"latencyMs":20,"malformedEveryN":0,"seed":7}')).toEqual({
      faults: { retryAfterSeconds: null, rateLimitEveryN: 3, latencyMs: 20, malformedEveryN: 0 },
      seed: 7,
    });
  });

  test('refuses what is not a JSON object of known settings, naming every problem', () => {
    expect(() => read('rateLimitEveryN=5')).toThrow(`BACKLOG_HEALTH_DEMO_FAULTS is not valid JSON; give an object, e.g. BACKLOG_HEALTH_DEMO_FAULTS='{"rateLimitEveryN":5,"serverErrorRate":0.02}'.`);
    expect(() => read('[5]')).toThrow('BACKLOG_HEALTH_DEMO_FAULTS must be a JSON object, e.g.');
    expect(() => read('{"serverErrorRate":2,"rateLimitEveryN":2.5,"retryAfterSeconds":"1","rateLimit":5}')).toThrow(
      'BACKLOG_HEALTH_DEMO_FAULTS was not used: serverErrorRate must be a number from 0 to 1 (0.02 is 2%) (got 2); ' +
        'rateLimitEveryN must be a whole number of 0 or more (got 2.5); ' +
        'retryAfterSeconds must be a number of 0 or more, or null for a 429 without Retry-After (got "1"); ' +
        'rateLimit is not a fault setting (use latencyMs, rateLimitEveryN, retryAfterSeconds, serverErrorRate, malformedEveryN, seed) (got 5).',
    );
  });

  test('in plain words', () => {
    expect(describeDemoFaults({ faults: { rateLimitEveryN: 5, serverErrorRate: 0.02 } })).toBe('a 429 every 5th request (Retry-After 1 s), 2% answered 500 or 503');
    expect(describeDemoFaults({ faults: { rateLimitEveryN: 1, retryAfterSeconds: null, malformedEveryN: 2, latencyMs: 50, serverErrorRate: 0.125 }, seed: 3 })).toBe(
      'a 429 every request (no Retry-After), 12.5% answered 500 or 503 (seed 3), every 2nd answer cut in half, 50 ms added to each answer',
    );
    expect(describeDemoFaults({ faults: { rateLimitEveryN: 0 } })).toBe('none');
  });
});
