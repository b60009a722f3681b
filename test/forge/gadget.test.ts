/**
 * getGadget (src/forge/gadget.ts), with createApp over the fakes: ABC has a stored summary (score 65,
 * "Needs attention"), DEF has none; the viewer may browse ABC and DEF, the stranger nothing. The
 * projects come from the gadget's configuration in the Forge context, never from the payload.
 */
import { createApp } from '../../src/forge/app';
import { configuredProjects } from '../../src/forge/gadget';
import { summariseReport } from '../../src/forge/summary';
import { ProjectStores } from '../../src/storage/project-stores';
import { ctx, makeDeps } from './fakes';
import { sampleReport } from './fixtures';

jest.mock('../../src/engine/compute', () => ({ computeProjectReport: jest.fn() }));

const NOW = new Date('2026-11-22T03:00:00.000Z');

async function app() {
  const made = makeDeps(NOW);
  await new ProjectStores(made.store, 'cloud-1').writeSummary('ABC', summariseReport(sampleReport('2026-11-22T01:00:00.000Z')));
  return { ...made, app: createApp(made.deps) };
}

const gadgetCall = (accountId: string, gadgetConfiguration: unknown) => ctx(accountId, null, { gadgetConfiguration });

describe('getGadget', () => {
  it('shows the configured projects the viewer may browse, in the configured order, as the portfolio shows them', async () => {
    const { app: forge, log } = await app();
    const answer = await forge.resolvers.getGadget({}, gadgetCall('acc-viewer', { projectKeys: ['DEF', 'ABC', 'XYZ'], refresh: 15 }));
    const portfolio = (await forge.resolvers.getPortfolio({}, ctx('acc-viewer', null))) as { rows: { projectKey: string }[] };
    expect(answer).toEqual({ configured: true, rows: [portfolio.rows[1], portfolio.rows[0]], hidden: 1 });
    expect(answer).toMatchObject({
      rows: [
        { projectKey: 'DEF', projectName: 'Defaults', score: null, computedAt: null, topSignals: [] },
        { projectKey: 'ABC', projectName: 'Alphabet', score: 65, trafficLight: 'amber', topSignals: [{ id: 'missing-sprint-goal', severity: 'critical', title: 'Sprints without a goal' }, { id: 'chronic-carry-over' }] },
      ],
    });
    // No project gate: Jira lists what the viewer may browse.
    expect(log.permissionChecks).toEqual([]);
  });

  it('shows a viewer who may browse none of the configured projects nothing of them but how many there are', async () => {
    const { app: forge } = await app();
    expect(await forge.resolvers.getGadget({}, gadgetCall('acc-stranger', { projectKeys: ['ABC', 'DEF'] }))).toEqual({ configured: true, rows: [], hidden: 2 });
  });

  it.each([
    ['no configuration yet', undefined],
    ['a configuration without projects', { refresh: 15 }],
    ['no project in the list', { projectKeys: [] }],
    ['more projects than a gadget shows', { projectKeys: ['A', 'B', 'C', 'D', 'E', 'F', 'G'] }],
    ['a key that is no project key', { projectKeys: ['abc;DROP'] }],
    ['the same project twice', { projectKeys: ['ABC', 'ABC'] }],
  ])('treats %s as a gadget not set up', async (_what, configuration) => {
    const { app: forge, log } = await app();
    expect(await forge.resolvers.getGadget({}, gadgetCall('acc-viewer', configuration))).toEqual({ configured: false, rows: [], hidden: 0 });
    expect(configuredProjects(configuration)).toBeNull();
    expect(log.permissionChecks).toEqual([]);
  });

  it('refuses projects named in the payload: they come from the gadget\'s stored configuration only', async () => {
    const { app: forge } = await app();
    expect(await forge.resolvers.getGadget({ projectKeys: ['ABC'] }, gadgetCall('acc-viewer', undefined))).toMatchObject({
      error: { code: 'invalid-input', fieldErrors: [{ path: '/', message: '"projectKeys" is not expected here' }] },
    });
  });
});
