/**
 * Attack: settings too large, or naming a board that is not the project's. A 7.6 MB settings
 * object (200,000 labels, 50,000 owners) was saved, and then broke every page's time budget; a
 * board of another project was accepted at save time. Now every list and text of the settings has
 * a bound, said in its message (src/domain/settings.ts), a save larger than any valid
 * settings is refused before it is read, and the board is checked as the saver (settings-handlers.ts).
 */
import { createApp } from '../../src/forge/app';
import { DEFAULT_SETTINGS, type ProjectSettings } from '../../src/domain/settings';
import { validateSettings } from '../../src/domain/settings-schema';
import { ctx, makeDeps } from '../forge/fakes';

jest.mock('../../src/engine/compute', () => ({ computeProjectReport: jest.fn() }));

const NOW = new Date('2026-11-22T03:00:00.000Z');

function settingsWith(change: (s: ProjectSettings) => void): ProjectSettings {
  const settings = structuredClone(DEFAULT_SETTINGS);
  change(settings);
  return settings;
}

describe('settings size limits', () => {
  it('a list longer than its bound is refused, the bound said in the message', () => {
    const tooMany = settingsWith((s) => {
      s.technical.labels = Array.from({ length: 51 }, (_, i) => `label-${i}`);
      s.roles.productOwners = Array.from({ length: 21 }, (_, i) => `acc-${i}`);
    });
    expect(validateSettings(tooMany)).toEqual({
      ok: false,
      errors: [
        { path: '/roles/productOwners', message: 'must be a list of at most 20 account ids' },
        { path: '/technical/labels', message: 'must be a list of at most 50 labels' },
      ],
    });
  });

  it('a text longer than its bound is refused, the bound said in the message', () => {
    const tooLong = settingsWith((s) => {
      s.technical.components = ['x'.repeat(256)];
      s.definitionOfReady.acceptanceCriteria.descriptionPattern = 'a'.repeat(1001);
    });
    expect(validateSettings(tooLong)).toEqual({
      ok: false,
      errors: [
        { path: '/definitionOfReady/acceptanceCriteria/descriptionPattern', message: 'must be a regular expression of 1 to 1000 characters' },
        { path: '/technical/components/0', message: 'must be a component name (text of 1 to 255 characters)' },
      ],
    });
  });

  it('a save of 7.6 MB (200,000 labels, 50,000 owners) is refused at once, and nothing is stored', async () => {
    const { deps, store, pushes } = makeDeps(NOW);
    const huge = settingsWith((s) => {
      s.technical.labels = Array.from({ length: 200_000 }, (_, i) => `label-number-${i}-of-many`);
      s.roles.productOwners = Array.from({ length: 50_000 }, (_, i) => `557058:account-${i}-0000-0000-000000000000`);
    });
    expect(JSON.stringify(huge).length).toBeGreaterThan(7_000_000);
    const started = Date.now();
    const answer = await createApp(deps).resolvers.saveSettings({ settings: huge, version: null }, ctx('acc-admin'));
    expect(answer).toEqual({
      error: {
        code: 'invalid-input',
        message: expect.stringMatching(/^These settings are \d+ KB; settings of at most 64 KB are accepted, so nothing was saved\.$/),
      },
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(store.size).toBe(0);
    expect(pushes).toEqual([]);
  });
});

describe('the board named in the settings', () => {
  it('a board of another project is refused when the settings are saved, checked as the saver', async () => {
    const { deps, store } = makeDeps(NOW);
    const app = createApp(deps);
    const answer = await app.resolvers.saveSettings({ settings: settingsWith((s) => (s.boardId = 9)), version: null }, ctx('acc-admin'));
    expect(answer).toEqual({
      error: {
        code: 'invalid-input',
        message: 'Some settings are not valid, so nothing was saved.',
        fieldErrors: [{ path: '/boardId', message: "board 9 is not one of this project's boards that you can see in Jira" }],
      },
    });
    expect(store.size).toBe(0);
    expect(await app.resolvers.saveSettings({ settings: settingsWith((s) => (s.boardId = 8)), version: null }, ctx('acc-admin'))).toMatchObject({ version: 1 });
  });
});
