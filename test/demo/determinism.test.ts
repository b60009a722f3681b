import { generateDemo, generateSizedProject } from '../../src/local/demo';

const NOW = new Date('2026-11-22T03:35:00Z');

describe('determinism', () => {
  test('the same seed and now give identical JSON; another seed gives different data', () => {
    const a = JSON.stringify(generateDemo({ now: NOW, seed: 5 }));
    const b = JSON.stringify(generateDemo({ now: NOW, seed: 5 }));
    const c = JSON.stringify(generateDemo({ now: NOW, seed: 6 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  test('the sized project is deterministic too', () => {
    const options = { issues: 300, closedSprints: 10, seed: 3, now: NOW };
    expect(JSON.stringify(generateSizedProject(options))).toBe(JSON.stringify(generateSizedProject(options)));
  });

  test('bad input is refused with a clear message', () => {
    expect(() => generateDemo({ now: new Date('not a date') })).toThrow(/valid `now`/);
    expect(() => generateSizedProject({ issues: 0, closedSprints: 5, now: NOW })).toThrow(/issues/);
  });
});

describe('time zones', () => {
  test('the demo is the same whatever the process time zone', () => {
    const original = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = JSON.stringify(generateDemo({ now: NOW, seed: 9 }).workspace.sprints);
      process.env.TZ = 'Pacific/Kiritimati';
      const farEast = JSON.stringify(generateDemo({ now: NOW, seed: 9 }).workspace.sprints);
      process.env.TZ = 'Pacific/Pago_Pago';
      const farWest = JSON.stringify(generateDemo({ now: NOW, seed: 9 }).workspace.sprints);
      expect(farEast).toBe(utc);
      expect(farWest).toBe(utc);
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});
