/**
 * Messy Jira data, end to end through the emulator: each case bends one thing of the fault site
 * (site.ts) and checks the report is complete or says what it could not use, with the message.
 * Fields, names, estimates and change values: fields-and-names.test.ts.
 *
 * Baseline by hand: backlog (not done, not in the active sprint 2) = ABC-4 (future sprint 3, 8 pts),
 * ABC-5 (1 pt), ABC-6 (no estimate); capacity = sprint 1's completed points = ABC-1's 3;
 * unestimated size = median(8, 1) = 4.5; depth = (8 + 1 + 4.5) / 3 = 4.5 sprints.
 * Sprint 1: committed ABC-1, ABC-2 (8 pts), completed ABC-1 (3 pts), ABC-2 carried over.
 */
import type { Report } from '../../src/domain/report';
import { noteCodes, noteTexts as notes, reportOf, run, stopAll } from './harness';
import { RANK, SPRINT, bentSite as bent, change, history, issueOf } from './site';

afterEach(stopAll);

let baseline: Report;
beforeAll(async () => {
  baseline = reportOf(await run());
  await stopAll();
});

describe('people', () => {
  it('a deleted user (inactive assignee and change author) and a change with no author: complete, the person still named', async () => {
    const gone = { accountId: 'acc-gone', displayName: 'Former colleague', active: false };
    const outcome = await run(bent((s) => {
      issueOf(s, 'ABC-5').fields.assignee = gone;
      issueOf(s, 'ABC-5').changelog[0].author = gone;
      delete issueOf(s, 'ABC-1').changelog[0].author;
    }));
    const report = reportOf(outcome);
    expect(report.partial).toBeNull();
    expect(report.people).toEqual({ 'acc-gone': { displayName: 'Former colleague', avatarUrl: null } });
    expect(report.roles.rankChangesBy).toEqual([{ accountId: 'acc-gone', changes: 1 }]);
    expect(outcome.data!.issues.find((i) => i.key === 'ABC-1')!.changelog[0].author).toBeNull();
    expect(report.sprints).toEqual(baseline.sprints);
  });

  it('an anonymised author without an account id counts as nobody in particular', async () => {
    const report = reportOf(await run(bent((s) => (issueOf(s, 'ABC-5').changelog[0].author = { displayName: 'Former user', active: false } as never))));
    expect(report.roles.rankChangesBy).toEqual([{ accountId: null, changes: 1 }]);
    expect(report.people).toEqual({});
  });
});

