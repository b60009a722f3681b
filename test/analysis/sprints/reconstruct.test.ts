import { reconstructSprint } from '../../../src/analysis/sprints/reconstruct';
import { replayBoard } from '../../../src/analysis/sprints/replay';
import { S1, S2, S3, boardData, issue, statusChange, DONE_STATUS, STATUS } from './fixtures';
import { scenarioData } from './history';

const replay = replayBoard(scenarioData);
const s1 = reconstructSprint(S1, replay, { pointsEnabled: true });

describe('reconstructSprint, sprint 1 of the scenario board', () => {
  it('puts an issue done before the start apart, in no other group', () => {
    expect(s1.doneBeforeStart).toEqual({ issues: ['APP-6'], points: 2 });
  });

  it('commits what was in the sprint at its start and not done (created into it, later removed, re-estimated, migrated)', () => {
    // A 3 + C 5 + D 1 + E 3 (estimate at the start) + G 1 + H 1 + J 2 + K 3 = 19
    expect(s1.committed).toEqual({ issues: ['APP-1', 'APP-3', 'APP-4', 'APP-5', 'APP-7', 'APP-8', 'APP-10', 'APP-11'], points: 19 });
  });

  it('counts an item added after the start, and who added it', () => {
    expect(s1.added).toEqual({ issues: ['APP-2'], points: 2 });
    expect(s1.scopeChanges).toEqual([
      { issueKey: 'APP-2', change: 'added', at: '2026-01-07T10:00:00.000Z', by: 'olga' },
      { issueKey: 'APP-3', change: 'removed', at: '2026-01-08T10:00:00.000Z', by: 'sam' },
    ]);
  });

  it('counts an item removed during the sprint', () => {
    expect(s1.removed).toEqual({ issues: ['APP-3'], points: 5 });
  });

  it('completes with end-of-sprint estimates, the migrated-and-resolved item counting as done', () => {
    // A 3 + E 8 + G 1 + H 1 + J 2 = 15
    expect(s1.completed).toEqual({ issues: ['APP-1', 'APP-5', 'APP-7', 'APP-8', 'APP-10'], points: 15 });
    // B 2 + D 1 + K 3 (status 99 without a resolution is not done) = 6
    expect(s1.notCompleted).toEqual({ issues: ['APP-2', 'APP-4', 'APP-11'], points: 6 });
  });

  it('computes the ratios by hand', () => {
    expect(s1.commitmentReliability).toBeCloseTo(15 / 19, 10);
    expect(s1.completionRate).toBeCloseTo(15 / 19, 10);
    expect(s1.scopeChurn).toBeCloseTo(2 / 8, 10); // (1 added + 1 removed) / 8 committed
    expect(s1.carryOver).toBeCloseTo(3 / 9, 10); // 3 not completed / (8 committed + 1 added)
  });

  it('records the re-estimate with before, after and by', () => {
    expect(s1.estimateChanges).toEqual([{ issueKey: 'APP-5', from: 3, to: 8, at: '2026-01-08T11:00:00.000Z', by: 'sam' }]);
  });

  it('reports sub-tasks apart', () => {
    expect(s1.subtasks).toEqual({ committed: ['APP-9'], added: [], completed: ['APP-9'], notCompleted: [] });
  });

  it('finds impediments in working days, open ones with no end', () => {
    expect(s1.impediments).toEqual([
      { issueKey: 'APP-1', from: '2026-01-06T09:00:00.000Z', to: '2026-01-09T09:00:00.000Z', workingDays: 3 },
      { issueKey: 'APP-11', from: '2026-01-14T10:00:00.000Z', to: null, workingDays: 2 },
    ]);
  });

  it('lists items moved out of done during the sprint and after completion', () => {
    expect(s1.reopened).toEqual([
      { issueKey: 'APP-7', at: '2026-01-12T10:00:00.000Z', by: 'qa' },
      { issueKey: 'APP-8', at: '2026-01-20T10:00:00.000Z', by: 'qa' },
    ]);
  });

  it('measures length and lateness in working days', () => {
    expect(s1.plannedWorkingDays).toBe(9); // Mon 5 Jan to Fri 16 Jan, one weekend
    expect(s1.lateWorkingDays).toBe(0);
    expect(reconstructSprint(S2, replay, { pointsEnabled: true }).lateWorkingDays).toBe(2); // Fri 30 Jan -> Tue 3 Feb
  });

  it('leaves goalChangedAfterStart unknown without a goal history, and reads one when given', () => {
    expect(s1.goalChangedAfterStart).toBeNull();
    const changed = reconstructSprint(S1, replay, {
      pointsEnabled: true,
      goalHistory: [{ at: '2026-01-05T08:00:00.000+0000', goal: 'Ship login' }, { at: '2026-01-08T08:00:00.000+0000', goal: 'Ship login and search' }],
    });
    expect(changed.goalChangedAfterStart).toBe(true);
    const onlyAfter = reconstructSprint(S1, replay, { pointsEnabled: true, goalHistory: [{ at: '2026-01-08T08:00:00.000+0000', goal: 'x' }] });
    expect(onlyAfter.goalChangedAfterStart).toBeNull();
  });

  it('raises one data-quality note for the retired status', () => {
    const notes = replay.notes.filter((n) => n.code === 'unknown-status');
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toContain('99');
    expect(notes[0].message).toContain('2 issue(s)');
  });
});

