/**
 * The benchmark's minimum-request formula against hand counts, and the fast client on a tiny
 * project measured against it.
 */
import { JiraClient } from '../../src/jira/client';
import { loadBoardData } from '../../src/jira/load';
import { changelogFieldIds } from '../../src/jira/load-steps';
import { minimumInputFor, minimumRequests } from '../../src/local/bench/minimum';
import { startEmulator } from '../../src/local/emulator';
import { createHttpTransport } from '../../src/local/http-transport';
import { RANK, tinySite } from '../jira/tiny-site';

describe('minimumRequests', () => {
  it('adds board, configuration, fields, statuses, sprint, search and changelog pages', () => {
    // 52 sprints: 2 pages of 50. 250 issues: 3 search pages of 100. 12001 histories: 2 pages of
    // 10000, more than the 1 request 250 issues need. 1 + 1 + 1 + 1 + 2 + 3 + 2 = 11.
    expect(minimumRequests({ boards: 1, sprints: 52, kanban: false, issues: 250, histories: 12001 })).toEqual({
      boardPages: 1, boardConfiguration: 1, fields: 1, statuses: 1, sprintPages: 2, searchPages: 3, changelogPages: 2, total: 11,
    });
  });

  it('counts changelog requests by issues when histories are few, and Kanban boards read no sprints', () => {
    // 2500 issues: 3 bulk requests of at most 1000 issues; 9000 histories would fit one page. 51 boards: 2 pages.
    expect(minimumRequests({ boards: 51, sprints: 0, kanban: true, issues: 2500, histories: 9000 })).toMatchObject({ boardPages: 2, sprintPages: 0, searchPages: 25, changelogPages: 3, total: 2 + 1 + 1 + 1 + 0 + 25 + 3 });
  });

  it('an empty project still costs one search page and one sprint page, and no changelog', () => {
    expect(minimumRequests({ boards: 1, sprints: 0, kanban: false, issues: 0, histories: 0 }).total).toBe(1 + 1 + 1 + 1 + 1 + 1 + 0);
  });

  it('refuses counts that are not whole numbers', () => {
    expect(() => minimumRequests({ boards: 1, sprints: -1, kanban: false, issues: 3, histories: 0 })).toThrow('sprints must be a whole number of at least 0 (got -1).');
  });
});

describe('minimumInputFor on the tiny site', () => {
  it('counts the project\'s boards, the board\'s sprints, issues, and the histories touching the asked fields', () => {
    // ABC: board 1, sprints 1 and 2, issues ABC-1..5; histories: status (ABC-1), sprint (ABC-2), rank (ABC-3).
    expect(minimumInputFor(tinySite(), 'ABC', 1, ['status', RANK])).toEqual({ boards: 1, sprints: 2, kanban: false, issues: 5, histories: 2 });
    expect(minimumInputFor(tinySite(), 'KAN', 2, ['status'])).toEqual({ boards: 1, sprints: 0, kanban: true, issues: 1, histories: 0 });
    expect(() => minimumInputFor(tinySite(), 'ABC', 9, [])).toThrow('Board 9 is not in the workspace.');
  });

  it('the fast load of ABC makes the minimum of 7 requests', async () => {
    const site = tinySite();
    const emulator = await startEmulator({ workspace: site });
    try {
      const client = new JiraClient(createHttpTransport({ baseUrl: emulator.url, email: 'alice@example.com', apiToken: 'alice-token' }));
      const data = await loadBoardData(client, { projectKey: 'ABC', now: new Date('2026-02-10T12:00:00.000Z') });
      const minimum = minimumRequests(minimumInputFor(site, 'ABC', data.board.id, changelogFieldIds(data.fieldIds)));
      // 1 board page, configuration, fields, statuses, 1 sprint page, 1 search page, 1 changelog page.
      expect(minimum.total).toBe(7);
      // The same: the five issues fit in the first (oldest) search page, so nothing more is read.
      expect(client.requestCount).toBe(7);
    } finally {
      await emulator.stop();
    }
  });
});
