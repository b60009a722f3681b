/**
 * Each project's story holds in the generated raw data, measured from the raw JSON (not from the
 * generator's state) with the definitions of product.md.
 */
import { generateDemo, DEMO_VIEWER, DEMO_ADMIN } from '../../src/local/demo';
import type { DemoOutput } from '../../src/local/demo';
import type { WsIssue } from '../../src/local/workspace';
import {
  currentSprintIds, FLAGGED, isSubtask, finalBacklog, hasAcceptanceCriteria, interleaving, isTechnical, itemsOf, median, POINTS,
  projectIssues, projectSprints, RANK, SPRINT,
} from './raw-replay';

let NOW: Date;
const DAY = 86_400_000;
let demo: DemoOutput;


/** Weekdays from a to b (UTC), counting whole days: Monday 10:00 to Thursday 10:00 is 3. */
function workingDays(a: number, b: number): number {
  let count = 0;
  for (let d = Math.floor(a / DAY) + 1; d <= Math.floor(b / DAY); d++) {
    const weekday = new Date(d * DAY).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}

function closedFigures(key: string) {
  const sprints = projectSprints(demo.workspace, key).filter((s) => s.state === 'closed').sort((a, b) => a.id - b.id);
  return sprints.map((sprint) => ({ sprint, figures: demo.truth.projects[key].sprints[sprint.id] }));
}

function issueByKey(key: string): WsIssue {
  return demo.workspace.issues.find((i) => i.key === key)!;
}

/** Commitment reliability = points (at close) of committed issues completed / committed points (at start). */
function reliability(f: DemoOutput['truth']['projects'][string]['sprints'][number]): number {
  const done = f.completed.issues.filter((k) => f.committed.issues.includes(k));
  const points = done.reduce((sum, k) => sum + ((issueByKey(k).fields[POINTS] as number | null) ?? 0), 0);
  return points / f.committed.points!;
}

function churn(f: DemoOutput['truth']['projects'][string]['sprints'][number]): number {
  return (f.added.issues.length + f.removed.issues.length) / f.committed.issues.length;
}

function rankAuthors(key: string, sinceDays: number): Map<string, number> {
  const since = NOW.getTime() - sinceDays * DAY;
  const counts = new Map<string, number>();
  for (const issue of projectIssues(demo.workspace, key)) {
    for (const { at, history } of itemsOf(issue, RANK)) {
      if (at >= since) counts.set(history.author!.accountId, (counts.get(history.author!.accountId) ?? 0) + 1);
    }
  }
  return counts;
}

/** Capacity (median completed points of the last five closed sprints) and the ready runway in sprints. */
function readyRunway(key: string): number {
  const capacity = median(closedFigures(key).slice(-5).map(({ figures }) => figures.completed.points!));
  let ready = 0;
  for (const issue of finalBacklog(demo.workspace, key)) {
    const points = issue.fields[POINTS] as number | null;
    const blocked = (issue.fields.issuelinks as { inwardIssue?: { fields: { status: { statusCategory: { key: string } } } } }[])
      .some((l) => l.inwardIssue && l.inwardIssue.fields.status.statusCategory.key !== 'done');
    const ok = points !== null && hasAcceptanceCriteria(issue) && !blocked && issue.fields[FLAGGED] === null && points <= capacity / 2;
    if (!ok) break;
    ready += points;
  }
  return ready / capacity;
}

/** Registers every story check for one demo (a seed, or the default seed, and a moment `now`). */
export function storyChecks(config: { seed?: number; now: string }): void {
  NOW = new Date(config.now);
  beforeAll(() => {
    demo = generateDemo({ now: NOW, ...(config.seed === undefined ? {} : { seed: config.seed }) });
  });

  describe('CALM: a healthy team', () => {
    test('reliability 85-100% and churn under 10% in every closed sprint', () => {
      for (const { figures } of closedFigures('CALM')) {
        expect(reliability(figures)).toBeGreaterThanOrEqual(0.85);
        expect(reliability(figures)).toBeLessThanOrEqual(1);
        expect(churn(figures)).toBeLessThan(0.1);
      }
    });
    test('every sprint has a goal and closes on time', () => {
      for (const sprint of projectSprints(demo.workspace, 'CALM')) expect(sprint.goal).toBeTruthy();
      for (const { sprint } of closedFigures('CALM')) expect(Date.parse(sprint.completeDate!)).toBeLessThanOrEqual(Date.parse(sprint.endDate!));
    });
    test('only the named product owner ranks, and not the Scrum Master', () => {
      const authors = rankAuthors('CALM', 90);
      expect([...authors.keys()]).toEqual(demo.settings.CALM.roles!.productOwners);
      expect(demo.settings.CALM.roles!.productOwners).not.toEqual(demo.settings.CALM.roles!.scrumMasters);
    });
    test('ready runway between 1.5 and 2.5 sprints, technical items interleaved', () => {
      const runway = readyRunway('CALM');
      expect(runway).toBeGreaterThanOrEqual(1.5);
      expect(runway).toBeLessThanOrEqual(2.5);
      const mix = interleaving(finalBacklog(demo.workspace, 'CALM'));
      expect(mix).toBeGreaterThan(0.2);
      expect(mix).toBeLessThan(0.8);
    });
    test('no flag lasts a working day', () => {
      for (const issue of projectIssues(demo.workspace, 'CALM')) {
        const flags = itemsOf(issue, FLAGGED);
        for (let i = 0; i < flags.length; i += 2) expect(workingDays(flags[i].at, flags[i + 1].at)).toBe(0);
      }
    });
  });

  /** Items beyond `sprints` × capacity in the final backlog (unestimated items count as the median estimate). */
  function distantItems(key: string, sprints = 3): WsIssue[] {
    const capacity = median(closedFigures(key).slice(-5).map(({ figures }) => figures.completed.points!));
    const backlog = finalBacklog(demo.workspace, key);
    const sizes = backlog.map((i) => i.fields[POINTS] as number | null);
    const fallback = median(sizes.filter((s): s is number => s !== null));
    let cumulative = 0;
    return backlog.filter((_, i) => {
      const beyond = cumulative >= sprints * capacity;
      cumulative += sizes[i] ?? fallback;
      return beyond;
    });
  }

  function topTenOverlapThisWeek(key: string): number {
    const snaps = demo.snapshots[key];
    const today = new Set(snaps[snaps.length - 1].keys.slice(0, 10));
    return snaps[snaps.length - 8].keys.slice(0, 10).filter((k) => today.has(k)).length / 10;
  }

  describe('CALM: nothing else to worry about either', () => {
    test('no issue rides through more than two closed sprints; nothing comes back from Done', () => {
      const closed = new Set(projectSprints(demo.workspace, 'CALM').filter((s) => s.state === 'closed').map((s) => s.id));
      for (const issue of projectIssues(demo.workspace, 'CALM')) {
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
      const po = demo.settings.CALM.roles!.productOwners![0]!;
      const byPo = projectIssues(demo.workspace, 'CALM').flatMap((i) => itemsOf(i, 'assignee')).filter((c) => c.history.author!.accountId === po);
      expect(byPo).toEqual([]);
    });
    test('the product owner tended the backlog in the last 14 days', () => {
      const po = demo.settings.CALM.roles!.productOwners![0]!;
      const since = NOW.getTime() - 14 * DAY;
      const recent = projectIssues(demo.workspace, 'CALM').flatMap((i) => itemsOf(i, RANK)).filter((c) => c.at >= since && c.history.author!.accountId === po);
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
      const closed = new Set(projectSprints(demo.workspace, 'SPILL').filter((s) => s.state === 'closed').map((s) => s.id));
      const most = Math.max(...projectIssues(demo.workspace, 'SPILL').map((i) => currentSprintIds(i).filter((id) => closed.has(id)).length));
      expect(most).toBeGreaterThanOrEqual(3);
    });
    test('a stakeholder adds items mid-sprint', () => {
      const stakeholders = new Set(demo.workspace.users.filter((u) => u.displayName.includes('(Sales)') || u.displayName.includes('(Marketing)')).map((u) => u.accountId));
      const f = lastThree()[2];
      const byStakeholder = f.added.issues.filter((k) => {
        const issue = issueByKey(k);
        const reporter = (issue.fields.reporter as { accountId: string }).accountId;
        return stakeholders.has(reporter) || itemsOf(issue, SPRINT).some((c) => stakeholders.has(c.history.author!.accountId));
      });
      expect(byStakeholder.length).toBeGreaterThan(0);
    });
    test('a flag lasts more than two working days; an item comes back from Done; sprints close late', () => {
      const flags = projectIssues(demo.workspace, 'SPILL').flatMap((issue) => {
        const items = itemsOf(issue, FLAGGED);
        return items.filter((_, i) => i % 2 === 0 && items[i + 1]).map((on, i) => workingDays(on.at, items[i * 2 + 1].at));
      });
      expect(Math.max(...flags)).toBeGreaterThan(2);
      const reopened = projectIssues(demo.workspace, 'SPILL').filter((i) => itemsOf(i, 'status').some((c) => c.item.fromString === 'Done'));
      expect(reopened.length).toBeGreaterThan(0);
      for (const { sprint } of closedFigures('SPILL').slice(-3)) {
        expect(workingDays(Date.parse(sprint.endDate!), Date.parse(sprint.completeDate!))).toBeGreaterThan(1);
      }
    });
  });

  describe('CHURN: a committee orders the backlog', () => {
    test('4+ rankers, top ranker under 60%, the Scrum Master over 20%', () => {
      const authors = rankAuthors('CHURN', 90);
      const total = [...authors.values()].reduce((a, b) => a + b, 0);
      expect(authors.size).toBeGreaterThanOrEqual(4);
      expect(Math.max(...authors.values()) / total).toBeLessThan(0.6);
      const sm = demo.settings.CHURN.roles!.scrumMasters![0]!;
      expect(authors.get(sm)! / total).toBeGreaterThan(0.2);
    });
    test('the top ten keeps changing week over week (overlap under 50% now and on average)', () => {
      const snaps = demo.snapshots.CHURN;
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

  describe('SPLIT: a separate technical pool', () => {
    test('technical items parked at the bottom (interleaving < 0.2 with 10+ of them)', () => {
      const backlog = finalBacklog(demo.workspace, 'SPLIT');
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
      const po = demo.settings.SPLIT.roles!.productOwners![0]!;
      const changes = projectIssues(demo.workspace, 'SPLIT').filter((i) => currentSprintIds(i).length > 0).flatMap((i) => itemsOf(i, 'assignee'))
        .filter((c) => c.at >= NOW.getTime() - 90 * DAY);
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
      expect(demo.settings.SOLO.roles!.productOwners).toEqual(demo.settings.SOLO.roles!.scrumMasters);
    });
    test('no re-ranking for 30+ days while 10+ items were created; the PO idle for 14+ days', () => {
      const issues = projectIssues(demo.workspace, 'SOLO');
      const lastRank = Math.max(0, ...issues.flatMap((i) => itemsOf(i, RANK).map((c) => c.at)));
      expect(NOW.getTime() - lastRank).toBeGreaterThan(30 * DAY);
      expect(issues.filter((i) => Date.parse(i.fields.created as string) > NOW.getTime() - 30 * DAY).length).toBeGreaterThanOrEqual(10);
      const po = demo.settings.SOLO.roles!.productOwners![0]!;
      const since = NOW.getTime() - 14 * DAY;
      const poActs = issues.filter((i) =>
        ((i.fields.reporter as { accountId: string }).accountId === po && Date.parse(i.fields.created as string) > since) ||
        i.changelog.some((h) => h.author?.accountId === po && Date.parse(h.created) > since));
      expect(poActs).toEqual([]);
    });
    test('recent sprints, and the active one, started with an empty goal', () => {
      const sprints = projectSprints(demo.workspace, 'SOLO').filter((s) => s.state !== 'future').slice(-3);
      for (const sprint of sprints) expect(sprint.goal ?? '').toBe('');
    });
  });

  describe('FLOW: Kanban without sprints', () => {
    test('a Kanban board, no sprints, no sprint values or changes', () => {
      expect(demo.workspace.boards.find((b) => b.projectKey === 'FLOW')!.type).toBe('kanban');
      expect(projectSprints(demo.workspace, 'FLOW')).toEqual([]);
      for (const issue of projectIssues(demo.workspace, 'FLOW')) {
        expect(issue.fields[SPRINT]).toBeNull();
        expect(itemsOf(issue, SPRINT)).toEqual([]);
      }
      expect(projectIssues(demo.workspace, 'FLOW').some((i) => (i.fields.status as { name: string }).name === 'Done')).toBe(true);
    });
  });

  describe('the site as a whole', () => {
    test('each Scrum project: 10-25 closed sprints, one active holding now, one future; backlog of 40-120', () => {
      for (const key of ['CALM', 'SPILL', 'CHURN', 'SPLIT', 'THIN', 'SOLO']) {
        const sprints = projectSprints(demo.workspace, key);
        const closed = sprints.filter((s) => s.state === 'closed');
        expect(closed.length).toBeGreaterThanOrEqual(10);
        expect(closed.length).toBeLessThanOrEqual(25);
        const active = sprints.filter((s) => s.state === 'active');
        expect(active).toHaveLength(1);
        expect(Date.parse(active[0].startDate!)).toBeLessThan(NOW.getTime());
        expect(Date.parse(active[0].endDate!)).toBeGreaterThan(NOW.getTime());
        expect(sprints.filter((s) => s.state === 'future')).toHaveLength(1);
        for (const s of closed) expect(Date.parse(s.completeDate!)).toBeLessThan(NOW.getTime());
        const backlog = finalBacklog(demo.workspace, key);
        expect(backlog.length).toBeGreaterThanOrEqual(40);
        expect(backlog.length).toBeLessThanOrEqual(120);
        expect(backlog.every((i) => (i.fields.description as { type: string }).type === 'doc')).toBe(true);
      }
      for (const key of ['CALM', 'SPILL', 'CHURN', 'SPLIT']) expect(finalBacklog(demo.workspace, key).some(hasAcceptanceCriteria)).toBe(true);
    });
    test('permissions: the viewer may not browse one project; the admin administers all', () => {
      const keys = demo.workspace.projects.map((p) => p.key);
      expect(demo.workspace.permissions[DEMO_ADMIN.accountId]).toEqual({ browse: keys, administer: keys });
      expect(demo.workspace.permissions[DEMO_VIEWER.accountId].browse).toEqual(keys.filter((k) => k !== 'SOLO'));
    });
    test('snapshots: 35 daily snapshots per Scrum project, of open issues only', () => {
      for (const [key, snaps] of Object.entries(demo.snapshots)) {
        expect(snaps).toHaveLength(35);
        const times = snaps.map((s) => Date.parse(s.takenAt));
        for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBe(DAY);
        expect(times[times.length - 1]).toBeLessThanOrEqual(NOW.getTime());
        const issues = new Map(demo.workspace.issues.map((i) => [i.key, i]));
        for (const snap of snaps) for (const k of snap.keys) expect(isSubtask(issues.get(k)!)).toBe(false);
        // With no change after the last snapshot, it shows the backlog as it is now.
        const lastChange = Math.max(...projectIssues(demo.workspace, key).flatMap((i) => [Date.parse(i.fields.created as string), ...i.changelog.map((h) => Date.parse(h.created))]));
        if (lastChange < times[times.length - 1]) expect(snaps[snaps.length - 1].keys).toEqual(finalBacklog(demo.workspace, key).map((i) => i.key));
      }
    });
    test('extra projects P001.. are added for portfolio tests', () => {
      const more = generateDemo({ now: NOW, extraProjects: 3 });
      expect(more.workspace.projects.map((p) => p.key)).toEqual(['CALM', 'SPILL', 'CHURN', 'SPLIT', 'THIN', 'SOLO', 'FLOW', 'P001', 'P002', 'P003']);
      for (const key of ['P001', 'P002', 'P003']) expect(Object.keys(more.truth.projects[key].sprints).length).toBeGreaterThanOrEqual(10);
      // P002 is the flavour whose board counts issues: the truth carries no points, the board no field.
      expect(more.workspace.boards.find((b) => b.projectKey === 'P002')!.estimationFieldId).toBeNull();
      expect(Object.values(more.truth.projects.P002.sprints).every((f) => f.committed.points === null && f.completed.points === null)).toBe(true);
      expect(Object.values(more.truth.projects.P001.sprints).every((f) => typeof f.committed.points === 'number')).toBe(true);
      // The busy flavour (P003) takes an extra item mid-sprint now and then.
      expect(Object.values(more.truth.projects.P003.sprints).some((f) => f.added.issues.length > 0)).toBe(true);
      expect(() => generateDemo({ now: NOW, extraProjects: -1 })).toThrow(/extraProjects/);
    });
  });

  describe('links and sub-tasks', () => {
    test('SPILL and THIN have open blocking links; every link has its mirror on the other issue', () => {
      const open = (key: string) => projectIssues(demo.workspace, key).filter((i) =>
        (i.fields.issuelinks as { inwardIssue?: { fields: { status: { statusCategory: { key: string } } } } }[])
          .some((l) => l.inwardIssue && l.inwardIssue.fields.status.statusCategory.key !== 'done'));
      expect(open('SPILL').length).toBeGreaterThan(0);
      expect(open('THIN').length).toBeGreaterThan(0);
      for (const issue of demo.workspace.issues) {
        for (const link of issue.fields.issuelinks as { id: string; inwardIssue?: { key: string }; outwardIssue?: { key: string } }[]) {
          const other = issueByKey((link.inwardIssue ?? link.outwardIssue)!.key);
          const mirror = (other.fields.issuelinks as { id: string; inwardIssue?: { key: string }; outwardIssue?: { key: string } }[]).find((l) => l.id === link.id)!;
          expect((link.inwardIssue ? mirror.outwardIssue : mirror.inwardIssue)!.key).toBe(issue.key);
        }
      }
    });
    test('THIN sub-tasks name their parent, and parents list them', () => {
      const subs = projectIssues(demo.workspace, 'THIN').filter(isSubtask);
      expect(subs.length).toBeGreaterThan(40);
      for (const sub of subs) {
        const parent = issueByKey((sub.fields.parent as { key: string }).key);
        expect((parent.fields.subtasks as { key: string }[]).map((s) => s.key)).toContain(sub.key);
      }
    });
  });
}
