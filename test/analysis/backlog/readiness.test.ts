import { sizeBacklog } from '../../../src/analysis/backlog/backlog';
import { checksInForce, failedChecks, readinessShare, readyRunwaySprints } from '../../../src/analysis/backlog/readiness';
import type { Issue } from '../../../src/domain/types';
import { boardData, capacityTenSprints, closedSprint, issue, settings } from './fixtures';

function checksFor(item: Issue, s = settings(), estimation: 'points' | 'issues' = 'points') {
  const data = boardData([item], { estimation });
  const sprints = estimation === 'points' ? capacityTenSprints() : [closedSprint(1, ['X-1'], null)];
  return failedChecks(item, s.definitionOfReady, data, sizeBacklog(data, sprints, 5));
}

describe('Definition-of-Ready checks', () => {
  it('passes a ready item', () => expect(checksFor(issue('AB-1'))).toEqual([]));
  it('needs an estimate on a board with an estimation field', () => expect(checksFor(issue('AB-1', { estimate: null }))).toEqual(['estimated']));
  it('does not ask for estimates on a board that counts issues', () => expect(checksFor(issue('AB-1', { estimate: null }), settings(), 'issues')).toEqual([]));
  describe('the estimate, as the board estimates (requireEstimate empty, the default) or as the team set it', () => {
    const unestimated = issue('AB-1', { estimate: null });
    /** The checks of the unestimated item on a board whose estimation field is its own, or the site's taken for a board that names none. */
    const onBoard = (requireEstimate: boolean | null, source: 'board' | 'site') => {
      const data = boardData([unestimated]);
      if (data.config.estimation.type === 'field') data.config.estimation.source = source;
      const dor = settings((x) => (x.definitionOfReady.requireEstimate = requireEstimate)).definitionOfReady;
      const sized = sizeBacklog(data, capacityTenSprints(), 5);
      return [failedChecks(unestimated, dor, data, sized), checksInForce(dor, data, sized)];
    };
    const allButEstimate = ['description', 'acceptanceCriteria', 'notBlocked', 'notFlagged', 'smallEnough'];
    it('asks for one on a board that estimates with its own field', () => expect(onBoard(null, 'board')).toEqual([['estimated'], ['estimated', ...allButEstimate]]));
    it('does not on a board that names no estimation (a Kanban board), whose figures read the site\'s story points', () => expect(onBoard(null, 'site')).toEqual([[], allButEstimate]));
    it('asks for one there when the team says so', () => expect(onBoard(true, 'site')).toEqual([['estimated'], ['estimated', ...allButEstimate]]));
    it('never when the team says not', () => expect(onBoard(false, 'board')).toEqual([[], allButEstimate]));
  });
  it('needs a description, and without one finds no acceptance criteria', () => {
    expect(checksFor(issue('AB-1', { description: '   ' }))).toEqual(['description', 'acceptanceCriteria']);
  });
  it('finds acceptance criteria written as given/when/then, case-insensitively', () => {
    expect(checksFor(issue('AB-1', { description: 'GIVEN a cart WHEN I pay THEN I get a receipt' }))).toEqual([]);
    expect(checksFor(issue('AB-1', { description: 'Make the cart faster' }))).toEqual(['acceptanceCriteria']);
  });
  it('finds Given/When/Then written as steps on lines of their own, as rich text gives them', () => {
    expect(checksFor(issue('AB-1', { description: 'Pay by card.\nGiven a cart\nWhen I pay\nThen I get a receipt' }))).toEqual([]);
    expect(checksFor(issue('AB-1', { description: '- Given a cart with two items\n- and a saved address\n- When I pay, then I get a receipt' }))).toEqual([]);
    // The steps must be in order, and start with Given.
    expect(checksFor(issue('AB-1', { description: 'When I pay\nThen I get a receipt\nGiven a cart' }))).toEqual(['acceptanceCriteria']);
    expect(checksFor(issue('AB-1', { description: 'Given a cart\nThen I get a receipt' }))).toEqual(['acceptanceCriteria']);
  });
  it('finds an "Acceptance criteria" heading or label, but not a mention that there are none', () => {
    expect(checksFor(issue('AB-1', { description: 'Why: faster checkout.\nAcceptance criteria\n- Paying takes one click' }))).toEqual([]);
    expect(checksFor(issue('AB-1', { description: '## Acceptance Criteria ##\n- Paying takes one click' }))).toEqual([]);
    expect(checksFor(issue('AB-1', { description: 'Done when - acceptance criteria: paying takes one click' }))).toEqual([]);
    expect(checksFor(issue('AB-1', { description: 'Make checkout faster. There are no acceptance criteria yet.' }))).toEqual(['acceptanceCriteria']);
    expect(checksFor(issue('AB-1', { description: 'Acceptance criteria to be written at refinement' }))).toEqual(['acceptanceCriteria']);
  });
  it('keeps the meaning of a pattern the team wrote: compiled case-insensitive only, as before', () => {
    const anchored = settings((x) => (x.definitionOfReady.acceptanceCriteria.descriptionPattern = '^AC:'));
    expect(checksFor(issue('AB-1', { description: 'ac: paying takes one click' }), anchored)).toEqual([]);
    // `^` is the start of the whole description, not of each line.
    expect(checksFor(issue('AB-1', { description: 'Why: faster.\nAC: paying takes one click' }), anchored)).toEqual(['acceptanceCriteria']);
    const oneLine = settings((x) => (x.definitionOfReady.acceptanceCriteria.descriptionPattern = 'given .+ then'));
    expect(checksFor(issue('AB-1', { description: 'Given a cart\nThen a receipt' }), oneLine)).toEqual(['acceptanceCriteria']);
  });
  it('reads the configured acceptance-criteria field instead of the description', () => {
    const s = settings((x) => (x.definitionOfReady.acceptanceCriteria.fieldId = 'customfield_10050'));
    expect(checksFor(issue('AB-1', { acceptanceCriteria: null }), s)).toEqual(['acceptanceCriteria']);
    expect(checksFor(issue('AB-1', { description: 'No criteria here', acceptanceCriteria: 'Receipt is emailed' }), s)).toEqual([]);
  });
  it('fails items blocked by an unresolved or unknown issue, not by a done one', () => {
    expect(checksFor(issue('AB-1', { blockedBy: [{ key: 'AB-9', statusCategory: 'indeterminate' }] }))).toEqual(['notBlocked']);
    expect(checksFor(issue('AB-1', { blockedBy: [{ key: 'AB-9', statusCategory: null }] }))).toEqual(['notBlocked']);
    expect(checksFor(issue('AB-1', { blockedBy: [{ key: 'AB-9', statusCategory: 'done' }] }))).toEqual([]);
  });
  it('fails flagged items', () => expect(checksFor(issue('AB-1', { flagged: true }))).toEqual(['notFlagged']));
  it('fails items larger than half a sprint (capacity 10 -> at most 5 points)', () => {
    expect(checksFor(issue('AB-1', { estimate: 5 }))).toEqual([]);
    expect(checksFor(issue('AB-1', { estimate: 8 }))).toEqual(['smallEnough']);
  });
  it('runs only the checks that are switched on', () => {
    const off = settings((x) => {
      x.definitionOfReady.requireEstimate = false;
      x.definitionOfReady.requireDescription = false;
      x.definitionOfReady.acceptanceCriteria.required = false;
      x.definitionOfReady.requireNotBlocked = false;
      x.definitionOfReady.requireNotFlagged = false;
      x.definitionOfReady.maxShareOfSprint = null;
    });
    const messy = issue('AB-1', { estimate: null, description: null, flagged: true, blockedBy: [{ key: 'AB-2', statusCategory: 'new' }] });
    expect(checksFor(messy, off)).toEqual([]);
    expect(checksFor(issue('AB-1', { estimate: 40 }), off)).toEqual([]);
  });
});

