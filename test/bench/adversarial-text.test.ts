/** The site the adversarial-description check audits (src/local/bench/adversarial-text.ts). */
import { adfToText } from '../../src/jira/adf';
import { adversarialText, withAdversarialDescriptions } from '../../src/local/bench/adversarial-text';
import { issueOf, makeSite } from '../faults/site';

it('the text is "given when " cut to the length asked for', () => {
  expect(adversarialText(25)).toBe('given when given when giv');
  expect(adversarialText(30_000)).toHaveLength(30_000);
});

it('takes the items in turn from each backlog, bends only those, and leaves the original alone', () => {
  const site = makeSite();
  const before = structuredClone(site);
  const bent = withAdversarialDescriptions(site, [['ABC-5', 'ABC-6'], ['ABC-4'], []], 2, 40);
  expect(bent.keys).toEqual(['ABC-5', 'ABC-4']);
  expect(adfToText(issueOf(bent.workspace, 'ABC-5').fields.description)).toBe(adversarialText(40).trim());
  expect(adfToText(issueOf(bent.workspace, 'ABC-4').fields.description)).toBe(adversarialText(40).trim());
  expect(issueOf(bent.workspace, 'ABC-6').fields.description).toEqual(issueOf(before, 'ABC-6').fields.description);
  expect(site).toEqual(before);
  expect(withAdversarialDescriptions(site, [['ABC-5', 'ABC-6'], ['ABC-4']], 30, 40).keys).toEqual(['ABC-5', 'ABC-4', 'ABC-6']);
});
