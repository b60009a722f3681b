import { generateSizedProject } from '../../src/local/demo';
import { isSubtask, itemsOf, RANK, SPRINT } from './raw-replay';

const NOW = new Date('2026-11-22T03:35:00Z');

describe('sized benchmark project', () => {
  const { workspace } = generateSizedProject({ issues: 5000, closedSprints: 50, now: NOW });

  test('has the requested counts: 5,000 issues, 50 closed sprints, one active, one future', () => {
    expect(workspace.issues).toHaveLength(5000);
    expect(new Set(workspace.issues.map((i) => i.key)).size).toBe(5000);
    expect(workspace.sprints.filter((s) => s.state === 'closed')).toHaveLength(50);
    expect(workspace.sprints.filter((s) => s.state === 'active')).toHaveLength(1);
    expect(workspace.sprints.filter((s) => s.state === 'future')).toHaveLength(1);
    expect(workspace.issues.some(isSubtask)).toBe(false);
  });

  test('carries a realistic changelog: 10 to 20 histories per issue on average, in time order, before now', () => {
    const histories = workspace.issues.reduce((sum, i) => sum + i.changelog.length, 0);
    expect(histories / 5000).toBeGreaterThanOrEqual(10);
    expect(histories / 5000).toBeLessThanOrEqual(20);
    const outOfOrder = workspace.issues.filter((issue) => {
      const times = [Date.parse(issue.fields.created as string), ...issue.changelog.map((h) => Date.parse(h.created))];
      return times.some((t, i) => (i > 0 && t < times[i - 1]) || t >= NOW.getTime());
    });
    expect(outOfOrder.map((i) => i.key)).toEqual([]);
  });

  test('most issues went through a sprint, some carried over into a second one', () => {
    const inSprint = workspace.issues.filter((i) => itemsOf(i, SPRINT).length > 0);
    expect(inSprint.length).toBeGreaterThan(3500);
    const carried = workspace.issues.filter((i) => ((i.fields[SPRINT] as unknown[] | null) ?? []).length >= 2);
    expect(carried.length).toBeGreaterThan(100);
    expect(workspace.issues.every((i) => itemsOf(i, RANK).length >= 3)).toBe(true);
  });

  test('a small project scales down', () => {
    const small = generateSizedProject({ issues: 10, closedSprints: 2, now: NOW, seed: 1 });
    expect(small.workspace.issues).toHaveLength(10);
    expect(small.workspace.sprints).toHaveLength(4);
  });
});
