import { generateDemo } from '../../src/local/demo';
import type { DemoOutput } from '../../src/local/demo';
import { pointsAt, projectSprints, replayEstimateChanges, replaySprint } from './raw-replay';

const NOW = new Date('2026-11-22T03:35:00Z');
let demo: DemoOutput;

beforeAll(() => {
  demo = generateDemo({ now: NOW, seed: 11, extraProjects: 4 });
});

const SCRUM = ['CALM', 'SPILL', 'CHURN', 'SPLIT', 'THIN', 'SOLO', 'P001', 'P002', 'P003', 'P004'];

describe('ground truth', () => {
  test.each(SCRUM)('%s has figures for every closed sprint and only for those', (key) => {
    const closed = projectSprints(demo.workspace, key).filter((s) => s.state === 'closed').map((s) => s.id).sort((a, b) => a - b);
    expect(Object.keys(demo.truth.projects[key].sprints).map(Number).sort((a, b) => a - b)).toEqual(closed);
    expect(closed.length).toBeGreaterThanOrEqual(10);
    expect(closed.length).toBeLessThanOrEqual(25);
  });

  test.each(SCRUM)('%s figures are self-consistent', (key) => {
    for (const figures of Object.values(demo.truth.projects[key].sprints)) {
      const set = (keys: string[]) => new Set(keys);
      const committed = set(figures.committed.issues);
      const added = set(figures.added.issues);
      const dbs = set(figures.doneBeforeStart.issues);
      expect(figures.committed.issues.filter((k) => added.has(k))).toEqual([]);
      expect(figures.committed.issues.filter((k) => dbs.has(k))).toEqual([]);
      for (const k of figures.completed.issues) expect(committed.has(k) || added.has(k)).toBe(true);
      for (const k of figures.notCompleted.issues) expect(committed.has(k) || added.has(k)).toBe(true);
      for (const k of figures.removed.issues) expect(committed.has(k) || added.has(k) || dbs.has(k)).toBe(true);
      expect(figures.completed.issues.filter((k) => figures.notCompleted.issues.includes(k))).toEqual([]);
      // Every committed or added issue ends completed, not completed, or removed.
      const accounted = new Set([...figures.completed.issues, ...figures.notCompleted.issues, ...figures.removed.issues]);
      for (const k of [...committed, ...added]) expect(accounted.has(k)).toBe(true);
      if (key !== 'P002') expect(figures.committed.points).toBeGreaterThan(0);
      if (key !== 'P002') expect(figures.completed.points).toBeGreaterThanOrEqual(0);
    }
  });

  test.each(SCRUM)('%s figures match a replay of the raw changelog', (key) => {
    for (const [id, figures] of Object.entries(demo.truth.projects[key].sprints)) {
      const { groups } = replaySprint(demo.workspace, key, Number(id));
      expect({ sprint: id, ...groups }).toEqual({
        sprint: id,
        committed: figures.committed.issues,
        added: figures.added.issues,
        removed: figures.removed.issues,
        completed: figures.completed.issues,
        notCompleted: figures.notCompleted.issues,
        doneBeforeStart: figures.doneBeforeStart.issues,
      });
    }
  });

  test.each(SCRUM)('%s sub-tasks and estimate changes match a replay of the raw changelog', (key) => {
    for (const [id, figures] of Object.entries(demo.truth.projects[key].sprints)) {
      const { groups } = replaySprint(demo.workspace, key, Number(id), 'subtasks');
      expect({ sprint: id, ...figures.subtasks }).toEqual({ sprint: id, committed: groups.committed, added: groups.added, completed: groups.completed, notCompleted: groups.notCompleted });
      expect({ sprint: id, changes: figures.estimateChanges }).toEqual({ sprint: id, changes: replayEstimateChanges(demo.workspace, key, Number(id)) });
    }
  });

  test.each(SCRUM)('%s committed points equal the estimates at the start, replayed from the changelog', (key) => {
    for (const [id, figures] of Object.entries(demo.truth.projects[key].sprints)) {
      const sprint = demo.workspace.sprints.find((s) => s.id === Number(id))!;
      const t0 = Date.parse(sprint.startDate!);
      const sum = figures.committed.issues.reduce((total, k) => total + (pointsAt(demo.workspace.issues.find((i) => i.key === k)!, t0) ?? 0), 0);
      expect(figures.committed.points).toBe(key === 'P002' ? null : sum);
    }
  });

  test('FLOW (Kanban) has no sprint figures', () => {
    expect(demo.truth.projects.FLOW.sprints).toEqual({});
  });
});