describe('sprints', () => {
  it('a closed sprint without dates: its figures are empty, with a note naming it', async () => {
    const report = reportOf(await run(bent((s) => {
      delete s.sprints[0].startDate;
      delete s.sprints[0].endDate;
      delete s.sprints[0].completeDate;
    })));
    expect(report.partial).toBeNull();
    expect(report.dataQuality).toEqual([{ code: 'sprint-missing-dates', message: 'ABC Sprint 1 is closed but Jira gave no start or completion date, so its figures are empty.', sprintId: 1 }]);
    expect(report.sprints!.closed[0]).toMatchObject({ startDate: null, completeDate: null, committed: { issues: [], points: 0 } });
  });

  it('an active sprint without dates is shown without them', async () => {
    const report = reportOf(await run(bent((s) => {
      delete s.sprints[1].startDate;
      delete s.sprints[1].endDate;
    })));
    expect(report.sprints!.active).toMatchObject({ id: 2, startDate: null, endDate: null });
    expect(report.dataQuality).toEqual([]);
  });

  it('a sprint completed before it started gets a note saying its figures cannot be trusted', async () => {
    const report = reportOf(await run(bent((s) => (s.sprints[0].completeDate = '2026-01-01T09:00:00.000Z'))));
    expect(report.dataQuality).toEqual([{ code: 'sprint-dates-reversed', message: 'ABC Sprint 1 was completed before it started, according to Jira, so its figures cannot be trusted.', sprintId: 1 }]);
  });

  it('a Scrum board that never ran a sprint: complete, a limitation instead of sprint figures', async () => {
    const report = reportOf(await run(bent((s) => {
      s.sprints = s.sprints.filter((sp) => sp.originBoardId !== 1);
      for (const i of s.issues) {
        i.fields[SPRINT] = [];
        i.changelog = i.changelog.filter((h) => h.items[0].fieldId !== SPRINT);
      }
    })));
    expect(report.partial).toBeNull();
    expect(report.sprints).toBeNull();
    expect(report.capabilities.limitations).toEqual(['This board has not run any sprints yet, so there are no sprint figures to show.']);
    // Nothing is in an active sprint: every issue but the done ABC-1 is backlog.
    expect(report.backlog!.size).toBe(5);
  });

  it('a sprint of another board in an issue\'s sprint field is kept on the issue and changes no figure of this board', async () => {
    const outcome = await run(bent((s) => (issueOf(s, 'ABC-3').fields[SPRINT] as unknown[]).push({ id: 90, name: 'OTH Sprint 1', state: 'active', boardId: 9 })));
    expect(outcome.data!.issues.find((i) => i.key === 'ABC-3')!.sprintIds).toEqual([2, 90]);
    const report = reportOf(outcome);
    // The running sprint notes it (sprint hygiene: its work counts on the other board too); no figure changes.
    const { hygiene, ...running } = report.sprints!.active!.running;
    expect(hygiene.map((note) => [note.kind, note.issueKeys])).toEqual([['several-boards', ['ABC-3']]]);
    expect(baseline.sprints!.active!.running.hygiene).toEqual([]);
    const { hygiene: _baselineHygiene, ...baselineRunning } = baseline.sprints!.active!.running;
    expect(running).toEqual(baselineRunning);
    expect({ ...report.sprints, active: { ...report.sprints!.active, running: null } }).toEqual({ ...baseline.sprints, active: { ...baseline.sprints!.active, running: null } });
    expect(report.backlog).toEqual(baseline.backlog);
  });

  it('a Kanban board: no sprint figures, a limitation, and the site\'s points field with a note', async () => {
    const report = reportOf(await run(bent((s) => (s.boards[0].type = 'kanban'))));
    expect(report.sprints).toBeNull();
    expect(report.capabilities.limitations).toEqual(['This board has no sprints (it is a Kanban board), so sprint figures and sprint signals are not shown. Its flow, the backlog order and the role signals are.']);
    expect(noteCodes(report)).toEqual(['estimation-field-from-field-list']);
  });
});

describe('statuses', () => {
  it('a "Done" status whose category is In Progress counts as not done, and the report says so', async () => {
    const outcome = await run(bent((s) => {
      const fakeDone = { id: '10002', name: 'Done', statusCategory: { id: 4, key: 'indeterminate' as const, name: 'In Progress', colorName: 'yellow' } };
      s.statuses.push(fakeDone);
      s.boards[0].columns[2].statusIds = ['10002'];
      issueOf(s, 'ABC-1').fields.status = fakeDone;
      issueOf(s, 'ABC-1').changelog[2].items = [change('status', '3', '10002', 'In Progress', 'Done')];
    }));
    const report = reportOf(outcome);
    expect(notes(report)).toEqual([['done-column-status-not-done', 'Status "Done" is in the board\'s done column, but Jira files it under "In Progress", so issues in it are counted as not done.']]);
    expect(report.sprints!.closed[0]).toMatchObject({ completed: { issues: [], points: 0 }, notCompleted: { issues: ['ABC-1', 'ABC-2'], points: 8 } });
  });

  it('an issue whose status has no category anywhere counts as not started, with a note', async () => {
    const report = reportOf(await run(bent((s) => (issueOf(s, 'ABC-6').fields.status = { id: '77', name: 'Limbo' }))));
    expect(report.dataQuality).toEqual([{ code: 'unknown-status-category', message: 'ABC-6: the category of status "Limbo" is unknown, so it is counted as not started.', issueKey: 'ABC-6', fieldId: 'status' }]);
    expect(report.backlog!.size).toBe(3);
  });

  it('a status removed by a workflow migration still in the history: complete, with a note', async () => {
    const report = reportOf(await run(bent((s) => issueOf(s, 'ABC-2').changelog.push(
      history('5100', '2026-01-22T09:00:00.000+0000', [change('status', '3', '55', 'In Progress', 'In Review')]),
      history('5101', '2026-01-23T09:00:00.000+0000', [change('status', '55', '3', 'In Review', 'In Progress')]),
    ))));
    expect(notes(report)).toEqual([['unknown-status', "Status 55 appears in the history of 1 issue(s) but is no longer in this site's status list (probably a workflow change). While an issue was in it, we treated it as done when the issue was resolved and as not done otherwise."]]);
    expect(report.sprints!.closed).toEqual(baseline.sprints!.closed);
  });
});

