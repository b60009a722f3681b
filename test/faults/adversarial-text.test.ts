/**
 * Attack: text and patterns made to make the acceptance-criteria check backtrack. A description of
 * "given when " repeated to 31,900 characters (under Jira's 32,767 limit) took JavaScript's RegExp
 * about 30 s with the default pattern; a project administrator could save `(a+)+$`. Matching is now
 * linear in the text (src/domain/text-pattern.ts): the refresh ends at once and judges correctly, and
 * a pattern RE2 cannot run is refused when the settings are saved.
 */
import { DEFAULT_SETTINGS, type ProjectSettings } from '../../src/domain/settings';
import { validateSettings, withDefaults } from '../../src/domain/settings-schema';
import { reportOf, run, stopAll } from './harness';
import { bentSite, issueOf } from './site';

afterEach(stopAll);

const ADVERSARIAL = 'given when '.repeat(2900); // 31,900 characters

const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** The defaults with this pattern, looking far enough ahead that all three backlog items are near-term. */
function withPattern(descriptionPattern: string): ProjectSettings {
  const settings = structuredClone(DEFAULT_SETTINGS);
  settings.definitionOfReady.acceptanceCriteria.descriptionPattern = descriptionPattern;
  settings.horizonSprints = settings.distantBeyondSprints = 10;
  return settings;
}

/** The Definition-of-Ready checks each near-term item fails, by key. */
function failedChecksByKey(outcome: Awaited<ReturnType<typeof run>>): Record<string, string[]> {
  return Object.fromEntries(reportOf(outcome).backlog!.nearTerm.map((item) => [item.key, item.failedChecks]));
}

it('31,900 characters of "given when " in a description: judged at once, no criteria; with "then" at the end, criteria', async () => {
  const site = bentSite((s) => {
    issueOf(s, 'ABC-5').fields.description = adf(ADVERSARIAL);
    issueOf(s, 'ABC-4').fields.description = adf(`${ADVERSARIAL}then`);
  });
  const outcome = await run(site, { settings: withPattern(DEFAULT_SETTINGS.definitionOfReady.acceptanceCriteria.descriptionPattern) });
  expect(reportOf(outcome).partial).toBeNull();
  expect(outcome.data!.issues.find((i) => i.key === 'ABC-5')!.description?.length).toBe(31_899); // the last space trimmed
  expect(failedChecksByKey(outcome)).toEqual({ 'ABC-4': ['smallEnough'], 'ABC-5': ['acceptanceCriteria'], 'ABC-6': ['estimated', 'acceptanceCriteria'] });
});

it('(a+)+$ is accepted as a pattern and answers on 30,001 characters', async () => {
  expect(validateSettings(withPattern('(a+)+$')).ok).toBe(true);
  const site = bentSite((s) => {
    issueOf(s, 'ABC-5').fields.description = adf(`${'a'.repeat(30_000)}!`);
    issueOf(s, 'ABC-6').fields.description = adf(`Notes: ${'a'.repeat(30_000)}`);
  });
  const outcome = await run(site, { settings: withPattern('(a+)+$') });
  expect(failedChecksByKey(outcome)).toEqual({ 'ABC-4': ['acceptanceCriteria', 'smallEnough'], 'ABC-5': ['acceptanceCriteria'], 'ABC-6': ['estimated'] });
});

it('a pattern that looks ahead is refused when the settings are saved, saying why', () => {
  expect(validateSettings(withPattern('^(?=.*given)(?=.*when).*then'))).toEqual({
    ok: false,
    errors: [
      {
        path: '/definitionOfReady/acceptanceCriteria/descriptionPattern',
        message: 'uses a look-ahead ("(?=" or "(?!"), which is not supported: to keep every refresh quick, a pattern may not look ahead, look behind or refer back to a group',
      },
    ],
  });
});

it('settings stored by an earlier version with a look-ahead pattern are read with the default pattern', () => {
  const stored = { enabled: false, definitionOfReady: { acceptanceCriteria: { descriptionPattern: '^(?=.*given).*then' } } };
  const read = withDefaults(stored);
  expect(read.definitionOfReady.acceptanceCriteria.descriptionPattern).toBe(DEFAULT_SETTINGS.definitionOfReady.acceptanceCriteria.descriptionPattern);
  expect(read.enabled).toBe(false); // nothing else is reset
});
