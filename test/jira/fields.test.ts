import type { BoardConfig } from '../../src/domain/types';
import { discoverFields } from '../../src/jira/fields';
import type { RawField } from '../../src/jira/raw';
import { example } from './fake-transport';

const custom = (id: string, name: string, type: string, customType: string): RawField => ({ id, key: id, name, custom: true, schema: { type, custom: customType, customId: Number(id.split('_')[1]) } });

const SPRINT = custom('customfield_10020', 'Sprint', 'array', 'com.pyxis.greenhopper.jira:gh-sprint');
const RANK = custom('customfield_10019', 'Rank', 'any', 'com.pyxis.greenhopper.jira:gh-lexo-rank');
const JSW_POINTS = custom('customfield_10016', 'Story point estimate', 'number', 'com.pyxis.greenhopper.jira:jsw-story-points');
const FLOAT_POINTS = custom('customfield_10002', 'Story Points', 'number', 'com.atlassian.jira.plugin.system.customfieldtypes:float');
const FLAGGED = custom('customfield_10021', 'Flagged', 'array', 'com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes');
const SYSTEM = example('fields') as RawField[];

const config = (over: Partial<BoardConfig>): BoardConfig => ({ boardId: 1, estimation: { type: 'none' }, rankFieldId: null, columns: [], doneColumnStatusIds: [], ...over });

describe('discoverFields', () => {
  it('uses the board configuration first and adds no notes when everything is found', () => {
    const found = discoverFields(
      [...SYSTEM, SPRINT, RANK, JSW_POINTS, FLAGGED, FLOAT_POINTS],
      config({ estimation: { type: 'field', fieldId: 'customfield_10002', displayName: 'Story Points', source: 'board' }, rankFieldId: 'customfield_10019' }),
      'description',
    );
    expect(found.fieldIds).toEqual({ sprint: 'customfield_10020', rank: 'customfield_10019', estimate: 'customfield_10002', flagged: 'customfield_10021', acceptanceCriteria: 'description' });
    expect(found.notes).toEqual([]);
  });

  it('falls back to the field list for rank and story points, each with a note', () => {
    const found = discoverFields([...SYSTEM, SPRINT, RANK, JSW_POINTS, FLOAT_POINTS, FLAGGED], null);
    expect(found.fieldIds.rank).toBe('customfield_10019');
    expect(found.fieldIds.estimate).toBe('customfield_10016');
    expect(found.estimation).toEqual({ type: 'field', fieldId: 'customfield_10016', displayName: 'Story point estimate', source: 'site' });
    expect(found.notes.map((n) => [n.code, n.fieldId])).toEqual([
      ['rank-field-from-field-list', 'customfield_10019'],
      ['estimation-field-from-field-list', 'customfield_10016'],
    ]);
  });

  it('finds a float field named "Story Points" when the Jira Software points field is absent', () => {
    const found = discoverFields([SPRINT, RANK, FLOAT_POINTS, FLAGGED], config({ rankFieldId: 'customfield_10019' }));
    expect(found.fieldIds.estimate).toBe('customfield_10002');
    expect(found.notes.map((n) => n.code)).toEqual(['estimation-field-from-field-list']);
  });

  it('keeps issue-count estimation as the board says, without a fallback', () => {
    const found = discoverFields([SPRINT, RANK, JSW_POINTS, FLAGGED], config({ estimation: { type: 'issueCount' }, rankFieldId: 'customfield_10019' }));
    expect(found.fieldIds.estimate).toBeNull();
    expect(found.estimation).toEqual({ type: 'issueCount' });
    expect(found.notes).toEqual([]);
  });

  it('notes every field it cannot find, and ignores a "Flagged" field of the wrong type', () => {
    const notFlagged = custom('customfield_10030', 'Flagged', 'string', 'com.atlassian.jira.plugin.system.customfieldtypes:textfield');
    const found = discoverFields([...SYSTEM, notFlagged], null, 'customfield_99999');
    expect(found.fieldIds).toEqual({ sprint: null, rank: null, estimate: null, flagged: null, acceptanceCriteria: null });
    expect(found.estimation).toEqual({ type: 'none' });
    expect(found.notes.map((n) => n.code)).toEqual([
      'missing-sprint-field',
      'missing-rank-field',
      'missing-estimation-field',
      'missing-flagged-field',
      'missing-acceptance-criteria-field',
    ]);
  });

  it('finds Flagged on a French site by its untranslated name, without a note', () => {
    const signale = { ...FLAGGED, name: 'Signalé', untranslatedName: 'Flagged' };
    const found = discoverFields([SPRINT, RANK, JSW_POINTS, signale], config({ rankFieldId: 'customfield_10019', estimation: { type: 'issueCount' } }));
    expect(found.fieldIds.flagged).toBe('customfield_10021');
    expect(found.notes).toEqual([]);
  });

  it('the untranslated name wins over a name match, and both need the checkbox type', () => {
    const renamed = { ...custom('customfield_10050', 'Bloqué', 'array', 'com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes'), untranslatedName: 'Flagged' };
    const lookalike = custom('customfield_10060', 'Signalé', 'array', 'com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes');
    expect(discoverFields([lookalike, renamed], null).fieldIds.flagged).toBe('customfield_10050');
    const wrongType = { ...custom('customfield_10070', 'Signalé', 'string', 'com.atlassian.jira.plugin.system.customfieldtypes:textfield'), untranslatedName: 'Flagged' };
    expect(discoverFields([wrongType], null).fieldIds.flagged).toBeNull();
  });

  it('without an untranslated name, a localised name is the last resort, with a note naming the field', () => {
    // "Signalé" written with a combining accent (e + U+0301) matches too.
    const signale = custom('customfield_10021', 'Signale\u0301', 'array', 'com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes');
    const found = discoverFields([signale], null);
    expect(found.fieldIds.flagged).toBe('customfield_10021');
    expect(found.notes.filter((n) => n.fieldId === 'customfield_10021')).toEqual([
      {
        code: 'flagged-field-by-localised-name',
        message: 'Jira did not say which field is its Flagged field, so we took the checkbox field "Signale\u0301" (customfield_10021) for it by its name. If flagged impediments look wrong, check that field.',
        fieldId: 'customfield_10021',
      },
    ]);
    expect(discoverFields([{ ...FLAGGED, name: 'Markiert' }], null).fieldIds.flagged).toBe('customfield_10021');
  });
});
