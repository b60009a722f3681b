/**
 * Epics are no backlog items (docs/metrics.md, "The backlog itself"): the same small Scrum project
 * is written twice, once with two epics ranked among its stories (one of them "In Progress" for
 * months and labelled technical, the other created days ago), once without them. Both are served
 * by the emulator, read over HTTP and analysed: every backlog figure must be the same, and no figure
 * may name an epic. Jira gives the epics' issue type hierarchy level 1, and it reaches the domain.
 */
import { computeProjectReport } from '../../src/engine/compute';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { JiraClient } from '../../src/jira/client';
import { startEmulator } from '../../src/local/emulator';
import { createHttpTransport } from '../../src/local/http-transport';
import type { BacklogSection } from '../../src/domain/report';
import { SiteScript, at } from '../browser/fixtures/site-script';

const NOW = new Date('2026-10-20T08:00:00.000Z');
const EPICS = ['EPC-101', 'EPC-102'];

/** Eight 3-point stories, three of them finished in one closed sprint; with the epics ranked among the rest. */
function site(withEpics: boolean) {
  const site = new SiteScript('epics.atlassian.net');
  const pat = site.user('acc-pat', 'Pat Example');
  const project = site.project('EPC', 'Epics among stories').board(1, 'scrum', 'points');
  project.sprint({
    id: 11, originBoardId: 1, name: 'EPC Sprint 1', state: 'closed', goal: 'First release',
    startDate: '2026-10-05T09:00:00.000Z', endDate: '2026-10-16T17:00:00.000Z', completeDate: '2026-10-16T17:30:00.000Z', createdDate: '2026-10-01T09:00:00.000Z',
  });
  const story = (number: number) => {
    const issue = project.issue({ number, summary: `Story ${number}`, points: 3, created: '2026-10-01T10:00:00Z', reporter: pat, acceptanceCriteria: true });
    if (number <= 3) {
      project.write.sprints(issue, [11], at('2026-10-02T10:00:00Z'), pat);
      project.write.status(issue, 'Done', at('2026-10-14T10:00:00Z'), pat);
    }
  };
  for (let number = 1; number <= 5; number++) story(number);
  if (withEpics) {
    // Created ten months ago, in progress since, untouched for more than 180 days.
    const old = project.issue({ number: 101, type: 'Epic', summary: 'Payments platform', created: '2025-12-01T10:00:00Z', reporter: pat });
    old.labels = ['tech'];
    project.write.status(old, 'In Progress', at('2026-01-10T10:00:00Z'), pat);
    project.issue({ number: 102, type: 'Epic', summary: 'Card payouts', created: '2026-10-15T10:00:00Z', reporter: pat });
  }
  for (let number = 6; number <= 8; number++) story(number);
  return site.workspace();
}

async function reportOf(withEpics: boolean) {
  const emulator = await startEmulator({ workspace: site(withEpics) });
  try {
    const client = new JiraClient(createHttpTransport({ baseUrl: emulator.url, email: 'pat@fixture.example', apiToken: 'token-acc-pat' }));
    return await computeProjectReport(client, { projectKey: 'EPC', settings: DEFAULT_SETTINGS, snapshots: [], now: NOW, takeSnapshot: true });
  } finally {
    await emulator.stop();
  }
}

/** Every backlog figure, and the snapshot of the order. */
function backlogFigures(backlog: BacklogSection, snapshotKeys: string[]) {
  const { size, capacity, nearTerm, readiness, readyRunwaySprints, overSpecification, technical, strip, depthSprints, stale, newItems } = backlog;
  return { size, capacity, nearTerm, readiness, readyRunwaySprints, overSpecification, technical, strip, depthSprints, stale, newItems, snapshotKeys };
}

describe('epics ranked among the stories', () => {
  let withEpics: Awaited<ReturnType<typeof reportOf>>;
  let without: Awaited<ReturnType<typeof reportOf>>;
  beforeAll(async () => {
    withEpics = await reportOf(true);
    without = await reportOf(false);
  });

  it('reach the domain as Jira gives them: issue type hierarchy level 1, ranked between the stories', () => {
    const order = withEpics.data!.issues.map((issue) => [issue.key, issue.issueType.hierarchyLevel]);
    expect(order).toEqual([
      ['EPC-1', 0], ['EPC-2', 0], ['EPC-3', 0], ['EPC-4', 0], ['EPC-5', 0], ['EPC-101', 1], ['EPC-102', 1], ['EPC-6', 0], ['EPC-7', 0], ['EPC-8', 0],
    ]);
    expect(withEpics.data!.issues.find((issue) => issue.key === 'EPC-101')?.status.category).toBe('indeterminate');
  });

  it('count in no backlog figure: every figure equals that of the same project without them', () => {
    const figures = backlogFigures(withEpics.report.backlog!, withEpics.snapshot!.keys);
    expect(figures).toEqual(backlogFigures(without.report.backlog!, without.snapshot!.keys));
    // By hand: 5 stories of 3 points are left; the sprint finished 3 × 3 = 9 points, so the depth is 15 / 9 sprints.
    expect([figures.size, figures.capacity.value, figures.depthSprints, figures.stale.count, figures.technical.technicalCount]).toEqual([5, 9, 15 / 9, 0, 0]);
    expect(figures.snapshotKeys).toEqual(['EPC-4', 'EPC-5', 'EPC-6', 'EPC-7', 'EPC-8']);
  });

  it('are named nowhere in the backlog section', () => {
    const text = JSON.stringify(withEpics.report.backlog);
    expect(EPICS.filter((key) => text.includes(key))).toEqual([]);
  });
});
