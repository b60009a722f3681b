import { sizeBacklog } from '../../../src/analysis/backlog/backlog';
import { acceptanceCriteriaText, overSpecification } from '../../../src/analysis/backlog/over-specification';
import { boardData, capacityTenSprints, issue, settings } from './fixtures';

const longCriteria = 'Acceptance criteria: ' + 'x'.repeat(400); // 421 characters from the match on

describe('over-specification', () => {
  // Capacity 10, distant work starts at 30 points. Three items of 10 fill the first 3 sprints.
  const items = [
    issue('AB-1', { estimate: 10 }),
    issue('AB-2', { estimate: 10 }),
    issue('AB-3', { estimate: 10 }),
    issue('AB-4', { estimate: 5 }), // distant, estimated: detail
    issue('AB-5', { estimate: null }), // distant, bare
    issue('AB-6', { estimate: null, subtaskKeys: ['AB-60'] }), // distant, split into sub-tasks: detail
    issue('AB-7', { estimate: null, description: 'Context first. ' + longCriteria }), // distant, long criteria: detail
    issue('AB-8', { estimate: null, description: 'Acceptance criteria: short' }), // distant, short criteria
  ];
  const data = boardData(items);

  it('counts 3 detailed items of 5 distant ones', () => {
    const result = overSpecification(sizeBacklog(data, capacityTenSprints(), 5), settings(), data);
    expect(result).toEqual({ share: 0.6, distantCount: 5, detailedKeys: ['AB-4', 'AB-6', 'AB-7'] });
  });

  it('measures criteria from the first pattern match to the end of the description', () => {
    expect(acceptanceCriteriaText(items[6], settings(), data)).toHaveLength(421);
    expect(acceptanceCriteriaText(issue('AB-9', { description: 'nothing to see' }), settings(), data)).toBe('');
  });

  it('measures Given/When/Then steps on their own lines from the Given line on', () => {
    const steps = 'Given a cart\nWhen I pay\nThen I get a receipt'; // 44 characters
    expect(acceptanceCriteriaText(issue('AB-9', { description: `Why: faster.\n${steps}` }), settings(), data)).toBe(steps);
    const heading = 'Acceptance criteria\n- Paying takes one click'; // from the heading line on
    expect(acceptanceCriteriaText(issue('AB-9', { description: `Why: faster.\n${heading}` }), settings(), data)).toBe(heading);
    expect(acceptanceCriteriaText(issue('AB-9', { description: 'There are no acceptance criteria yet' }), settings(), data)).toBe('');
  });

  it('measures the configured field when there is one', () => {
    const s = settings((x) => (x.definitionOfReady.acceptanceCriteria.fieldId = 'customfield_10050'));
    const item = issue('AB-9', { estimate: null, description: null, acceptanceCriteria: 'y'.repeat(401) });
    const d = boardData([...items.slice(0, 3), item]);
    expect(overSpecification(sizeBacklog(d, capacityTenSprints(), 5), s, d).detailedKeys).toEqual(['AB-9']);
  });

  it('has a null share when nothing is distant, and without capacity', () => {
    const short = boardData(items.slice(0, 2));
    expect(overSpecification(sizeBacklog(short, capacityTenSprints(), 5), settings(), short)).toEqual({ share: null, distantCount: 0, detailedKeys: [] });
    expect(overSpecification(sizeBacklog(data, [], 5), settings(), data)).toEqual({ share: null, distantCount: 0, detailedKeys: [] });
  });
});
