/**
 * The sprint events' handler and the recording consumer on their own, over the Forge shell's fakes:
 * what a payload is read as, the handler's bounded work, and what is kept when a reading cannot
 * stand for its moment.
 */
import { createApp } from '../../src/forge/app';
import { readSprintEvent } from '../../src/forge/sprint-events';
import type { JiraClient } from '../../src/jira/client';
import type { Sprint } from '../../src/domain/types';
import { withDefaults } from '../../src/domain/settings-schema';
import { ProjectStores } from '../../src/storage/project-stores';
import { SprintLedgerStore } from '../../src/storage/sprint-ledger-store';
import { makeDeps } from './fakes';

const NOW = new Date('2026-11-02T09:00:30.000Z');
const STARTED = {
  eventType: 'avi:jira-software:started:sprint',
  sprint: { id: '51', originBoardId: '5', name: 'LED Sprint 1', goal: 'Ship it', state: 'active', createDate: '2026-10-26T09:00:00.000+0100', startDate: '2026-11-02T09:00:00.000Z', endDate: '2026-11-13T17:00:00.000Z' },
  atlassianId: 'acc-ada',
};

describe('reading a sprint event', () => {
  it('reads the payload of Forge’s events reference, ids as text or as numbers', () => {
    expect(readSprintEvent(STARTED, NOW.toISOString())).toEqual({
      sprintId: 51,
      event: {
        kind: 'started', receivedAt: NOW.toISOString(), by: 'acc-ada', previous: null,
        sprint: { name: 'LED Sprint 1', state: 'active', startDate: '2026-11-02T09:00:00.000Z', endDate: '2026-11-13T17:00:00.000Z', completeDate: null, goal: 'Ship it', originBoardId: 5 },
      },
    });
    const numeric = readSprintEvent({ ...STARTED, sprint: { ...STARTED.sprint, id: 51, originBoardId: 5 } }, NOW.toISOString());
    expect(numeric).toEqual(readSprintEvent(STARTED, NOW.toISOString()));
  });

  it('keeps only the fields an update names, as they were', () => {
    const updated = { eventType: 'avi:jira-software:updated:sprint', sprint: { ...STARTED.sprint, goal: 'Ship it all' }, oldValue: { goal: 'Ship it', endDate: '2026-11-12T17:00:00.000Z' } };
    expect(readSprintEvent(updated, NOW.toISOString())).toMatchObject({ event: { kind: 'updated', by: null, previous: { goal: 'Ship it', endDate: '2026-11-12T17:00:00.000Z' } } });
  });

  it('says why it ignores anything else', () => {
    expect(readSprintEvent({ eventType: 'avi:jira-software:created:sprint', sprint: { id: '1' } }, '')).toEqual({ ignored: 'it is not a sprint started, updated or closed event' });
    expect(readSprintEvent({ eventType: 'avi:jira-software:closed:sprint', sprint: { id: 'x1' } }, '')).toEqual({ ignored: 'it names no sprint' });
    expect(readSprintEvent(null, '')).toEqual({ ignored: 'it is not a sprint started, updated or closed event' });
  });
});

describe('the handler', () => {
  it('keeps the event and queues one reading of the sprint; an update queues none', async () => {
    const { deps, ledgerPushes, store } = makeDeps(NOW);
    const app = createApp(deps);
    await app.sprintEvent(STARTED);
    await app.sprintEvent(STARTED);
    await app.sprintEvent({ eventType: 'avi:jira-software:updated:sprint', sprint: STARTED.sprint, oldValue: { goal: '' } });
    expect(ledgerPushes).toEqual([[{ sprintId: 51, moment: 'start', receivedAt: NOW.toISOString(), sprint: readSprintEventFields() }]]);
    const ledger = new SprintLedgerStore(store, 'cloud-1');
    expect((await ledger.readEvents(51)).map((e) => e.kind)).toEqual(['started', 'updated']);
    expect(await ledger.since()).toBe(NOW.toISOString());
  });

  it('ignores a payload that names no sprint, and says so in the log', async () => {
    const { deps, ledgerPushes } = makeDeps(NOW);
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await createApp(deps).sprintEvent({ eventType: 'avi:jira-software:started:sprint' });
    expect(log).toHaveBeenCalledWith('Sprint event ignored: it names no sprint.');
    log.mockRestore();
    expect(ledgerPushes).toEqual([]);
  });
});

