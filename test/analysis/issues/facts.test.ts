/**
 * The facts of single issues (src/analysis/issues/facts.ts) on a small board worked out by hand:
 * capacity 10 points (closed sprints completing 8, 10 and 12), default settings (size limit half a
 * sprint = 5 points, re-ranks over 90 days, flagged spells over 90 days).
 *
 * | key  | in         | estimate | what is special                                          | fails                         |
 * |------|------------|----------|----------------------------------------------------------|-------------------------------|
 * | AB-1 | backlog 1  | 3        | ready                                                    | nothing                       |
 * | AB-2 | backlog 2  | none     | re-ranked by pat 10 and 2 days ago, by lee 100 days ago  | estimated                     |
 * | AB-3 | backlog 3  | 3        | no description                                           | description, acceptance       |
 * | AB-4 | backlog 4  | 8        | flagged 5 days ago, still flagged                        | notFlagged, smallEnough (8>5) |
 * | AB-5 | sprint 7   | 3        | flagged 100 to 95 days ago, and 20 to 10 days ago        | (not in the backlog)          |
 * | AB-6 | done       | 3        |                                                          | (not in the backlog)          |
 * | AB-7 | sprint 7   | 1        | a sub-task                                               | (not in the backlog)          |
 */
import { readBoardHistory } from '../../../src/analysis/history/board-history';
import { flaggedSpells, issueFactsOf } from '../../../src/analysis/issues/facts';
import type { Report } from '../../../src/domain/report';
import type { ChangeEvent } from '../../../src/domain/types';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { NOW, boardData, capacityTenSprints, daysAgo, issue, person, rankChange, sprint } from '../backlog/fixtures';

const FLAGGED_FIELD = 'customfield_10021';

function flagChange(on: boolean, at: string): ChangeEvent {
  return { fieldId: FLAGGED_FIELD, from: null, to: on ? '10019' : null, fromString: on ? null : 'Impediment', toString: on ? 'Impediment' : null, author: person('lee'), at, historyId: `flag-${at}` };
}

function board() {
  return boardData(
    [
      issue('AB-1'),
      issue('AB-2', { estimate: null, changelog: [rankChange('lee', daysAgo(100)), rankChange('pat', daysAgo(10)), rankChange('pat', daysAgo(2), 'lower')] }),
      issue('AB-3', { description: null }),
      issue('AB-4', { estimate: 8, flagged: true, changelog: [flagChange(true, daysAgo(5))] }),
      issue('AB-5', { sprintIds: [7], created: daysAgo(200), changelog: [flagChange(true, daysAgo(100)), flagChange(false, daysAgo(95)), flagChange(true, daysAgo(20)), flagChange(false, daysAgo(10))] }),
      issue('AB-6', { status: { id: '3', name: 'Done', category: 'done' } }),
      issue('AB-7', { sprintIds: [7], estimate: 1, issueType: { id: '10003', name: 'Sub-task', subtask: true, hierarchyLevel: -1 } }),
    ],
    { sprints: [sprint(7, 'active')] },
  );
}

const withHistory = (data: ReturnType<typeof board>) => ({ data, history: readBoardHistory(data) });

/** What the facts read of the report built from the same data: its time, closed sprints and near-term list. */
function reportOf(nearTermKeys: string[]): Report {
  return {
    computedAt: NOW.toISOString(),
    sprints: { closed: capacityTenSprints() },
    backlog: { nearTerm: nearTermKeys.map((key) => ({ key })) },
  } as unknown as Report;
}

describe('issueFactsOf', () => {
  it('keeps each backlog item in rank order with the checks it fails, the running sprint, re-ranks and flagged spells', () => {
    const facts = issueFactsOf({ ...withHistory(board()), settings: DEFAULT_SETTINGS, report: reportOf(['AB-1', 'AB-2']), now: NOW });
    expect(facts).toEqual({
      version: 1,
      computedAt: NOW.toISOString(),
      readAt: NOW.toISOString(),
      boardId: 1,
      backlog: {
        size: 4,
        nearTermCount: 2,
        items: [
          { key: 'AB-1', failedChecks: [] },
          { key: 'AB-2', failedChecks: ['estimated'] },
          { key: 'AB-3', failedChecks: ['description', 'acceptanceCriteria'] },
          { key: 'AB-4', failedChecks: ['notFlagged', 'smallEnough'] },
        ],
      },
      activeSprintKeys: ['AB-5', 'AB-7'],
      reranks: {
        windowDays: 90,
        changes: [
          { issueKey: 'AB-2', at: daysAgo(10), by: 'pat' },
          { issueKey: 'AB-2', at: daysAgo(2), by: 'pat' },
        ],
      },
      flagged: {
        windowDays: 90,
        spells: [
          { issueKey: 'AB-5', from: daysAgo(20), to: daysAgo(10) },
          { issueKey: 'AB-4', from: daysAgo(5), to: null },
        ],
      },
    });
  });

  it('keeps the place and checks of the first items only when the backlog is longer than the limit, and says how long it is', () => {
    const facts = issueFactsOf({ ...withHistory(board()), settings: DEFAULT_SETTINGS, report: reportOf([]), now: NOW, backlogLimit: 2 });
    expect(facts.backlog).toEqual({ size: 4, nearTermCount: 0, items: [{ key: 'AB-1', failedChecks: [] }, { key: 'AB-2', failedChecks: ['estimated'] }] });
  });

  it('follows the settings: a re-rank window of 5 days keeps only the latest re-rank', () => {
    const settings = structuredClone(DEFAULT_SETTINGS);
    settings.thresholds.committeeOrdering.windowDays = 5;
    const facts = issueFactsOf({ ...withHistory(board()), settings, report: reportOf([]), now: NOW });
    expect(facts.reranks).toEqual({ windowDays: 5, changes: [{ issueKey: 'AB-2', at: daysAgo(2), by: 'pat' }] });
  });
});

describe('flaggedSpells', () => {
  it('reads a timeline into spells, starting at creation when the issue was flagged from the start', () => {
    expect(flaggedSpells({ initial: true, times: [50, 70, 90], values: [false, true, false], by: [null, null, null] }, 10)).toEqual([
      { fromMs: 10, toMs: 50 },
      { fromMs: 70, toMs: 90 },
    ]);
    expect(flaggedSpells({ initial: false, times: [30], values: [true], by: [null] }, 10)).toEqual([{ fromMs: 30, toMs: null }]);
    expect(flaggedSpells({ initial: false, times: [], values: [], by: [] }, 10)).toEqual([]);
  });
});
