/**
 * The Settings form's words about values: shares asked for as percentages (and the server's
 * sentences about them said about percentages), and the named ways acceptance criteria are written.
 */
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { validateSettings } from '../../src/domain/settings-schema';
import { compileTextPattern } from '../../src/domain/text-pattern';
import { acceptanceWayOf, settingsOfWay } from '../../static/project-page/src/settings/acceptance';
import { inFormOrder } from '../../static/project-page/src/settings/labels';
import { isPercentSetting, messageAbout, percentTextAsShare, shareAsPercentText } from '../../static/project-page/src/settings/percentages';

/** What the server says about one value of the settings. */
function serverSays(path: string, value: unknown): string {
  const [group, signal, name] = path.split('/').slice(1);
  const settings = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, Record<string, Record<string, unknown>>>;
  if (group === 'thresholds') settings.thresholds[signal][name] = value;
  else settings[group][signal] = value as Record<string, unknown>;
  const result = validateSettings(settings);
  if (result.ok) throw new Error(`${path} = ${String(value)} was accepted`);
  return result.errors.find((error) => error.path === path)?.message ?? `no message for ${path}`;
}

describe('percentages in the Settings form', () => {
  it('asks for every share, and scope churn, as a percentage, and for counts and sprints as they are', () => {
    expect(['/thresholds/unfinishedSprints/reliabilityBelow', '/thresholds/separateTechPool/quotaMaxSpread', '/thresholds/unprotectedSprint/churnAbove', '/definitionOfReady/maxShareOfSprint'].map(isPercentSetting)).toEqual([true, true, true, true]);
    expect(['/thresholds/unfinishedSprints/ofLast', '/thresholds/thinReadyRunway/belowSprints', '/horizonSprints', '/staleDays'].map(isPercentSetting)).toEqual([false, false, false, false]);
  });

  it('turns shares into percentages and back', () => {
    expect([0.7, 0.05, 0.125, 1.5, 0.07].map(shareAsPercentText)).toEqual(['70', '5', '12.5', '150', '7']);
    expect(['70', ' 12.5 % ', '7', '', 'a third'].map(percentTextAsShare)).toEqual([0.7, 0.125, 0.07, null, 'a third']);
  });

  it("says the server's sentence about a share's range about percentages, and leaves its other sentences alone", () => {
    expect(serverSays('/thresholds/unfinishedSprints/reliabilityBelow', 1.7)).toBe('must be a number between 0 and 1');
    expect(messageAbout('/thresholds/unfinishedSprints/reliabilityBelow', serverSays('/thresholds/unfinishedSprints/reliabilityBelow', 1.7))).toBe('must be a percentage from 0 to 100');
    expect(messageAbout('/thresholds/unprotectedSprint/churnAbove', serverSays('/thresholds/unprotectedSprint/churnAbove', -1))).toBe('must be a percentage, 0 or more');
    expect(messageAbout('/definitionOfReady/maxShareOfSprint', serverSays('/definitionOfReady/maxShareOfSprint', 0))).toBe('must be a percentage above 0, or empty for no limit');
    // A rule between two thresholds is not about the range: said as it is.
    const between = serverSays('/thresholds/separateTechPool/interleavingBelow', 0.9);
    expect(messageAbout('/thresholds/separateTechPool/interleavingBelow', between)).toBe(between);
    expect(messageAbout('/staleDays', 'must be a whole number, 1 or more')).toBe('must be a whole number, 1 or more');
  });

  it('lists problems in the order of the form: the essentials, the signals, then the rest', () => {
    const problems = [{ path: '/staleDays' }, { path: '/thresholds/separateTechPool/interleavingBelow' }, { path: '/boardId' }, { path: '/thresholds/unfinishedSprints/ofLast' }, { path: '/horizonSprints' }];
    expect(inFormOrder(problems).map((p) => p.path)).toEqual(['/horizonSprints', '/thresholds/unfinishedSprints/ofLast', '/thresholds/separateTechPool/interleavingBelow', '/staleDays', '/boardId']);
  });
});

describe('the ways acceptance criteria are written', () => {
  const text = { heading: 'Summary\nAcceptance criteria\n- the total is shown', steps: 'Given a basket\nWhen I pay\nThen I get a receipt', neither: 'There are no acceptance criteria yet' };
  const finds = (pattern: string) => {
    const compiled = compileTextPattern(pattern);
    return [compiled.test(text.heading), compiled.test(text.steps), compiled.test(text.neither)];
  };

  it('finds what each named way promises, and nothing else', () => {
    expect(finds(settingsOfWay('either', '', 'x').pattern)).toEqual([true, true, false]);
    expect(finds(settingsOfWay('heading', '', 'x').pattern)).toEqual([true, false, false]);
    expect(finds(settingsOfWay('givenWhenThen', '', 'x').pattern)).toEqual([false, true, false]);
  });

  it('reads the way the settings describe, the default among them, and keeps what was typed for a field or an own pattern', () => {
    const criteria = DEFAULT_SETTINGS.definitionOfReady.acceptanceCriteria;
    expect(acceptanceWayOf('', criteria.descriptionPattern)).toBe('either');
    expect(acceptanceWayOf('', settingsOfWay('givenWhenThen', '', '').pattern)).toBe('givenWhenThen');
    expect(acceptanceWayOf('customfield_10050', criteria.descriptionPattern)).toBe('field');
    expect(acceptanceWayOf('', 'done when')).toBe('own');
    expect(settingsOfWay('own', 'customfield_1', 'done when')).toEqual({ fieldId: '', pattern: 'done when' });
    expect(settingsOfWay('field', 'customfield_1', 'done when')).toEqual({ fieldId: 'customfield_1', pattern: 'done when' });
    expect(settingsOfWay('heading', 'customfield_1', 'done when').fieldId).toBe('');
  });
});
