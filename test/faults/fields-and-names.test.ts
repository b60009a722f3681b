/**
 * Messy fields, end to end through the emulator: field names (localised), estimates, sprint
 * fields, change values and rich text. Each case bends one thing of the fault site (site.ts) and
 * checks the report is complete or says what it could not use, with the message. The baseline's
 * figures are worked out by hand in bad-data.test.ts.
 */
import type { Report } from '../../src/domain/report';
import type { Workspace } from '../../src/local/workspace';
import { comparable, isPath, noteCodes, noteTexts as notes, reportOf, run, stopAll, type Override } from './harness';
import { FLAGGED, POINTS, RANK, SPRINT, bentSite as bent, change, history, issueOf, makeSite } from './site';

afterEach(stopAll);

let baseline: Report;
beforeAll(async () => {
  baseline = reportOf(await run());
  await stopAll();
});

describe('fields and names', () => {
  it('changelog entries for a field we do not know are never asked for: same report as without them', async () => {
    const site = bent((s) => issueOf(s, 'ABC-3').changelog.push(history('5200', '2026-01-21T09:00:00.000+0000', [change('customfield_99999', null, 'happy', null, 'happy', 'Mood')])));
    const outcome = await run(site);
    expect(outcome.data!.issues.find((i) => i.key === 'ABC-3')!.changelog.map((e) => e.fieldId)).toEqual([SPRINT]);
    expect(comparable(reportOf(outcome))).toEqual(comparable(baseline));
  });

  /** ABC-2 flagged from 8 to 12 January, in sprint 1 (unflagged now). */
  const flagAbc2 = (s: Workspace) =>
    issueOf(s, 'ABC-2').changelog.push(
      history('5400', '2026-01-08T09:00:00.000+0000', [change(FLAGGED, null, '10019', null, 'Impediment', 'Flagged')]),
      history('5401', '2026-01-12T09:00:00.000+0000', [change(FLAGGED, '10019', null, 'Impediment', null, 'Flagged')]),
    );
  const FRENCH: Record<string, string> = { [SPRINT]: 'Itération', [RANK]: 'Rang', [POINTS]: "Points d'histoire", [FLAGGED]: 'Signalé' };
  /** The fault site as a French Jira shows it, ABC-2 flagged in sprint 1. */
  const frenchSite = () =>
    bent((s) => {
      flagAbc2(s);
      for (const f of s.fields) f.name = FRENCH[f.id] ?? f.name;
      for (const i of s.issues) for (const h of i.changelog) for (const item of h.items) item.field = FRENCH[item.fieldId] ?? item.field;
    });
  /** Jira sends each custom field's name as created (`untranslatedName`) beside the translated one; the emulator does not, so it is added here. */
  const ENGLISH_NAMES = new Map(makeSite().fields.map((f) => [f.id, f.name]));
  const withUntranslatedNames: Override = (req, _attempt, forward) =>
    isPath(req, '/rest/api/3/field') ? forward().then((res) => ({ ...res, body: (res.body as { id: string; custom: boolean }[]).map((f) => (f.custom ? { ...f, untranslatedName: ENGLISH_NAMES.get(f.id) } : f)) })) : null;
  const IMPEDIMENT = [{ issueKey: 'ABC-2', from: '2026-01-08T09:00:00.000Z', to: '2026-01-12T09:00:00.000Z' }];

  it('localised field names ("Itération", "Rang", "Points d\'histoire", "Signalé") are found without their English names: ids, impediments and report unchanged', async () => {
    const english = reportOf(await run(bent(flagAbc2)));
    expect(english.sprints!.closed[0].impediments).toMatchObject(IMPEDIMENT);
    const outcome = await run(frenchSite(), { override: withUntranslatedNames });
    expect(outcome.data!.fieldIds).toEqual({ sprint: SPRINT, rank: RANK, estimate: POINTS, flagged: FLAGGED, acceptanceCriteria: null });
    const report = reportOf(outcome);
    expect(report.dataQuality).toEqual([]);
    expect(report.sprints).toEqual(english.sprints);
    expect(report.backlog).toEqual(english.backlog);
    // The other sections match the baseline of the unflagged site.
    expect(report.backlog).toEqual(baseline.backlog);
  });

  it('"Signalé" without an untranslated name is still found by its name, with a note saying so: impediments kept', async () => {
    const english = reportOf(await run(bent(flagAbc2)));
    const outcome = await run(frenchSite());
    expect(outcome.data!.fieldIds.flagged).toBe(FLAGGED);
    const report = reportOf(outcome);
    expect(report.dataQuality).toEqual([
      {
        code: 'flagged-field-by-localised-name',
        message: `Jira did not say which field is its Flagged field, so we took the checkbox field "Signalé" (${FLAGGED}) for it by its name. If flagged impediments look wrong, check that field.`,
        fieldId: FLAGGED,
      },
    ]);
    expect(report.sprints!.closed[0].impediments).toMatchObject(IMPEDIMENT);
    expect(report.sprints).toEqual(english.sprints);
  });

  it('a checkbox field with a name we do not know and no untranslated name: no Flagged field, with the note', async () => {
    const outcome = await run(bent((s) => (s.fields.find((f) => f.id === FLAGGED)!.name = 'Drapeau rouge')));
    expect(outcome.data!.fieldIds.flagged).toBeNull();
    // One note from field discovery, one from the sprint analysis.
    expect(notes(reportOf(outcome))).toEqual([
      ['missing-flagged-field', 'No Flagged field was found, so impediments (items marked with a flag) cannot be seen or measured.'],
    ]);
  });

  it('no estimation field anywhere: issue counts, with a limitation and a note saying why', async () => {
    const site = bent((s) => {
      s.fields = s.fields.filter((f) => f.id !== POINTS);
      s.boards[0].estimationFieldId = 'none';
      for (const i of s.issues) delete i.fields[POINTS];
    });
    const report = reportOf(await run(site));
    expect(report.partial).toBeNull();
    expect(notes(report)).toEqual([['missing-estimation-field', 'The board names no estimation field and no story points field was found: figures use issue counts.']]);
    expect(report.capabilities).toMatchObject({ estimates: false, limitations: ['This board does not estimate in points, so sprint figures count issues instead of points.'] });
    expect(report.backlog!.capacity).toEqual({ value: 1, unit: 'issues', sprintIds: [1] });
  });

  it('an estimate of "abc" is treated as empty, with a note naming the issue and the field', async () => {
    const outcome = await run(bent((s) => (issueOf(s, 'ABC-5').fields[POINTS] = 'abc')));
    const report = reportOf(outcome);
    expect(report.dataQuality).toEqual([{ code: 'malformed-field', message: 'ABC-5: the estimate could not be read, so it is treated as empty.', issueKey: 'ABC-5', fieldId: POINTS }]);
    expect(outcome.data!.issues.find((i) => i.key === 'ABC-5')!.estimate).toBeNull();
    // Unestimated ABC-5 and ABC-6 both take the median of the rest (8): depth = (8 + 8 + 8) / 3.
    expect(report.backlog!.depthSprints).toBe(8);
  });

  it('a negative estimate counts as 0, with a note', async () => {
    const report = reportOf(await run(bent((s) => (issueOf(s, 'ABC-5').fields[POINTS] = -3))));
    expect(notes(report)).toEqual([['negative-estimate', 'ABC-5: the estimate is negative (-3), so it counts as 0.']]);
    // Sizes 8, 0 and the median of (8, 0) = 4 for ABC-6: (8 + 0 + 4) / 3.
    expect(report.backlog!.depthSprints).toBe(4);
  });

  it('an estimate sent as the text "5" is read as 5, without a note', async () => {
    const outcome = await run(bent((s) => (issueOf(s, 'ABC-6').fields[POINTS] = '5')));
    expect(outcome.data!.issues.find((i) => i.key === 'ABC-6')!.estimate).toBe(5);
    expect(reportOf(outcome).dataQuality).toEqual([]);
  });

  it('a sprint field holding a number instead of a list: that issue has no sprints, with a note', async () => {
    const report = reportOf(await run(bent((s) => (issueOf(s, 'ABC-6').fields[SPRINT] = 42))));
    expect(notes(report)).toEqual([['malformed-field', 'ABC-6: the sprint field could not be read, so it is treated as empty.']]);
    expect(report.sprints).toEqual(baseline.sprints);
  });

  it('a sprint change whose ids come as a number (to: 2) is read as the text "2": same report, no note', async () => {
    const outcome = await run(bent((s) => (issueOf(s, 'ABC-3').changelog[0].items[0].to = 2 as never)));
    expect(outcome.data!.issues.find((i) => i.key === 'ABC-3')!.changelog[0]).toMatchObject({ fieldId: SPRINT, from: '', to: '2' });
    expect(comparable(reportOf(outcome))).toEqual(comparable(baseline));
  });

  it('change values that are an object or a list become empty with a note each; the sprint and role sections stay', async () => {
    const outcome = await run(bent((s) => {
      issueOf(s, 'ABC-3').changelog[0].items[0].from = { id: 0 } as never;
      issueOf(s, 'ABC-5').changelog[0].items[0].toString = ['Ranked higher'] as never;
    }));
    const report = reportOf(outcome);
    expect(report.partial).toBeNull();
    expect(report.dataQuality).toEqual([
      { code: 'malformed-field', message: 'ABC-3: a change to "Sprint" on 2026-01-20 (history 5007) holds a value we could not read, so that value is treated as empty.', issueKey: 'ABC-3', fieldId: SPRINT },
      { code: 'malformed-field', message: 'ABC-5: a change to "Rank" on 2026-02-03 (history 5008) holds a value we could not read, so that value is treated as empty.', issueKey: 'ABC-5', fieldId: RANK },
    ]);
    expect(outcome.data!.issues.find((i) => i.key === 'ABC-3')!.changelog[0]).toMatchObject({ from: null, to: '2' });
    // An empty "from" reads as no sprint before, as '' did: the sprint figures and the roles are the baseline's.
    expect(report.sprints).toEqual(baseline.sprints);
    expect(report.roles).toEqual(baseline.roles);
    expect(noteCodes(report)).not.toContain('analysis-failed');
  });

  it('the sprint field in the old text form "...[id=2,...]" is still read', async () => {
    const outcome = await run(bent((s) => (issueOf(s, 'ABC-3').fields[SPRINT] = ['com.atlassian.greenhopper.service.sprint.Sprint@1a2b[id=2,rapidViewId=1,state=ACTIVE,name=ABC Sprint 2]'])));
    expect(outcome.data!.issues.find((i) => i.key === 'ABC-3')!.sprintIds).toEqual([2]);
    expect(comparable(reportOf(outcome))).toEqual(comparable(baseline));
  });

  it('an ADF description with node types we do not know keeps their words, one block per line', async () => {
    const outcome = await run(bent((s) => {
      issueOf(s, 'ABC-4').fields.description = { type: 'doc', version: 1, content: [
        { type: 'mysteryBlock', attrs: {}, content: [{ type: 'text', text: 'Hidden words' }] },
        { type: 'paragraph', content: [{ type: 'futureInline', attrs: { x: 1 } }, { type: 'text', text: 'Given a saved card' }] },
      ] };
    }));
    expect(outcome.data!.issues.find((i) => i.key === 'ABC-4')!.description).toBe('Hidden words\nGiven a saved card');
    expect(reportOf(outcome).dataQuality).toEqual([]);
  });
});
