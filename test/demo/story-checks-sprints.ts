/** Story checks for CALM, SPILL and CHURN (see story-checks.ts). */
import {
  currentSprintIds, FLAGGED, finalBacklog, interleaving, isSubtask, isTechnical, itemsOf, POINTS,
  projectIssues, projectSprints, RANK, replayEstimateChanges, replaySprint, SPRINT,
} from './raw-replay';
import { churn, closedFigures, ctx, DAY, distantItems, issueByKey, rankAuthors, readyRunway, reliability, topTenOverlapThisWeek, workingDays } from './story-measures';

export function sprintStoryChecks(): void {
  describe('CALM: a healthy team', () => {
    test('reliability 85-100% and churn under 10% in every closed sprint', () => {
      for (const { figures } of closedFigures('CALM')) {
        expect(reliability(figures)).toBeGreaterThanOrEqual(0.85);
        expect(reliability(figures)).toBeLessThanOrEqual(1);
        expect(churn(figures)).toBeLessThan(0.1);
      }
    });
    test('every sprint has a goal and closes on time', () => {
      for (const sprint of projectSprints(ctx.demo.workspace, 'CALM')) expect(sprint.goal).toBeTruthy();
      for (const { sprint } of closedFigures('CALM')) expect(Date.parse(sprint.completeDate!)).toBeLessThanOrEqual(Date.parse(sprint.endDate!));
    });
    test('only the named product owner ranks, and not the Scrum Master', () => {
      const authors = rankAuthors('CALM', 90);
      expect([...authors.keys()]).toEqual(ctx.demo.settings.CALM.roles!.productOwners);
      expect(ctx.demo.settings.CALM.roles!.productOwners).not.toEqual(ctx.demo.settings.CALM.roles!.scrumMasters);
    });
    test('ready runway between 1.5 and 2.5 sprints, technical items interleaved', () => {
      const runway = readyRunway('CALM');
      expect(runway).toBeGreaterThanOrEqual(1.5);
      expect(runway).toBeLessThanOrEqual(2.5);
      const mix = interleaving(finalBacklog(ctx.demo.workspace, 'CALM'));
      expect(mix).toBeGreaterThan(0.2);
      expect(mix).toBeLessThan(0.8);
    });
    test('no flag lasts a working day', () => {
      for (const issue of projectIssues(ctx.demo.workspace, 'CALM')) {
        const flags = itemsOf(issue, FLAGGED);
        for (let i = 0; i < flags.length; i += 2) expect(workingDays(flags[i].at, flags[i + 1].at)).toBe(0);
      }
    });
  });

  describe('CALM: nothing else to worry about either', () => {
    test('no issue rides through more than two closed sprints; nothing comes back from Done', () => {
      const closed = new Set(projectSprints(ctx.demo.workspace, 'CALM').filter((s) => s.state === 'closed').map((s) => s.id));
      for (const issue of projectIssues(ctx.demo.workspace, 'CALM')) {
        expect(currentSprintIds(issue).filter((id) => closed.has(id)).length).toBeLessThanOrEqual(2);
        expect(itemsOf(issue, 'status').some((c) => c.item.fromString === 'Done')).toBe(false);
      }
    });
    test('far-off items carry no detail; the top ten holds steady this week', () => {
      const distant = distantItems('CALM');
      expect(distant.length).toBeGreaterThan(10);
      expect(distant.filter((i) => i.fields[POINTS] !== null || (i.fields.subtasks as unknown[]).length > 0)).toEqual([]);
      expect(topTenOverlapThisWeek('CALM')).toBeGreaterThanOrEqual(0.5);
    });
    test('the technical share of completed points varies (no fixed quota); the PO assigns nothing', () => {
      const shares = closedFigures('CALM').slice(-6).map(({ figures }) =>
        figures.completed.issues.filter((k) => isTechnical(issueByKey(k))).reduce((s, k) => s + (issueByKey(k).fields[POINTS] as number), 0) / figures.completed.points!);
      expect(Math.max(...shares) - Math.min(...shares)).toBeGreaterThan(0.1);
      const po = ctx.demo.settings.CALM.roles!.productOwners![0]!;
      const byPo = projectIssues(ctx.demo.workspace, 'CALM').flatMap((i) => itemsOf(i, 'assignee')).filter((c) => c.history.author!.accountId === po);
      expect(byPo).toEqual([]);
    });
    test('larger items are split into sub-tasks that run in the sprint; some sprint holds an item done before it started', () => {
      const closed = projectSprints(ctx.demo.workspace, 'CALM').filter((s) => s.state === 'closed');
      const inSprints = projectIssues(ctx.demo.workspace, 'CALM').filter((i) => isSubtask(i) && currentSprintIds(i).some((id) => closed.some((s) => s.id === id)));
      expect(inSprints.length).toBeGreaterThan(10);
      const doneBefore = closed.flatMap((s) => replaySprint(ctx.demo.workspace, 'CALM', s.id).groups.doneBeforeStart);
      expect(doneBefore.length).toBeGreaterThan(0);
    });
    test('the product owner tended the backlog in the last 14 days', () => {
      const po = ctx.demo.settings.CALM.roles!.productOwners![0]!;
      const since = ctx.now.getTime() - 14 * DAY;
      const recent = projectIssues(ctx.demo.workspace, 'CALM').flatMap((i) => itemsOf(i, RANK)).filter((c) => c.at >= since && c.history.author!.accountId === po);
      expect(recent.length).toBeGreaterThan(0);
    });
  });

  describe('SPILL: unfinished sprints', () => {
    const lastThree = () => closedFigures('SPILL').slice(-3).map((x) => x.figures);
    test('reliability under 70% and churn over 20% in the last three sprints', () => {
      for (const f of lastThree()) {
        expect(reliability(f)).toBeLessThan(0.7);
        expect(churn(f)).toBeGreaterThan(0.2);
      }
    });
    test('an issue rides through three or more closed sprints', () => {
      const closed = new Set(projectSprints(ctx.demo.workspace, 'SPILL').filter((s) => s.state === 'closed').map((s) => s.id));
      const most = Math.max(...projectIssues(ctx.demo.workspace, 'SPILL').map((i) => currentSprintIds(i).filter((id) => closed.has(id)).length));
      expect(most).toBeGreaterThanOrEqual(3);
    });
    test('estimates grow during sprints (the change shows only in fromString/toString)', () => {
      const { sprint } = closedFigures('SPILL').slice(-1)[0];
      const [t0, t1] = [Date.parse(sprint.startDate!), Date.parse(sprint.completeDate!)];
      const grown = projectIssues(ctx.demo.workspace, 'SPILL').flatMap((i) => itemsOf(i, POINTS))
        .filter((c) => c.at > t0 && c.at < t1 && c.item.fromString !== null && Number(c.item.toString) > Number(c.item.fromString));
      expect(grown.length).toBeGreaterThan(0);
    });
    test('a stakeholder adds items mid-sprint', () => {
      const stakeholders = new Set(ctx.demo.workspace.users.filter((u) => u.displayName.includes('(Sales)') || u.displayName.includes('(Marketing)')).map((u) => u.accountId));
      const f = lastThree()[2];
      const byStakeholder = f.added.issues.filter((k) => {
        const issue = issueByKey(k);
        const reporter = (issue.fields.reporter as { accountId: string }).accountId;
        return stakeholders.has(reporter) || itemsOf(issue, SPRINT).some((c) => stakeholders.has(c.history.author!.accountId));
      });
      expect(byStakeholder.length).toBeGreaterThan(0);
    });
    test('a flag lasts more than two working days; an item comes back from Done; sprints close late', () => {
      const flags = projectIssues(ctx.demo.workspace, 'SPILL').flatMap((issue) => {
        const items = itemsOf(issue, FLAGGED);
        return items.filter((_, i) => i % 2 === 0 && items[i + 1]).map((on, i) => workingDays(on.at, items[i * 2 + 1].at));
      });
      expect(Math.max(...flags)).toBeGreaterThan(2);
      const reopened = projectIssues(ctx.demo.workspace, 'SPILL').filter((i) => itemsOf(i, 'status').some((c) => c.item.fromString === 'Done'));
      expect(reopened.length).toBeGreaterThan(0);
      for (const { sprint } of closedFigures('SPILL').slice(-3)) {
        expect(workingDays(Date.parse(sprint.endDate!), Date.parse(sprint.completeDate!))).toBeGreaterThan(1);
      }
    });
  });

  describe('CHURN: a committee orders the backlog', () => {
    test('the shifting reaches into sprints: an item is taken out of a running sprint, another re-estimated in one', () => {
      const closed = projectSprints(ctx.demo.workspace, 'CHURN').filter((s) => s.state === 'closed');
      expect(closed.flatMap((s) => replaySprint(ctx.demo.workspace, 'CHURN', s.id).groups.removed).length).toBeGreaterThan(0);
      expect(closed.flatMap((s) => replayEstimateChanges(ctx.demo.workspace, 'CHURN', s.id)).length).toBeGreaterThan(0);
      // Never more than one item out per sprint: the sprint stays protected (scope churn of removals alone under 20%).
      for (const s of closed) expect(replaySprint(ctx.demo.workspace, 'CHURN', s.id).groups.removed.length).toBeLessThanOrEqual(1);
    });
    test('4+ rankers, top ranker under 60%, the Scrum Master over 20%', () => {
      const authors = rankAuthors('CHURN', 90);
      const total = [...authors.values()].reduce((a, b) => a + b, 0);
      expect(authors.size).toBeGreaterThanOrEqual(4);
      expect(Math.max(...authors.values()) / total).toBeLessThan(0.6);
      const sm = ctx.demo.settings.CHURN.roles!.scrumMasters![0]!;
      expect(authors.get(sm)! / total).toBeGreaterThan(0.2);
    });
    test('the top ten keeps changing week over week (overlap under 50% now and on average)', () => {
      const snaps = ctx.demo.snapshots.CHURN;
      expect(snaps).toHaveLength(35);
      const overlaps: number[] = [];
      for (let i = 7; i < snaps.length; i++) {
        const later = new Set(snaps[i].keys.slice(0, 10));
        overlaps.push(snaps[i - 7].keys.slice(0, 10).filter((k) => later.has(k)).length / 10);
      }
      // Today against a week ago, and on average over the 35 days (planning days reshuffle any top ten).
      expect(overlaps[overlaps.length - 1]).toBeLessThan(0.5);
      expect(overlaps.reduce((a, b) => a + b, 0) / overlaps.length).toBeLessThan(0.5);
    });
  });
}
