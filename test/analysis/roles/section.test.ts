import { analyseRoles } from '../../../src/analysis/roles/section';
import { DEFAULT_SETTINGS, type ProjectSettings } from '../../../src/domain/settings';
import { NOW, rolesData } from './fixtures';

const withRoles = (productOwners: string[], scrumMasters: string[]): ProjectSettings => ({ ...DEFAULT_SETTINGS, roles: { productOwners, scrumMasters } });

describe('analyseRoles', () => {
  it('counts rank changes of the last 90 days by person (the 19 Feb in-sprint rank included)', () => {
    const roles = analyseRoles({ data: rolesData, settings: withRoles(['paula'], ['sam']), now: NOW });
    expect(roles.rankChangesBy).toEqual([
      { accountId: 'paula', changes: 4 },
      { accountId: 'sam', changes: 2 },
      { accountId: 'olga', changes: 1 },
    ]);
  });

  it('counts assignee changes on items that were then in an active or closed sprint (planning included)', () => {
    const roles = analyseRoles({ data: rolesData, settings: withRoles(['paula'], ['sam']), now: NOW });
    // paula: R-1 during sprint 5 and R-6 just before its start; dev: R-4 during sprint 1.
    // Not counted: paula on backlog item R-2, sam on R-3 in future sprint 6.
    expect(roles.assigneeChangesBy).toEqual([
      { accountId: 'paula', changes: 2 },
      { accountId: 'dev', changes: 1 },
    ]);
  });

  it('names the acting backlog owner only when no PO is named', () => {
    expect(analyseRoles({ data: rolesData, settings: withRoles(['paula'], []), now: NOW }).actingBacklogOwner).toBeNull();
    expect(analyseRoles({ data: rolesData, settings: withRoles([], []), now: NOW }).actingBacklogOwner).toBe('paula');
  });

  it('finds the PO’s last backlog activity, ignoring work inside the running sprint', () => {
    const roles = analyseRoles({ data: rolesData, settings: withRoles(['paula'], ['sam']), now: NOW });
    expect(roles.productOwners).toEqual(['paula']);
    expect(roles.scrumMasters).toEqual(['sam']);
    expect(roles.lastPoBacklogActivity).toBe('2026-02-18T10:00:00.000Z');
    expect(analyseRoles({ data: rolesData, settings: withRoles([], []), now: NOW }).lastPoBacklogActivity).toBeNull();
  });
});
