import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport } from '../../src/report/build';
import { emptyReport } from '../../src/engine/empty-report';
import { SIGNAL_DECLARATIONS } from '../../src/signals/declarations';
import { reportSchema, validateReport } from '../../src/report/schema';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { S1, boardData, change, issue, pointsChange, sprint, sprintChange } from '../analysis/sprints/fixtures';
import { scenarioData } from '../analysis/sprints/history';
import { withRoles } from '../signals/context';

const now = new Date('2026-02-20T12:00:00.000Z');

describe('buildReport on the scenario board', () => {
  const report = buildReport({ data: scenarioData, settings: withRoles(['paula'], ['sam']), snapshots: [], now });

  it('validates against the report schema', () => {
    expect(validateReport(report)).toEqual([]);
  });

  it('carries the reconstructed sprints and what the board can show', () => {
    expect(report.sprints?.closed.map((s) => s.id)).toEqual([1, 2, 3]);
    expect(report.capabilities.sprints).toBe(true);
    expect(report.capabilities.estimates).toBe(true);
    expect(report.computedAt).toBe('2026-02-20T12:00:00.000Z');
  });

  it('names every referenced person from the data, and the named roles even when the data does not', () => {
    expect(report.people.olga).toEqual({ displayName: 'OLGA', avatarUrl: 'https://avatars.example/olga.png' });
    expect(report.people.qa.displayName).toBe('QA');
    expect(report.people.sam.displayName).toBe('SAM');
    expect(report.people.paula.displayName).toBe('PAULA'); // reporter of every issue
  });

  it('fires the chronic carry-over and reopening signals, and scores them', () => {
    const ids = report.signals.map((s) => s.id);
    expect(ids).toContain('chronic-carry-over');
    expect(ids).toContain('done-reopened');
    const cost = report.signals.reduce((n, s) => n + (s.severity === 'critical' ? 25 : s.severity === 'warning' ? 10 : 0), 0);
    expect(report.score.total).toBe(Math.max(0, 100 - cost));
    expect(report.score.deductions.map((d) => d.signalId)).toEqual(ids);
  });

  it('passes on the unknown-status note', () => {
    expect(report.dataQuality.filter((n) => n.code === 'unknown-status')).toHaveLength(1);
  });
});

describe('buildReport on a Kanban board', () => {
  const data = boardData([issue('K-1')], [], {
    board: { id: 2, name: 'Flow', type: 'kanban', projectKey: 'APP' },
    config: { ...boardData([], []).config, boardId: 2, estimation: { type: 'none' } },
  });
  const report = buildReport({ data, settings: DEFAULT_SETTINGS, snapshots: [], now });

  it('has no sprint section and says plainly what it cannot show', () => {
    expect(report.sprints).toBeNull();
    expect(report.capabilities.sprints).toBe(false);
    expect(report.capabilities.limitations[0]).toContain('Kanban');
    expect(report.capabilities.runsSprints).toBe(false);
  });

  it('lists the sprint signals as not applicable, each with the reason, and leaves them out of what applies', () => {
    const sprintSignals = SIGNAL_DECLARATIONS.filter((signal) => signal.area === 'sprints').map((signal) => signal.id);
    expect(report.notApplicableSignals.map((s) => s.id)).toEqual(sprintSignals);
    expect(report.notApplicableSignals[0].reason).toBe('This board runs no sprints (it is a Kanban board), so a rule about sprints does not apply to it.');
    expect(report.silentSignals.map((s) => s.id)).not.toEqual(expect.arrayContaining(['unfinished-sprints']));
    expect(report.silentSignals.map((s) => s.id)).toContain('po-assigns-work');
    expect([report.score.applicable, report.score.sprints]).toEqual([SIGNAL_DECLARATIONS.length - 7, null]);
  });

  it('validates against the schema', () => {
    expect(validateReport(report)).toEqual([]);
  });
});

describe('the empty report', () => {
  it('builds a valid report for a project without a board, every rule silent with the reason, naming the roles of the settings', () => {
    const reason = 'This project has no board to analyse yet.';
    const report = emptyReport({ site: 'example.atlassian.net', project: { key: 'NOB', name: 'No board' }, roles: withRoles(['paula'], []).roles, now, reason });
    expect(validateReport(report)).toEqual([]);
    expect(report.board).toBeNull();
    expect(report.silentSignals).toEqual(SIGNAL_DECLARATIONS.map((signal) => ({ id: signal.id, reason })));
    expect(report.roles.productOwners).toEqual(['paula']);
    expect(report.people.paula.displayName).toBe('Someone not seen in this board’s data');
  });
});

describe('the report schema', () => {
  const valid = buildReport({ data: scenarioData, settings: DEFAULT_SETTINGS, snapshots: [], now });

  it('rejects an unknown property and a missing sprint field', () => {
    const extra = JSON.parse(JSON.stringify(valid));
    extra.sprints.closed[0].surprise = 1;
    expect(validateReport(extra).join('\n')).toContain('surprise');
    const missing = JSON.parse(JSON.stringify(valid));
    delete missing.sprints.closed[0].committed;
    expect(validateReport(missing).join('\n')).toContain("must have required property 'committed'");
  });

  it('is the same as docs/report.schema.json (npx tsx src/local/write-report-schema.ts writes it)', () => {
    const onDisk = JSON.parse(readFileSync(join(__dirname, '../../docs/report.schema.json'), 'utf8'));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(reportSchema)));
  });
});

it('a closed sprint without dates gets empty figures and a note, not an exception', () => {
  const broken = sprint(7, null, null, '2026-01-10T00:00:00.000Z', { state: 'closed' });
  const report = buildReport({ data: boardData([issue('Z-1', { sprintIds: [7] })], [broken]), settings: DEFAULT_SETTINGS, snapshots: [], now });
  expect(report.dataQuality.map((n) => n.code)).toContain('sprint-missing-dates');
  expect(validateReport(report)).toEqual([]);
});

describe('buildReport with gaps in the data', () => {
  it('says when the Sprint field is unknown and marks a partial fetch', () => {
    const data = { ...scenarioData, fieldIds: { ...scenarioData.fieldIds, sprint: null }, partial: { reason: 'The changelog of 3 issues could not be read.' } };
    const report = buildReport({ data, settings: DEFAULT_SETTINGS, snapshots: [], now });
    expect(report.dataQuality.map((n) => n.code)).toContain('missing-sprint-field');
    expect(report.partial).toEqual({ reason: 'The changelog of 3 issues could not be read.' });
    expect(validateReport(report)).toEqual([]);
  });
});

describe('buildReport on malformed histories', () => {
  it('reads what it can, notes the rest, and still validates', () => {
    const messy = issue('M-1', {
      sprintIds: [1],
      estimate: 3,
      changelog: [
        change('status', 'not a date', '10000', '3', null),
        sprintChange('2026-01-06T10:00:00.000+0000', 'x, 1', '1, junk', null),
        pointsChange('2026-01-07T10:00:00.000+0000', 'abc', '3', null),
      ],
    });
    const report = buildReport({ data: boardData([messy], [S1]), settings: DEFAULT_SETTINGS, snapshots: [], now });
    expect(validateReport(report)).toEqual([]);
    expect(report.sprints?.closed[0].committed.issues).toEqual(['M-1']);
    expect(report.dataQuality.map((n) => n.code)).toContain('malformed-estimate');
  });
});
