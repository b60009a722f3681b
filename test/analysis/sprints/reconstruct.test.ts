import { reconstructSprint } from '../../../src/analysis/sprints/reconstruct';
import { readBoardHistory } from '../../../src/analysis/history/board-history';
import { S1, S2, S3, boardData, issue, pointsChange, sprintChange, statusChange, DONE_STATUS, STATUS } from './fixtures';
import { scenarioData } from './history';

const history = readBoardHistory(scenarioData);
const s1 = reconstructSprint(S1, history, { pointsEnabled: true });

describe('reconstructSprint, sprint 1 of the scenario board', () => {
  it('puts an issue done before the start apart, in no other group', () => {
    expect(s1.doneBeforeStart).toEqual({ issues: ['APP-6'], points: 2 });
  });

  it('commits what was in the sprint at its start and not done (created into it, later removed, re-estimated, migrated)', () => {
    // A 3 + C 5 + D 1 + E 3 (estimate at the start) + G 1 + H 1 + J 2 + K 3 = 19
    expect(s1.committed).toEqual({ issues: ['APP-1', 'APP-3', 'APP-4', 'APP-5', 'APP-7', 'APP-8', 'APP-10', 'APP-11'], points: 19 });
  });

  it('counts items added after the start, and who added them', () => {
    // B 2 (carried over later) + L 4 (done in the sprint) = 6
    expect(s1.added).toEqual({ issues: ['APP-2', 'APP-12'], points: 6 });
    expect(s1.scopeChanges).toEqual([
      { issueKey: 'APP-2', change: 'added', at: '2026-01-07T10:00:00.000Z', by: 'olga' },
      { issueKey: 'APP-3', change: 'removed', at: '2026-01-08T10:00:00.000Z', by: 'sam' },
      { issueKey: 'APP-12', change: 'added', at: '2026-01-09T10:00:00.000Z', by: 'olga' },
    ]);
  });

  it('counts an item removed during the sprint', () => {
    expect(s1.removed).toEqual({ issues: ['APP-3'], points: 5 });
  });

  it('completes with end-of-sprint estimates, the migrated-and-resolved item counting as done', () => {
    // A 3 + E 8 + G 1 + H 1 + J 2 + L 4 (added) = 19
    expect(s1.completed).toEqual({ issues: ['APP-1', 'APP-5', 'APP-7', 'APP-8', 'APP-10', 'APP-12'], points: 19 });
    // B 2 + D 1 + K 3 (status 99 without a resolution is not done) = 6
    expect(s1.notCompleted).toEqual({ issues: ['APP-2', 'APP-4', 'APP-11'], points: 6 });
  });

  it('computes the ratios by hand, telling reliability (committed work only) from completion (added work too)', () => {
    // Completed committed: A 3 + E 8 + G 1 + H 1 + J 2 = 15 of 19 committed points; L was added, so it is left out.
    expect(s1.commitmentReliability).toBeCloseTo(15 / 19, 10);
    // All completed points, L's 4 included: 19 / 19.
    expect(s1.completionRate).toBe(1);
    expect(s1.scopeChurn).toBeCloseTo(3 / 8, 10); // (2 added + 1 removed) / 8 committed
    expect(s1.carryOver).toBeCloseTo(3 / 10, 10); // 3 not completed / (8 committed + 2 added)
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
    expect(reconstructSprint(S2, history, { pointsEnabled: true }).lateWorkingDays).toBe(2); // Fri 30 Jan -> Tue 3 Feb
  });

  it('leaves goalChangedAfterStart unknown without a goal history, and reads one when given', () => {
    expect(s1.goalChangedAfterStart).toBeNull();
    const changed = reconstructSprint(S1, history, {
      pointsEnabled: true,
      goalHistory: [{ at: '2026-01-05T08:00:00.000+0000', goal: 'Ship login' }, { at: '2026-01-08T08:00:00.000+0000', goal: 'Ship login and search' }],
    });
    expect(changed.goalChangedAfterStart).toBe(true);
    const onlyAfter = reconstructSprint(S1, history, { pointsEnabled: true, goalHistory: [{ at: '2026-01-08T08:00:00.000+0000', goal: 'x' }] });
    expect(onlyAfter.goalChangedAfterStart).toBeNull();
  });

  it('raises one data-quality note for the retired status', () => {
    const notes = history.notes.filter((n) => n.code === 'unknown-status');
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toContain('99');
    expect(notes[0].message).toContain('2 issue(s)');
  });
});

