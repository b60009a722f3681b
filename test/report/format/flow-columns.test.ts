import { inProgressColumnsInWords } from '../../../src/report/format/flow-figures';

const column = (name: string, inProgress: boolean) => ({ name, inProgress });

describe('which columns count as work in progress, in words', () => {
  it('names one column, or several joined as a sentence', () => {
    expect(inProgressColumnsInWords({ columns: [column('To Do', false), column('Doing', true), column('Done', false)] })).toBe(
      'In progress means the column "Doing"; the other columns are waiting or done.',
    );
    expect(inProgressColumnsInWords({ columns: [column('To Do', false), column('In Progress', true), column('In Review', true), column('Testing', true)] })).toBe(
      'In progress means the columns "In Progress", "In Review" and "Testing"; the other columns are waiting or done.',
    );
  });

  it('says plainly when no column counts as in progress', () => {
    expect(inProgressColumnsInWords({ columns: [column('To Do', false), column('Done', false)] })).toBe(
      'No column of this board counts as in progress, so no item is counted as work in progress.',
    );
  });
});