function readSprintEventFields() {
  return (readSprintEvent(STARTED, NOW.toISOString()) as { event: { sprint: unknown } }).event.sprint;
}

describe('the recording consumer', () => {
  const sprint = (state: Sprint['state']): Sprint => ({ id: 51, name: 'LED Sprint 1', state, startDate: '2026-11-02T09:00:00.000Z', endDate: '2026-11-13T17:00:00.000Z', completeDate: null, originBoardId: 5, goal: 'Ship it' });
  const issue = (key: string, project: string) => ({ id: key, key, fields: { summary: `About ${key}`, issuetype: { name: 'Story', subtask: false }, status: { name: 'To Do', statusCategory: { key: 'new' } }, project: { key: project }, customfield_10016: 3 } });
  const job = { sprintId: 51, moment: 'start', receivedAt: NOW.toISOString(), sprint: readSprintEventFields() };

  function depsReading(state: Sprint['state'] | Error) {
    const made = makeDeps(NOW);
    const reads = { count: 0 };
    const client = {
      async getSprint() {
        reads.count += 1;
        if (state instanceof Error) throw state;
        return sprint(state);
      },
      async getBoardConfig(boardId: number) {
        return { boardId, estimation: { type: 'field', fieldId: 'customfield_10016', displayName: 'Story Points' }, rankFieldId: null, columns: [], doneColumnStatusIds: [] };
      },
      async searchIssues() {
        return [issue('ABC-1', 'ABC'), issue('DEF-7', 'DEF')];
      },
    } as unknown as JiraClient;
    made.deps.jiraAsApp = () => client;
    return { ...made, reads };
  }

  it('keeps what it read, once, and refreshes the projects it found that are refreshed nightly', async () => {
    const { deps, store, pushes } = depsReading('active');
    await new ProjectStores(store, 'cloud-1').writeSettings('DEF', withDefaults({ enabled: false }), null, NOW);
    const app = createApp(deps);
    await app.recordSprint(job);
    await app.recordSprint(job);
    const capture = await new SprintLedgerStore(store, 'cloud-1').readCapture(51, 'start');
    expect(capture).toMatchObject({ recordedAt: NOW.toISOString(), missed: null });
    expect(capture?.issues.map((i) => [i.key, i.projectKey, i.estimate, i.statusCategory])).toEqual([['ABC-1', 'ABC', 3, 'new'], ['DEF-7', 'DEF', 3, 'new']]);
    // DEF is switched off: only ABC is refreshed, and only once.
    expect(pushes.map((batch) => batch.map((e) => [e.projectKey, e.reason]))).toEqual([[['ABC', 'sprint-event']]]);
  });

  it('reads the sprint once when the same job runs twice at the same moment', async () => {
    const { deps, store, reads } = depsReading('active');
    const app = createApp(deps);
    await Promise.all([app.recordSprint(job), app.recordSprint(job)]);
    expect(reads.count).toBe(1);
    expect((await new SprintLedgerStore(store, 'cloud-1').readCapture(51, 'start'))?.issues).toHaveLength(2);
  });

  it('keeps a start read once the sprint has closed as missed, with no issue', async () => {
    const { deps, store, pushes } = depsReading('closed');
    await createApp(deps).recordSprint(job);
    expect(await new SprintLedgerStore(store, 'cloud-1').readCapture(51, 'start')).toMatchObject({ issues: [], missed: 'the sprint had already closed when the app read its start' });
    expect(pushes).toEqual([]);
  });

  it('keeps a reading Jira could not answer as missed, with the sprint as the event carried it', async () => {
    const { deps, store } = depsReading(new Error('Jira is down'));
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await createApp(deps).recordSprint(job);
    log.mockRestore();
    expect(await new SprintLedgerStore(store, 'cloud-1').readCapture(51, 'start')).toMatchObject({
      issues: [], missed: 'Jira could not be read when the app recorded the start', sprint: { name: 'LED Sprint 1', goal: 'Ship it' },
    });
  });
});
