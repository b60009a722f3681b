import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { fromDraft, getAt, numberPaths, setAt, toDraft, words } from '../../static/project-page/src/settingsDraft';

describe('settings draft', () => {
  it('turns numbers and lists into text for editing, shares into percentages', () => {
    const draft = toDraft(DEFAULT_SETTINGS);
    expect(getAt(draft, '/thresholds/absentPo/days')).toBe('14');
    expect(getAt(draft, '/definitionOfReady/maxShareOfSprint')).toBe('50');
    expect(getAt(draft, '/thresholds/unfinishedSprints/reliabilityBelow')).toBe('70');
    expect(getAt(draft, '/thresholds/separateTechPool/quotaMaxSpread')).toBe('5');
    // A ratio that may pass 1 but is shown as a percentage.
    expect(getAt(draft, '/thresholds/unprotectedSprint/churnAbove')).toBe('20');
    // Not a share: sprints stay as they are.
    expect(getAt(draft, '/thresholds/thinReadyRunway/belowSprints')).toBe('1');
    expect(getAt(draft, '/technical/components')).toBe('infrastructure, platform, tech');
    expect(getAt(draft, '/definitionOfReady/acceptanceCriteria/fieldId')).toBe('');
  });

  it('gives back the same settings when nothing was edited', () => {
    expect(fromDraft(toDraft(DEFAULT_SETTINGS), numberPaths(DEFAULT_SETTINGS))).toEqual(DEFAULT_SETTINGS);
  });

  it('sends edited numbers as numbers, empty nullable ones as null, and text that is no number as typed', () => {
    let draft = toDraft(DEFAULT_SETTINGS);
    draft = setAt(draft, '/thresholds/absentPo/days', ' 21 ');
    draft = setAt(draft, '/definitionOfReady/maxShareOfSprint', '');
    draft = setAt(draft, '/staleDays', 'soon');
    draft = setAt(draft, '/technical/labels', 'debt, , ops ');
    draft = setAt(draft, '/thresholds/committeeOrdering/topRankerShareBelow', '12.3 %');
    draft = setAt(draft, '/thresholds/unprotectedSprint/churnAbove', '150');
    draft = setAt(draft, '/thresholds/poAssignsWork/shareAbove', 'a third');
    draft = setAt(draft, '/thresholds/smOrdersBacklog/shareAbove', '');
    const sent = fromDraft(draft, numberPaths(DEFAULT_SETTINGS));
    expect(getAt(sent, '/thresholds/committeeOrdering/topRankerShareBelow')).toBe(0.123);
    expect(getAt(sent, '/thresholds/unprotectedSprint/churnAbove')).toBe(1.5);
    expect(getAt(sent, '/thresholds/poAssignsWork/shareAbove')).toBe('a third');
    expect(getAt(sent, '/thresholds/smOrdersBacklog/shareAbove')).toBe('');
    expect(getAt(sent, '/thresholds/absentPo/days')).toBe(21);
    expect(getAt(sent, '/definitionOfReady/maxShareOfSprint')).toBeNull();
    expect(getAt(sent, '/staleDays')).toBe('soon');
    expect(getAt(sent, '/technical/labels')).toEqual(['debt', 'ops']);
  });

  it('sets a value without touching the original', () => {
    const original = { a: { b: 1 } };
    const changed = setAt(original, '/a/b', 2);
    expect(changed).toEqual({ a: { b: 2 } });
    expect(original).toEqual({ a: { b: 1 } });
  });

  it('spells camel case as words', () => {
    expect(words('topRankerShareBelow')).toBe('top ranker share below');
    expect(words('top10OverlapBelow')).toBe('top10 overlap below');
  });
});
