import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { differenceInBusinessDays } from 'date-fns';
import { workingDaysBetweenMs } from '../../../src/analysis/sprints/working-days';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

describe('workingDaysBetweenMs', () => {
  it('counts weekdays like date-fns, also when asked the same day pair again at other times of day', () => {
    const mon = Date.UTC(2026, 0, 5, 9);
    const fri = Date.UTC(2026, 0, 16, 17);
    expect(workingDaysBetweenMs(mon, fri)).toBe(9);
    expect(workingDaysBetweenMs(mon + 3_600_000, fri - 3_600_000)).toBe(9);
    expect(workingDaysBetweenMs(fri, mon)).toBe(-9);
    expect(workingDaysBetweenMs(Date.UTC(2026, 0, 30, 17), Date.UTC(2026, 1, 3, 17))).toBe(2); // Fri -> Tue
    expect(workingDaysBetweenMs(Date.UTC(2026, 0, 10, 9), Date.UTC(2026, 0, 11, 9))).toBe(0); // Sat -> Sun
  });

  it('agrees with date-fns on every pair of days across three weeks', () => {
    const start = Date.UTC(2026, 1, 1, 12);
    for (let a = 0; a < 21; a++) {
      for (let b = 0; b < 21; b++) {
        const from = start + a * 86_400_000;
        const to = start + b * 86_400_000;
        expect(workingDaysBetweenMs(from, to)).toBe(differenceInBusinessDays(to, from));
      }
    }
  });

  it('agrees with date-fns on random instants over decades, in time zones with and without daylight saving', () => {
    // Each zone in a process of its own: a time zone is fixed when a process starts.
    const script = [
      `const { differenceInBusinessDays } = require('date-fns');`,
      `const { workingDaysBetweenMs } = require(${JSON.stringify(path.join(REPO_ROOT, 'src/analysis/sprints/working-days.ts'))});`,
      'let seed = 7; const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647; const wrong = [];',
      'for (let n = 0; n < 5000; n++) {',
      '  const from = Date.UTC(1990, 0, 1) + Math.floor(next() * 50 * 365 * 86400000);',
      '  const to = from + Math.floor((next() - 0.5) * 120 * 86400000);',
      '  if (workingDaysBetweenMs(from, to) !== differenceInBusinessDays(to, from)) wrong.push([from, to]);',
      '}',
      'console.log(JSON.stringify({ offsetInJanuary: new Date(2026, 0, 1).getTimezoneOffset(), wrong }));',
    ].join('\n');
    const zones = { 'Europe/Berlin': -60, 'America/St_Johns': 210, 'Australia/Lord_Howe': -660 };
    for (const [zone, offsetInJanuary] of Object.entries(zones)) {
      const out = execFileSync(TSX, ['-e', script], { cwd: REPO_ROOT, env: { ...process.env, TZ: zone }, encoding: 'utf8' });
      expect({ zone, ...JSON.parse(out) }).toEqual({ zone, offsetInJanuary, wrong: [] });
    }
  });
});