describe('reconstructSprint, the carried-over item in later sprints', () => {
  it('sprint 2: the carried items are committed; one is done there', () => {
    const s2 = reconstructSprint(S2, history, { pointsEnabled: true });
    expect(s2.committed).toEqual({ issues: ['APP-2', 'APP-4'], points: 3 });
    expect(s2.completed).toEqual({ issues: ['APP-2'], points: 2 });
    expect(s2.commitmentReliability).toBeCloseTo(2 / 3, 10);
    expect(s2.scopeChurn).toBe(0);
  });

  it('sprint 3: reads the field whatever the order of the ids', () => {
    const s3 = reconstructSprint(S3, history, { pointsEnabled: true });
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
    const figures = reconstructSprint(S1, readBoardHistory(boardData(issues, [S1])), { pointsEnabled: true });
    expect(figures.committed).toEqual({ issues: ['NE-1', 'NE-2', 'NE-3'], points: 0 });
    expect(figures.commitmentReliability).toBeCloseTo(2 / 3, 10);
    expect(figures.completionRate).toBeCloseTo(2 / 3, 10);
  });

  it('gives null points on a board that estimates by issue count', () => {
    const data = boardData(issues, [S1], { config: { ...boardData([], []).config, estimation: { type: 'issueCount' } } });
    const figures = reconstructSprint(S1, readBoardHistory(data), { pointsEnabled: false });
    expect(figures.completed).toEqual({ issues: ['NE-1', 'NE-2'], points: null });
    expect(figures.commitmentReliability).toBeCloseTo(2 / 3, 10);
  });

  it('gives null ratios when nothing was committed', () => {
    const figures = reconstructSprint(S1, readBoardHistory(boardData([], [S1])), { pointsEnabled: true });
    expect(figures.commitmentReliability).toBeNull();
    expect(figures.completionRate).toBeNull();
    expect(figures.scopeChurn).toBeNull();
    expect(figures.carryOver).toBeNull();
  });

  it('gives empty groups, not an exception, when a closed sprint lacks its dates', () => {
    const figures = reconstructSprint({ ...S1, startDate: null }, readBoardHistory(boardData(issues, [S1])), { pointsEnabled: true });
    expect(figures.committed.issues).toEqual([]);
    expect(figures.commitmentReliability).toBeNull();
  });
});

describe('commitment reliability and completion rate, edge cases worked out by hand', () => {
  const figuresOf = (issues: ReturnType<typeof issue>[]) => reconstructSprint(S1, readBoardHistory(boardData(issues, [S1])), { pointsEnabled: true });

  it('counts issues when only an added issue is estimated: the commitment itself had no estimates', () => {
    const figures = figuresOf([
      issue('EA-1', { sprintIds: [1], status: DONE_STATUS, changelog: [statusChange('2026-01-08T10:00:00.000+0000', STATUS.todo, STATUS.done)] }),
      issue('EA-2', { sprintIds: [1] }),
      issue('EA-3', {
        sprintIds: [1], estimate: 5, status: DONE_STATUS,
        changelog: [sprintChange('2026-01-07T10:00:00.000+0000', '', '1', 'olga'), statusChange('2026-01-09T10:00:00.000+0000', STATUS.todo, STATUS.done)],
      }),
    ]);
    expect(figures.committed).toEqual({ issues: ['EA-1', 'EA-2'], points: 0 });
    expect(figures.added).toEqual({ issues: ['EA-3'], points: 5 });
    expect(figures.commitmentReliability).toBe(0.5); // 1 of 2 committed issues completed
    expect(figures.completionRate).toBe(1); // 2 completed issues (EA-1, EA-3) / 2 committed
  });

  it('gives no points to a committed issue that was estimated only during the sprint, in reliability', () => {
    const figures = figuresOf([
      issue('ED-1', { sprintIds: [1], estimate: 3, status: DONE_STATUS, changelog: [statusChange('2026-01-08T10:00:00.000+0000', STATUS.todo, STATUS.done)] }),
      issue('ED-2', { sprintIds: [1], estimate: 2 }),
      issue('ED-3', {
        sprintIds: [1], estimate: 5, status: DONE_STATUS,
        changelog: [pointsChange('2026-01-07T10:00:00.000+0000', null, '5'), statusChange('2026-01-12T10:00:00.000+0000', STATUS.todo, STATUS.done)],
      }),
    ]);
    expect(figures.committed).toEqual({ issues: ['ED-1', 'ED-2', 'ED-3'], points: 5 }); // 3 + 2 + nothing for ED-3 at the start
    expect(figures.completed).toEqual({ issues: ['ED-1', 'ED-3'], points: 8 }); // 3 + 5 at the end
    expect(figures.commitmentReliability).toBeCloseTo(3 / 5, 10); // only ED-1 was committed with points
    expect(figures.completionRate).toBeCloseTo(8 / 5, 10);
    expect(figures.estimateChanges).toEqual([{ issueKey: 'ED-3', from: null, to: 5, at: '2026-01-07T10:00:00.000Z', by: 'sam' }]);
  });

  it('lets reliability exceed 1 when a committed item grew during the sprint and was finished', () => {
    const figures = figuresOf([
      issue('ER-1', {
        sprintIds: [1], estimate: 4, status: DONE_STATUS,
        changelog: [pointsChange('2026-01-07T10:00:00.000+0000', '2', '4'), statusChange('2026-01-12T10:00:00.000+0000', STATUS.todo, STATUS.done)],
      }),
    ]);
    expect(figures.committed.points).toBe(2);
    expect(figures.commitmentReliability).toBe(2); // 4 points done of the 2 committed
    expect(figures.completionRate).toBe(2);
  });

  it('takes an issue created straight into the sprint after its start as added, by its creator', () => {
    const figures = figuresOf([
      issue('CR-1', { sprintIds: [1], estimate: 2 }),
      issue('CR-2', { sprintIds: [1], estimate: 3, created: '2026-01-07T09:00:00.000+0000', updated: '2026-01-07T09:00:00.000+0000' }),
    ]);
    expect(figures.committed).toEqual({ issues: ['CR-1'], points: 2 });
    expect(figures.added).toEqual({ issues: ['CR-2'], points: 3 });
    expect(figures.scopeChanges).toEqual([{ issueKey: 'CR-2', change: 'added', at: '2026-01-07T09:00:00.000Z', by: 'paula' }]);
    expect(figures.scopeChurn).toBe(1); // 1 added / 1 committed
    expect(figures.carryOver).toBe(1); // 2 not completed / (1 committed + 1 added)
  });
});
