/**
 * The coach's actions as the resolver table serves them (src/forge/coach-actions.ts), and as Forge
 * calls them (src/forge/coach-binding.ts), over the fakes: ABC's sample report computed at 01:00 on
 * 22 Nov with that day's snapshot, the clock at 03:00. The viewer may browse ABC and DEF and see
 * ABC-1 but not ABC-2; the stranger may browse nothing. DEF was never analysed.
 */
import { createApp } from '../../src/forge/app';
import { coachAction, coachCallOf } from '../../src/forge/coach-binding';
import { ProjectStores } from '../../src/storage/project-stores';
import { ctx, makeDeps } from './fakes';
import { seedReport } from './fixtures';

jest.mock('../../src/engine/compute', () => ({ computeProjectReport: jest.fn() }));

const NOW = new Date('2026-11-22T03:00:00.000Z');

async function seeded(computedAt = '2026-11-22T01:00:00.000Z') {
  const made = makeDeps(NOW);
  await seedReport(new ProjectStores(made.store, 'cloud-1'), computedAt, computedAt.slice(0, 10) === '2026-11-22' ? '2026-11-22' : null);
  return { ...made, app: createApp(made.deps) };
}

describe('the coach\'s actions', () => {
  it('answer from the stored report as the person chatting may see it, and start nothing while it is fresh', async () => {
    const { app, pushes, log } = await seeded();
    const health = await app.resolvers.coachHealthSummary({}, ctx('acc-viewer'));
    expect(health).toMatchObject({ project: { key: 'ABC', name: 'Alphabet' }, freshness: null, score: 65, health: 'Needs attention' });
    expect(health).toMatchObject({ signals: [{ id: 'missing-sprint-goal' }, { id: 'chronic-carry-over', observation: 'a hidden issue and ABC-1 went through 3 sprints unfinished; ABC-20 is fine.', question: 'What keeps a hidden issue from finishing?' }] });
    const evidence = await app.resolvers.coachSignalEvidence({ signal: 'chronic-carry-over' }, ctx('acc-viewer'));
    expect(evidence).toMatchObject({ signal: { evidence: { issues: ['ABC-1'], sprints: ['Sprint 1'] } } });
    const notReady = await app.resolvers.coachItemsNotReady({}, ctx('acc-viewer'));
    expect(notReady).toMatchObject({
      notReady: [],
      answer: 'Near the top of the backlog of Alphabet (ABC), the work of the next sprints, 50% of the items are ready. The items that are not ready are not ones you may see.',
    });
    const sprint = await app.resolvers.coachSprintReport({ sprint: 'Sprint 1' }, ctx('acc-viewer'));
    expect(sprint).toMatchObject({ sprint: { committed: ['ABC-1'], completed: ['ABC-1'], notCompleted: [] } });
    expect(pushes).toEqual([]);
    expect(log.permissionChecks.map((c) => [c.accountId, c.projectKey])).toEqual(Array(4).fill(['acc-viewer', 'ABC']));
  });

  it.each(['coachHealthSummary', 'coachItemsNotReady', 'coachSprintReport'] as const)('%s refuses a person who may not browse the project, and starts nothing', async (name) => {
    const { app, pushes, log } = await seeded();
    expect(await app.resolvers[name]({}, ctx('acc-stranger'))).toEqual({
      error: { code: 'forbidden', message: 'You do not have permission to browse this project, so its health cannot be shown to you.' },
    });
    expect(pushes).toEqual([]);
    expect(log.visibilityChecks).toEqual([]);
  });

  it('refuses a project not analysed yet, saying its first analysis has started', async () => {
    const { app, pushes } = await seeded();
    expect(await app.resolvers.coachHealthSummary({}, ctx('acc-viewer', 'DEF'))).toEqual({
      error: { code: 'not-analysed', message: 'Backlog health has not analysed DEF yet, so there is nothing to say about it. Its first analysis has started: ask again in a few minutes.' },
    });
    expect(pushes.flat().map((e) => [e.projectKey, e.reason])).toEqual([['DEF', 'page-open']]);
  });

  it('answers from a report a day old, saying so first, and starts a refresh', async () => {
    const { app, pushes } = await seeded('2026-11-20T01:00:00.000Z');
    expect(await app.resolvers.coachSprintReport({}, ctx('acc-viewer'))).toMatchObject({
      computedAt: '2026-11-20T01:00:00.000Z',
      freshness: 'These figures were computed on 20 Nov 2026, 01:00 UTC, a day ago or more. A refresh has started: ask again in a few minutes for newer ones.',
    });
    expect(pushes.flat().map((e) => e.projectKey)).toEqual(['ABC']);
  });

  it.each([
    ['a signal that is no text', 'coachSignalEvidence', { signal: 42 }, '/signal'],
    ['no signal at all', 'coachSignalEvidence', {}, '/'],
    ['an empty sprint name', 'coachSprintReport', { sprint: '' }, '/sprint'],
    ['a project in the payload', 'coachHealthSummary', { projectKey: 'DEF' }, '/'],
  ] as const)('refuses %s before asking Jira anything', async (_what, name, payload, path) => {
    const { app, log } = await seeded();
    const answer = (await app.resolvers[name](payload as never, ctx('acc-viewer'))) as { error?: { code: string; fieldErrors: { path: string }[] } };
    expect(answer.error?.code).toBe('invalid-input');
    expect(answer.error?.fieldErrors[0].path).toBe(path);
    expect(log.permissionChecks).toEqual([]);
  });
});

describe('the actions as Forge calls them', () => {
  const principal = { principal: { accountId: 'acc-viewer' }, installContext: 'ari:cloud:jira::site/cloud-1' };

  it('take the project the conversation names, else the one the chat is on, and only the declared inputs', () => {
    expect(coachCallOf('coachSignalEvidence', { projectKey: ' abc ', signal: 'Goal', extra: 1, context: { jira: { projectKey: 'DEF' } } }, principal)).toEqual({
      ctx: { accountId: 'acc-viewer', projectKey: 'ABC' },
      inputs: { signal: 'Goal' },
    });
    expect(coachCallOf('coachHealthSummary', { context: { jira: { issueKey: 'DEF-3', projectKey: 'DEF' } } }, principal)).toEqual({ ctx: { accountId: 'acc-viewer', projectKey: 'DEF' }, inputs: {} });
    expect(coachCallOf('coachSprintReport', { sprint: 7 }, principal)).toEqual({
      error: { code: 'no-project', message: 'Say which project to look at: its key, such as FIX or SHOP.' },
    });
    expect(coachCallOf('coachHealthSummary', { projectKey: 'ABC; all projects' }, principal)).toEqual({
      error: { code: 'invalid-input', message: '"ABC; ALL PROJECTS" is not a Jira project key (such as FIX or SHOP).' },
    });
  });

  it('answer through the resolver table, as the person chatting', async () => {
    const { deps, log } = await seeded();
    const action = coachAction('coachSprintReport', () => deps);
    expect(await action({ projectKey: 'ABC', sprint: 'Sprint 1' }, principal)).toMatchObject({ sprint: { name: 'Sprint 1' } });
    expect(await action({ projectKey: 'ABC', sprint: 7 }, principal)).toMatchObject({ error: { code: 'invalid-input', fieldErrors: [{ path: '/sprint' }] } });
    expect(await action({ projectKey: 'ABC' }, { principal: { accountId: 'acc-stranger' } })).toMatchObject({ error: { code: 'forbidden' } });
    expect(log.permissionChecks.map((c) => c.accountId)).toEqual(['acc-viewer', 'acc-stranger']);
  });
});
