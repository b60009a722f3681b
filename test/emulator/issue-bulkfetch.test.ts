/**
 * POST /rest/api/3/issue/bulkfetch as Jira answers it: the issues the caller may see, in id order,
 * hidden and unknown ones left out without an error; the answer and the body the app sends match
 * Jira's OpenAPI schemas.
 */
import type { Emulator } from '../../src/local/emulator';
import { describeErrors, loadSpec, SpecValidator } from '../../src/local/emulator/openapi';
import { PLATFORM_SPEC, specFile } from '../../src/local/emulator/spec-files';
import { call, start } from './helpers';

const PLATFORM = loadSpec(specFile(PLATFORM_SPEC));
const PATH = '/rest/api/3/issue/bulkfetch';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await start();
});
afterAll(() => emulator.stop());

describe('POST /rest/api/3/issue/bulkfetch', () => {
  it('returns the visible issues once each, in id order, leaving out unknown and hidden ones without an error', async () => {
    // bob browses SCR only: KAN-1 exists but is hidden from him; SCR-404 does not exist.
    const body = { issueIdsOrKeys: ['SCR-3', 'KAN-1', 'scr-1', 'SCR-404', '10003'], fields: ['key'] };
    const reply = await call(emulator, PATH, { body, as: 'bob' });
    expect(reply.status).toBe(200);
    expect(reply.json.issues.map((i: { key: string }) => i.key)).toEqual(['SCR-1', 'SCR-3']);
    expect(reply.json.issueErrors).toEqual([]);
    const alice = await call(emulator, PATH, { body, as: 'alice' });
    expect(alice.json.issues.map((i: { key: string }) => i.key)).toEqual(['SCR-1', 'SCR-3', 'KAN-1']);

    const platform = new SpecValidator(PLATFORM, { strictAdditionalProperties: true });
    const response = platform.response(PATH, 'post');
    expect(response(reply.json) ? '' : describeErrors(response.errors)).toBe('');
    const request = platform.request(PATH, 'post');
    expect(request(body) ? '' : describeErrors(request.errors)).toBe('');
  });

  it.each([
    ['no list of issues', { fields: ['key'] }],
    ['an empty list', { issueIdsOrKeys: [] }],
    ['more than 100 issues', { issueIdsOrKeys: Array.from({ length: 101 }, (_, i) => `SCR-${i + 1}`) }],
    ['fields that are not a list', { issueIdsOrKeys: ['SCR-1'], fields: 'key' }],
  ])('refuses %s with 400', async (_what, body) => {
    const reply = await call(emulator, PATH, { body });
    expect(reply.status).toBe(400);
    expect(reply.json.errorMessages.length).toBe(1);
  });
});
