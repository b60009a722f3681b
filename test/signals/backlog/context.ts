/** A quiet backlog section and a signal context around it; each test changes what it needs. */
import type { BacklogSection } from '../../../src/domain/report';
import type { SignalContext } from '../../../src/signals/rule';
import { NOW, settings } from '../../analysis/backlog/fixtures';
import { emptyRolesSection } from '../../../src/analysis/roles/section';
import type { ProjectSettings } from '../../../src/domain/settings';

export function quietSection(): BacklogSection {
  return {
    size: 12,
    capacity: { value: 10, unit: 'points', sprintIds: [1, 2, 3] },
    nearTerm: [
      { key: 'AB-1', summary: 'One', estimate: 3, technical: false, failedChecks: [] },
      { key: 'AB-2', summary: 'Two', estimate: 5, technical: false, failedChecks: ['description'] },
    ],
    checksInForce: ['estimated', 'description', 'acceptanceCriteria', 'notBlocked', 'notFlagged', 'smallEnough'],
    readiness: 0.5,
    readyRunwaySprints: 2,
    readyRunwayItems: 1,
    overSpecification: { share: 0.1, distantCount: 10, detailedKeys: ['AB-11'] },
    ordering: {
      rbo7: 0.8,
      rbo28: 0.7,
      top10Overlap: 0.8,
      weekAgo: null,
      history: [],
      rankChangesPerWeekNearTerm: 2,
      rankers: [{ accountId: 'po', changes: 9 }, { accountId: 'dev', changes: 1 }],
      distinctRankers: 2,
      topRankerShare: 0.9,
      lastRerankAt: '2026-05-30T10:00:00.000Z',
      snapshotCount: 8,
      rankFieldFound: true,
    },
    technical: {
      technicalCount: 12,
      functionalCount: 30,
      interleaving: 0.45,
      runs: { observed: 20, expected: 18, z: 0.5 },
      quota: { detected: false, shares: [], mean: null },
      medianAgeDays: { technical: 40, functional: 30 },
    },
    strip: Array.from({ length: 12 }, (_, i) => ({ key: `AB-${i + 1}`, technical: i % 3 === 0, ready: true })),
    depthSprints: 4,
    stale: { count: 0, keys: [] },
    newItems: { windowDays: 30, keys: [] },
  };
}

export function context(
  change: (backlog: BacklogSection) => void = () => {},
  options: { settings?: ProjectSettings; backlog?: null } = {},
): SignalContext {
  const backlog = quietSection();
  change(backlog);
  return {
    people: new Map(),
    settings: options.settings ?? settings(),
    now: NOW,
    runsSprints: true,
    sprints: null,
    backlog: options.backlog === null ? null : backlog,
    flow: null,
    roles: emptyRolesSection({ productOwners: [], scrumMasters: [] }),
  };
}