describe('issues and projects', () => {
  it('an issue blocked by an issue in a project we may not see: the blocker counts, its status unknown', async () => {
    const outcome = await run(bent((s) => (issueOf(s, 'ABC-4').fields.issuelinks = [{ id: '1', type: { name: 'Blocks', inward: 'is blocked by', outward: 'blocks' }, inwardIssue: { id: '9999', key: 'SEC-1' } }])));
    expect(outcome.data!.issues.find((i) => i.key === 'ABC-4')!.blockedBy).toEqual([{ key: 'SEC-1', statusCategory: null }]);
    const report = reportOf(outcome);
    expect(report.backlog!.nearTerm).toEqual([{ key: 'ABC-4', summary: 'Work item ABC-4', estimate: 8, technical: false, failedChecks: ['acceptanceCriteria', 'notBlocked', 'smallEnough'] }]);
  });

  it('two issues with the same key (different ids): both are kept, nothing crashes', async () => {
    const outcome = await run(bent((s) => {
      const twin = JSON.parse(JSON.stringify(issueOf(s, 'ABC-6')));
      twin.id = '1099';
      twin.rank = '0|i0000y:';
      twin.fields[RANK] = twin.rank;
      s.issues.push(twin);
    }));
    expect(outcome.data!.issues.filter((i) => i.key === 'ABC-6').map((i) => i.id)).toEqual(['1099', '1006']);
    expect(reportOf(outcome).backlog!.size).toBe(4);
  });

  it('a change with an unreadable date is left out, with a note', async () => {
    const report = reportOf(await run(bent((s) => (issueOf(s, 'ABC-5').changelog[0].created = 'not a date'))));
    expect(notes(report)).toEqual([['malformed-history-date', 'ABC-5: a change (history 5008) has no readable date and was left out.']]);
    expect(report.roles.rankChangesBy).toEqual([]);
  });

  it('an empty project (a board, no issues): complete, empty backlog, six requests', async () => {
    const outcome = await run(undefined, { projectKey: 'EMP' });
    const report = reportOf(outcome);
    expect(report.partial).toBeNull();
    expect(report.backlog!.size).toBe(0);
    expect(report.signals).toEqual([]);
    expect(report.capabilities.limitations).toEqual(['This board has not run any sprints yet, so there are no sprint figures to show.']);
    // boards, configuration, fields, statuses, sprints, the oldest-issue probe (empty: no slices, no history).
    expect(outcome.requests).toHaveLength(6);
  });

  it('a project without a board: a report that says so, after one request', async () => {
    const outcome = await run(undefined, { projectKey: 'NOB' });
    const report = reportOf(outcome);
    expect(report.board).toBeNull();
    expect(report.capabilities.limitations).toEqual(['This project has no board to analyse yet. Create a Scrum board for it in Jira, then refresh.']);
    expect(outcome.requests).toHaveLength(1);
  });

  it('a project the caller may not browse looks like no project at all: a plain error', async () => {
    const outcome = await run(bent((s) => (s.permissions = { 'acc-alice': { browse: ['ABC'], administer: [] } })), { projectKey: 'OTH' });
    expect(outcome.report).toBeNull();
    expect(outcome.error).toMatchObject({ kind: 'bad-request', status: 400 });
    expect(outcome.error!.message).toBe('Could not list the boards of project OTH: Jira did not accept the request (HTTP 400, GET /rest/agile/1.0/board). Jira said: "No project could be found with key or id \'OTH\'.".');
  });
});
