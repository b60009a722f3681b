import { analyseRoles } from '../../../src/analysis/roles/section';
import { DEFAULT_SETTINGS, type ProjectSettings } from '../../../src/domain/settings';
import { NOW, rolesData } from './fixtures';
import { boardData, issue, rankChange } from '../sprints/fixtures';
import { boardInput } from '../history/board-input';

const withRoles = (productOwners: string[], scrumMasters: string[]): ProjectSettings => ({ ...DEFAULT_SETTINGS, roles: { productOwners, scrumMasters } });

describe('analyseRoles', () => {
  it('counts rank changes of the last 90 days by person (the 19 Feb in-sprint rank included)', () => {
    const roles = analyseRoles({ ...boardInput(rolesData), settings: withRoles(['paula'], ['sam']), now: NOW });
    expect(roles.rankChangesBy).toEqual([
      { accountId: 'paula', changes: 4 },
      { accountId: 'sam', changes: 2 },
      { accountId: 'olga', changes: 1 },
    ]);
  });

  it('counts assignee changes on items that were then in an active or closed sprint (planning included)', () => {
    const roles = analyseRoles({ ...boardInput(rolesData), settings: withRoles(['paula'], ['sam']), now: NOW });
    // paula: R-1 during sprint 5 and R-6 just before its start; dev: R-4 during sprint 1.
    // Not counted: paula on backlog item R-2, sam on R-3 in future sprint 6.
    expect(roles.assigneeChangesBy).toEqual([
      { accountId: 'paula', changes: 2 },
      { accountId: 'dev', changes: 1 },
    ]);
  });

  it('keeps the named people’s own assignments and re-rankings in the windows, in the order found', () => {
    const roles = analyseRoles({ ...boardInput(rolesData), settings: withRoles(['paula'], ['sam']), now: NOW });
    expect(roles.productOwnerAssignments).toEqual([
      { issueKey: 'R-1', at: '2026-02-17T10:00:00.000+0000', by: 'paula' },
      { issueKey: 'R-6', at: '2026-02-16T08:00:00.000+0000', by: 'paula' },
    ]);
    expect(roles.scrumMasterRankChanges).toEqual([
      { issueKey: 'R-2', at: '2026-02-12T10:00:00.000+0000', by: 'sam' },
      { issueKey: 'R-2', at: '2026-02-12T11:00:00.000+0000', by: 'sam' },
    ]);
    const nobodyNamed = analyseRoles({ ...boardInput(rolesData), settings: withRoles([], []), now: NOW });
    expect([nobodyNamed.productOwnerAssignments, nobodyNamed.scrumMasterRankChanges]).toEqual([[], []]);
  });

  it('names the acting backlog owner only when no PO is named', () => {
    expect(analyseRoles({ ...boardInput(rolesData), settings: withRoles(['paula'], []), now: NOW }).actingBacklogOwner).toBeNull();
    expect(analyseRoles({ ...boardInput(rolesData), settings: withRoles([], []), now: NOW }).actingBacklogOwner).toBe('paula');
  });

  it('looks 90 days back for the acting backlog owner, whatever window the sm-orders-backlog rule uses', () => {
    // olga re-ranked 5 times 40 days ago, sam twice 3 days ago.
    const data = boardData([
      issue('W-1', { changelog: [1, 2, 3, 4, 5].map((n) => rankChange(`2026-01-11T10:0${n}:00.000+0000`, 'olga')) }),
      issue('W-2', { changelog: [rankChange('2026-02-17T10:00:00.000+0000', 'sam'), rankChange('2026-02-17T11:00:00.000+0000', 'sam')] }),
    ], []);
    const settings = { ...withRoles([], []), thresholds: { ...DEFAULT_SETTINGS.thresholds, smOrdersBacklog: { shareAbove: 0.2, windowDays: 10 } } };
    const roles = analyseRoles({ ...boardInput(data), settings, now: NOW });
    expect(roles.rankChangesBy).toEqual([{ accountId: 'sam', changes: 2 }]); // the rule's 10 days
    expect(roles.actingBacklogOwner).toBe('olga'); // 5 changes in 90 days against sam's 2
  });

  it('finds the PO’s last backlog activity, ignoring work inside the running sprint', () => {
    const roles = analyseRoles({ ...boardInput(rolesData), settings: withRoles(['paula'], ['sam']), now: NOW });
    expect(roles.productOwners).toEqual(['paula']);
    expect(roles.scrumMasters).toEqual(['sam']);
    expect(roles.lastPoBacklogActivity).toBe('2026-02-18T10:00:00.000Z');
    expect(analyseRoles({ ...boardInput(rolesData), settings: withRoles([], []), now: NOW }).lastPoBacklogActivity).toBeNull();
  });
});
