/**
 * The pace of a night of many projects (src/forge/night.ts): how many projects a wave takes from
 * Jira's request budget and what a refresh was seen to cost, worked out by hand; and a "Refresh all"
 * while a plan is being worked off adds only the projects it does not hold.
 */
import { MAX_WAVE, UNKNOWN_COST_WAVE, WAVE_SECONDS, planRefreshes, waveSize } from '../../src/forge/night';
import type { StoredNightPlan, StoredRateLimit } from '../../src/storage/site-records';
import { SiteRecords } from '../../src/storage/site-records';
import { ProjectStores } from '../../src/storage/project-stores';
import { makeDeps } from './fakes';

const NOW = new Date('2026-03-02T02:30:00.000Z');
const RESET = '2026-03-02T03:00:00.000Z'; // the hour ends in 30 minutes

function plan(changes: Partial<StoredNightPlan> = {}): StoredNightPlan {
  return { startedAt: '2026-03-02T02:00:00.000Z', reason: 'nightly', keys: Array.from({ length: 1000 }, (_, i) => `P${i}`), released: 100, waves: 2, lastWave: null, pointsPerProject: null, ...changes };
}

function rate(remaining: number, changes: Partial<StoredRateLimit> = {}): StoredRateLimit {
  return { limit: 100_000, remaining, resetAt: RESET, nearLimit: remaining < 20_000, readAt: '2026-03-02T02:29:00.000Z', ...changes };
}

describe('waveSize', () => {
  it('takes 50 projects a wave while Jira says nothing of its budget, or fewer when fewer are left', () => {
    expect(waveSize(plan(), null, NOW)).toEqual({ count: UNKNOWN_COST_WAVE, waitSeconds: WAVE_SECONDS, pointsPerProject: null });
    expect(waveSize(plan({ released: 980 }), null, NOW).count).toBe(20);
  });

  it('learns what a refresh costs from the budget the last wave spent, and takes what a quarter of 80% of the hour allows', () => {
    // The last wave released 50 projects when 100,000 points were left; now 76,500 are: 23,500 / 50 = 470 a project.
    // This wave may spend min(76,500 − 20,000 reserve, 0.8 × 100,000 × 900 / 3,600 = 20,000) = 20,000: 20,000 / 470 = 42.55 → 42.
    const last = { at: '2026-03-02T02:15:00.000Z', released: 50, remaining: 100_000, resetAt: RESET };
    expect(waveSize(plan({ lastWave: last }), rate(76_500), NOW)).toEqual({ count: 42, waitSeconds: WAVE_SECONDS, pointsPerProject: 470 });
  });

  it('takes nothing once only the last fifth is left, and comes back just after the hour turns', () => {
    // 15,000 left of 100,000 is under the 20,000 reserve; the hour ends in 1,800 s, more than a wave's 900 s.
    expect(waveSize(plan({ pointsPerProject: 470 }), rate(15_000), NOW)).toEqual({ count: 0, waitSeconds: 900, pointsPerProject: 470 });
    // Ten minutes before the hour ends: back in 601 s.
    expect(waveSize(plan({ pointsPerProject: 470 }), rate(15_000), new Date('2026-03-02T02:50:00.000Z')).waitSeconds).toBe(601);
  });

  it('counts the whole budget again once the hour Jira named has turned, and never more than 400 a wave', () => {
    // Read before 03:00 with 10,000 left; at 03:05 the hour has turned: 100,000 − 20,000 = 80,000, a wave's share 20,000.
    expect(waveSize(plan({ pointsPerProject: 470 }), rate(10_000), new Date('2026-03-02T03:05:00.000Z')).count).toBe(42);
    // A cheap refresh (an unchanged project, 12 points): 20,000 / 12 = 1,666, held to Forge's share of events.
    expect(waveSize(plan({ pointsPerProject: 12 }), rate(100_000), NOW).count).toBe(MAX_WAVE);
  });
});

describe('planRefreshes', () => {
  it('adds to a plan being worked off only the projects it does not hold yet, and queues nothing itself', async () => {
    const { deps, store, pushes } = makeDeps(NOW);
    const site = new SiteRecords(store, 'cloud-1');
    const stores = new ProjectStores(store, 'cloud-1');
    await site.writePlan(plan({ keys: ['A', 'B', 'C', 'D'], released: 2, waves: 1 }));
    expect(await planRefreshes(deps, stores, site, ['B', 'D', 'E'], 'portfolio')).toEqual({ planned: 2 });
    expect((await site.readPlan())!.keys).toEqual(['A', 'B', 'C', 'D', 'B', 'E']);
    expect(pushes).toEqual([]);
  });
});
