/** Story checks for SPLIT, THIN, SOLO, FLOW and the site as a whole (see story-checks.ts). */
import { generateDemo, DEMO_VIEWER, DEMO_ADMIN } from '../../src/local/demo';
import type { WsIssue } from '../../src/local/workspace';
import {
  currentSprintIds, FLAGGED, isSubtask, finalBacklog, hasAcceptanceCriteria, interleaving, isTechnical, itemsOf, POINTS,
  projectIssues, projectSprints, RANK, SPRINT,
} from './raw-replay';
import { closedFigures, ctx, DAY, distantItems, issueByKey, readyRunway } from './story-measures';

export function backlogStoryChecks(): void {
  describe('SPLIT: a separate technical pool', () => {
    test('technical items parked at the bottom (interleaving < 0.2 with 10+ of them)', () => {
      const backlog = finalBacklog(ctx.demo.workspace, 'SPLIT');
      expect(backlog.filter(isTechnical).length).toBeGreaterThanOrEqual(10);
      expect(interleaving(backlog)).toBeLessThan(0.2);
    });
    test('a fixed fifth of completed points is technical in every recent sprint', () => {
      const recent = closedFigures('SPLIT').slice(-6);
      for (const { figures } of recent) {
        const technical = figures.completed.issues.filter((k) => isTechnical(issueByKey(k))).reduce((s, k) => s + (issueByKey(k).fields[POINTS] as number), 0);
        expect(Math.abs(technical / figures.completed.points! - 0.2)).toBeLessThanOrEqual(0.05);
      }
    });
    test('the product owner makes over 30% of assignee changes on sprint items (10+ changes)', () => {
      const po = ctx.demo.settings.SPLIT.roles!.productOwners![0]!;
      const changes = projectIssues(ctx.demo.workspace, 'SPLIT').filter((i) => currentSprintIds(i).length > 0).flatMap((i) => itemsOf(i, 'assignee'))
        .filter((c) => c.at >= ctx.now.getTime() - 90 * DAY);
      expect(changes.length).toBeGreaterThanOrEqual(10);
      expect(changes.filter((c) => c.history.author!.accountId === po).length / changes.length).toBeGreaterThan(0.3);
    });
  });

  describe('THIN: thin runway, over-refined distance', () => {
    test('ready runway under one sprint', () => {
      expect(readyRunway('THIN')).toBeLessThan(1);
    });
    test('over 30% of items beyond three sprints of capacity carry estimates and sub-tasks', () => {
      const distant = distantItems('THIN');
      expect(distant.length).toBeGreaterThan(10);
      const detailed = distant.filter((i) => i.fields[POINTS] !== null && (i.fields.subtasks as unknown[]).length > 0);
      expect(detailed.length / distant.length).toBeGreaterThan(0.3);
    });
  });

  describe('SOLO: one person in two roles, a neglected backlog', () => {
    test('the same person is product owner and Scrum Master', () => {
      expect(ctx.demo.settings.SOLO.roles!.productOwners).toEqual(ctx.demo.settings.SOLO.roles!.scrumMasters);
    });
    test('no re-ranking for 30+ days while 10+ items were created; the PO idle for 14+ days', () => {
      const issues = projectIssues(ctx.demo.workspace, 'SOLO');
      const lastRank = Math.max(0, ...issues.flatMap((i) => itemsOf(i, RANK).map((c) => c.at)));
      expect(ctx.now.getTime() - lastRank).toBeGreaterThan(30 * DAY);
      expect(issues.filter((i) => Date.parse(i.fields.created as string) > ctx.now.getTime() - 30 * DAY).length).toBeGreaterThanOrEqual(10);
      const po = ctx.demo.settings.SOLO.roles!.productOwners![0]!;
      const since = ctx.now.getTime() - 14 * DAY;
      const poActs = issues.filter((i) =>
        ((i.fields.reporter as { accountId: string }).accountId === po && Date.parse(i.fields.created as string) > since) ||
        i.changelog.some((h) => h.author?.accountId === po && Date.parse(h.created) > since));
      expect(poActs).toEqual([]);
    });
    test('recent sprints, and the active one, started with an empty goal', () => {
      const sprints = projectSprints(ctx.demo.workspace, 'SOLO').filter((s) => s.state !== 'future').slice(-3);
      for (const sprint of sprints) expect(sprint.goal ?? '').toBe('');
    });
  });

  describe('FLOW: Kanban without sprints', () => {
    test('a Kanban board, no sprints, no sprint values or changes', () => {
      expect(ctx.demo.workspace.boards.find((b) => b.projectKey === 'FLOW')!.type).toBe('kanban');
      expect(projectSprints(ctx.demo.workspace, 'FLOW')).toEqual([]);
      for (const issue of projectIssues(ctx.demo.workspace, 'FLOW')) {
        expect(issue.fields[SPRINT]).toBeNull();
        expect(itemsOf(issue, SPRINT)).toEqual([]);
      }
      expect(projectIssues(ctx.demo.workspace, 'FLOW').some((i) => (i.fields.status as { name: string }).name === 'Done')).toBe(true);
    });
    test('three flagged items have waited in progress for over four weeks, past twice the 85th percentile of cycle time', () => {
      const day = (ms: number) => Math.floor(ms / DAY);
      const inProgress = new Set(['In Progress', 'In Review']);
      const started = (issue: WsIssue) => itemsOf(issue, 'status').find((c) => inProgress.has(c.item.toString!))?.at ?? null;
      const issues = projectIssues(ctx.demo.workspace, 'FLOW').filter((i) => !isSubtask(i));
      const waiting = issues.filter((i) => inProgress.has((i.fields.status as { name: string }).name) && i.fields[FLAGGED] !== null);
      expect(waiting).toHaveLength(3);
      // Cycle times, in calendar days both counted, of the items finished in the last 90 days (docs/metrics.md).
      const cycles = issues.flatMap((i) => {
        const finished = itemsOf(i, 'status').filter((c) => c.item.toString === 'Done').at(-1)?.at;
        const start = started(i);
        return finished && start !== null && finished > ctx.now.getTime() - 90 * DAY ? [day(finished) - day(start) + 1] : [];
      }).sort((a, b) => a - b);
      const p85 = cycles[Math.ceil(0.85 * cycles.length) - 1];
      for (const item of waiting) expect(day(ctx.now.getTime()) - day(started(item)!) + 1).toBeGreaterThan(Math.max(28, 2 * p85));
    });
  });

  describe('the site as a whole', () => {
    test('each Scrum project: 10-25 closed sprints, one active holding now, one future; backlog of 40-120', () => {
      for (const key of ['CALM', 'SPILL', 'CHURN', 'SPLIT', 'THIN', 'SOLO']) {
        const sprints = projectSprints(ctx.demo.workspace, key);
        const closed = sprints.filter((s) => s.state === 'closed');
        expect(closed.length).toBeGreaterThanOrEqual(10);
        expect(closed.length).toBeLessThanOrEqual(25);
        const active = sprints.filter((s) => s.state === 'active');
        expect(active).toHaveLength(1);
        expect(Date.parse(active[0].startDate!)).toBeLessThan(ctx.now.getTime());
        expect(Date.parse(active[0].endDate!)).toBeGreaterThan(ctx.now.getTime());
        expect(sprints.filter((s) => s.state === 'future')).toHaveLength(1);
        for (const s of closed) expect(Date.parse(s.completeDate!)).toBeLessThan(ctx.now.getTime());
        const backlog = finalBacklog(ctx.demo.workspace, key);
        expect(backlog.length).toBeGreaterThanOrEqual(40);
        expect(backlog.length).toBeLessThanOrEqual(120);
        expect(backlog.every((i) => (i.fields.description as { type: string }).type === 'doc')).toBe(true);
      }
      for (const key of ['CALM', 'SPILL', 'CHURN', 'SPLIT']) expect(finalBacklog(ctx.demo.workspace, key).some(hasAcceptanceCriteria)).toBe(true);
    });
    test('permissions: the viewer may not browse one project; the admin administers all', () => {
      const keys = ctx.demo.workspace.projects.map((p) => p.key);
      expect(ctx.demo.workspace.permissions[DEMO_ADMIN.accountId]).toEqual({ browse: keys, administer: keys });
      expect(ctx.demo.workspace.permissions[DEMO_VIEWER.accountId].browse).toEqual(keys.filter((k) => k !== 'SOLO'));
    });
    test('snapshots: 35 daily snapshots per Scrum project, of open issues only', () => {
      for (const [key, snaps] of Object.entries(ctx.demo.snapshots)) {
        expect(snaps).toHaveLength(35);
        const times = snaps.map((s) => Date.parse(s.takenAt));
        for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBe(DAY);
        expect(times[times.length - 1]).toBeLessThanOrEqual(ctx.now.getTime());
        const issues = new Map(ctx.demo.workspace.issues.map((i) => [i.key, i]));
        for (const snap of snaps) for (const k of snap.keys) expect(isSubtask(issues.get(k)!)).toBe(false);
        // With no change after the last snapshot, it shows the backlog as it is now.
        const lastChange = Math.max(...projectIssues(ctx.demo.workspace, key).flatMap((i) => [Date.parse(i.fields.created as string), ...i.changelog.map((h) => Date.parse(h.created))]));
        if (lastChange < times[times.length - 1]) expect(snaps[snaps.length - 1].keys).toEqual(finalBacklog(ctx.demo.workspace, key).map((i) => i.key));
      }
    });
    test('extra projects P001.. are added for portfolio tests', () => {
      const more = generateDemo({ now: ctx.now, extraProjects: 3 });
      expect(more.workspace.projects.map((p) => p.key)).toEqual(['CALM', 'SPILL', 'CHURN', 'SPLIT', 'THIN', 'SOLO', 'FLOW', 'P001', 'P002', 'P003']);
      for (const key of ['P001', 'P002', 'P003']) expect(Object.keys(more.truth.projects[key].sprints).length).toBeGreaterThanOrEqual(10);
      // P002 is the flavour whose board counts issues: the truth carries no points, the board no field.
      expect(more.workspace.boards.find((b) => b.projectKey === 'P002')!.estimationFieldId).toBeNull();
      expect(Object.values(more.truth.projects.P002.sprints).every((f) => f.committed.points === null && f.completed.points === null)).toBe(true);
      expect(Object.values(more.truth.projects.P001.sprints).every((f) => typeof f.committed.points === 'number')).toBe(true);
      // The busy flavour (P003) takes an extra item mid-sprint now and then.
      expect(Object.values(more.truth.projects.P003.sprints).some((f) => f.added.issues.length > 0)).toBe(true);
      expect(() => generateDemo({ now: ctx.now, extraProjects: -1 })).toThrow(/extraProjects/);
    });
  });

  describe('links and sub-tasks', () => {
    test('SPILL and THIN have open blocking links; every link has its mirror on the other issue', () => {
      const open = (key: string) => projectIssues(ctx.demo.workspace, key).filter((i) =>
        (i.fields.issuelinks as { inwardIssue?: { fields: { status: { statusCategory: { key: string } } } } }[])
          .some((l) => l.inwardIssue && l.inwardIssue.fields.status.statusCategory.key !== 'done'));
      expect(open('SPILL').length).toBeGreaterThan(0);
      expect(open('THIN').length).toBeGreaterThan(0);
      for (const issue of ctx.demo.workspace.issues) {
        for (const link of issue.fields.issuelinks as { id: string; inwardIssue?: { key: string }; outwardIssue?: { key: string } }[]) {
          const other = issueByKey((link.inwardIssue ?? link.outwardIssue)!.key);
          const mirror = (other.fields.issuelinks as { id: string; inwardIssue?: { key: string }; outwardIssue?: { key: string } }[]).find((l) => l.id === link.id)!;
          expect((link.inwardIssue ? mirror.outwardIssue : mirror.inwardIssue)!.key).toBe(issue.key);
        }
      }
    });
    test('THIN sub-tasks name their parent, and parents list them', () => {
      const subs = projectIssues(ctx.demo.workspace, 'THIN').filter(isSubtask);
      expect(subs.length).toBeGreaterThan(40);
      for (const sub of subs) {
        const parent = issueByKey((sub.fields.parent as { key: string }).key);
        expect((parent.fields.subtasks as { key: string }[]).map((s) => s.key)).toContain(sub.key);
      }
    });
  });
}