describe('reconstructSprint, the carried-over item in later sprints', () => {
  it('sprint 2: the carried items are committed; one is done there', () => {
    const s2 = reconstructSprint(S2, replay, { pointsEnabled: true });
    expect(s2.committed).toEqual({ issues: ['APP-2', 'APP-4'], points: 3 });
    expect(s2.completed).toEqual({ issues: ['APP-2'], points: 2 });
    expect(s2.commitmentReliability).toBeCloseTo(2 / 3, 10);
    expect(s2.scopeChurn).toBe(0);
  });

  it('sprint 3: reads the field whatever the order of the ids', () => {
    const s3 = reconstructSprint(S3, replay, { pointsEnabled: true });
    expect(s3.committed.issues).toEqual(['APP-4']);
    expect(s3.notCompleted.issues).toEqual(['APP-4']);
    expect(s3.commitmentReliability).toBe(0);
    expect(s3.carryOver).toBe(1);
  });
});

describe('reconstructSprint without estimates', () => {
  const issues = [
    issue('NE-1', { sprintIds: [1], status: DONE_STATUS, changelog: [statusChange('2026-01-08T10:00:00.000+0000', STATUS.todo, STATUS.done)] }),
    issue('NE-2', { sprintIds: [1], status: DONE_STATUS, changelog: [statusChange('2026-01-09T10:00:00.000+0000', STATUS.todo, STATUS.done)] }),
    issue('NE-3', { sprintIds: [1] }),
  ];

  it('falls back to issue counts on a points board whose sprint had no estimates', () => {
    const figures = reconstructSprint(S1, replayBoard(boardData(issues, [S1])), { pointsEnabled: true });
    expect(figures.committed).toEqual({ issues: ['NE-1', 'NE-2', 'NE-3'], points: 0 });
    expect(figures.commitmentReliability).toBeCloseTo(2 / 3, 10);
    expect(figures.completionRate).toBeCloseTo(2 / 3, 10);
  });

  it('gives null points on a board that estimates by issue count', () => {
    const data = boardData(issues, [S1], { config: { ...boardData([], []).config, estimation: { type: 'issueCount' } } });
    const figures = reconstructSprint(S1, replayBoard(data), { pointsEnabled: false });
    expect(figures.completed).toEqual({ issues: ['NE-1', 'NE-2'], points: null });
    expect(figures.commitmentReliability).toBeCloseTo(2 / 3, 10);
  });

  it('gives null ratios when nothing was committed', () => {
    const figures = reconstructSprint(S1, replayBoard(boardData([], [S1])), { pointsEnabled: true });
    expect(figures.commitmentReliability).toBeNull();
    expect(figures.completionRate).toBeNull();
    expect(figures.scopeChurn).toBeNull();
    expect(figures.carryOver).toBeNull();
  });

  it('gives empty groups, not an exception, when a closed sprint lacks its dates', () => {
    const figures = reconstructSprint({ ...S1, startDate: null }, replayBoard(boardData(issues, [S1])), { pointsEnabled: true });
    expect(figures.committed.issues).toEqual([]);
    expect(figures.commitmentReliability).toBeNull();
  });
});