describe('readiness and ready runway', () => {
  // capacity 10; sizes 3, 4, 3, 3, 5, 2: all six start inside 20 points. AB-3 is flagged, AB-6 has no description.
  const items = [
    issue('AB-1', { estimate: 3 }),
    issue('AB-2', { estimate: 4 }),
    issue('AB-3', { estimate: 3, flagged: true }),
    issue('AB-4', { estimate: 3 }),
    issue('AB-5', { estimate: 5 }),
    issue('AB-6', { estimate: 2, description: null }),
  ];
  const data = boardData(items);
  const sized = sizeBacklog(data, capacityTenSprints(), 5);
  const failed = items.map((i) => failedChecks(i, settings().definitionOfReady, data, sized));

  it('readiness = 4 ready of 6 near-term items', () => expect(readinessShare(failed)).toBeCloseTo(4 / 6, 10));
  it('runway stops at the first unready item: (3 + 4) / 10 = 0.7 sprints', () => expect(readyRunwaySprints(sized, failed)).toBeCloseTo(0.7, 10));
  it('runway counts the whole backlog when every item is ready: 20 / 10 = 2 sprints', () => {
    expect(readyRunwaySprints(sized, items.map(() => []))).toBeCloseTo(2, 10);
  });
  it('readiness is null with no near-term items, and runway is null without capacity', () => {
    expect(readinessShare([])).toBeNull();
    expect(readyRunwaySprints(sizeBacklog(data, [], 5), failed)).toBeNull();
  });
});
