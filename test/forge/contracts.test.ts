/**
 * The resolver contracts (src/shared/resolver-contracts.ts) hold for what the real resolvers answer:
 * every resolver of the table, called through the preview on the browser tests' site
 * (test/browser/fixtures/test-app.ts), answers data that fits its result schema (the report and the
 * settings inside it fit their own schemas), and its refusals fit the error schema.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { validateSettings } from '../../src/domain/settings-schema';
import { validateReport } from '../../src/report/schema';
import { ApiErrorSchema, RESOLVER_CONTRACTS } from '../../src/shared/resolver-contracts';
import type { ResolverName } from '../../src/shared/api';
import { startTestApp, type TestApp } from '../browser/fixtures/test-app';

const ajv = new Ajv({ allErrors: true, strict: false });
const resultCheck = new Map<string, ValidateFunction>(Object.entries(RESOLVER_CONTRACTS).map(([name, contract]) => [name, ajv.compile(contract.result)]));
const errorCheck = ajv.compile(ApiErrorSchema);

/** Schema problems of an answer, as "path: message" lines; empty when it fits. */
function problems(validate: ValidateFunction, value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'is not valid'}`);
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
}, 30_000);
afterAll(async () => {
  await app?.stop();
});

describe('resolver answers and their contracts', () => {
  // One call of each resolver, as the pages make them: [resolver, payload, viewer, where].
  const calls: [ResolverName, unknown, string, string][] = [
    ['getIssueContext', {}, 'admin', 'on FIX-4'],
    ['getIssueContext', {}, 'admin', 'on NEW-1'],
    ['getGadget', {}, 'coach', 'on the gadget several'],
    ['getGadget', {}, 'coach', 'on the gadget unset'],
    ['coachHealthSummary', {}, 'member', 'on FIX'],
    ['coachSignalEvidence', { signal: 'chronic-carry-over' }, 'member', 'on FIX'],
    ['coachItemsNotReady', {}, 'member', 'on FIX'],
    ['coachSprintReport', {}, 'member', 'on FIX'],
    ['getProjectSummary', {}, 'admin', 'on FIX'],
    ['getReport', {}, 'admin', 'on FIX'],
    ['getReport', { boardId: 2 }, 'admin', 'on KAN'],
    ['getReport', {}, 'admin', 'on NONE'],
    ['refresh', {}, 'admin', 'on FRESH'],
    ['getRefreshStatus', {}, 'admin', 'on STUCK'],
    ['getSettings', {}, 'member', 'on FIX'],
    ['searchPeople', { query: 'qui' }, 'admin', 'on KAN'],
    ['getPortfolio', {}, 'coach', 'on the portfolio'],
    ['refreshPortfolio', {}, 'coach', 'on the portfolio'],
  ];

  it.each(calls)('%s %j as %s %s fits its result schema', async (name, payload, user, where) => {
    const place = where.slice(3);
    const gadget = /^the gadget (\w+)$/.exec(place)?.[1];
    const issue = /^[A-Z]+-\d+$/.test(place) ? place : undefined;
    const project = place.startsWith('the ') ? undefined : (issue?.replace(/-\d+$/, '') ?? place);
    const answer = (await app.invoke(name, payload, user, project, { issue, gadget })) as Record<string, unknown>;
    expect(answer.error).toBeUndefined();
    expect(problems(resultCheck.get(name)!, answer)).toEqual([]);
    if (answer.report) expect(validateReport(answer.report)).toEqual([]);
    if (answer.settings) expect(validateSettings(answer.settings)).toMatchObject({ ok: true });
    await app.local.queue.idle();
  });

  it('saves settings and answers them as the settings schema has them', async () => {
    const { settings, version } = (await app.invoke('getSettings', {}, 'admin', 'FIX')) as { settings: unknown; version: number | null };
    const answer = await app.invoke('saveSettings', { settings, version }, 'admin', 'FIX');
    expect(problems(resultCheck.get('saveSettings')!, answer)).toEqual([]);
    expect(answer).toEqual({ settings, version: (version ?? 0) + 1 });
    await app.local.queue.idle();
  });

  it('answers the next page of a long key list as its contract has it', async () => {
    const { report } = (await app.invoke('getReport', {}, 'admin', 'FIX')) as { report: { computedAt: string } };
    const answer = await app.invoke('getMoreIssueKeys', { list: 'stale', from: 0, computedAt: report.computedAt }, 'admin', 'FIX');
    expect(problems(resultCheck.get('getMoreIssueKeys')!, answer)).toEqual([]);
  });

  it.each([
    ['a payload of the wrong shape', 'getReport', { boardId: 'two' }, 'admin', 'FIX', 'invalid-input'],
    ['a board of another project', 'getReport', { boardId: 2 }, 'admin', 'FIX', 'invalid-input'],
    ['a viewer who may not browse the project', 'getReport', {}, 'coach', 'FRESH', 'forbidden'],
    ['a save by a non-administrator', 'saveSettings', { settings: {}, version: null }, 'member', 'FIX', 'forbidden'],
    ['invalid settings', 'saveSettings', { settings: { staleDays: 'soon' }, version: null }, 'admin', 'FIX', 'invalid-input'],
    ['no project in context', 'getSettings', {}, 'admin', undefined, 'no-project'],
    ['an issue view without an issue', 'getIssueContext', {}, 'admin', 'FIX', 'no-issue'],
    ['a coach question on a project not analysed yet', 'coachHealthSummary', {}, 'admin', 'BUILD', 'not-analysed'],
  ] as const)('refuses %s with an error that fits the error schema', async (_what, name, payload, user, project, code) => {
    const answer = (await app.invoke(name, payload, user, project)) as { error?: { code: string } };
    expect(answer.error?.code).toBe(code);
    expect(problems(errorCheck, answer.error)).toEqual([]);
    await app.local.queue.idle();
  });
});
