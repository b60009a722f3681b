/** The board's natural key order: project key as text, then the number, then the whole key as text. */
import { readBoardHistory } from '../../../src/analysis/history/board-history';
import { boardData, issue } from '../sprints/fixtures';

const order = (keys: string[]) => readBoardHistory(boardData(keys.map((key) => issue(key)), [])).keyOrder?.keys ?? null;

describe('natural key order of a board', () => {
  it('sorts by number within a project, not as text', () => {
    expect(order(['APP-10', 'APP-9', 'APP-100', 'APP-1'])).toEqual(['APP-1', 'APP-9', 'APP-10', 'APP-100']);
  });

  it('sorts projects by key first, and equal numbers by the whole key', () => {
    expect(order(['XY-1', 'APP-2', 'AP-3', 'APP-02', 'XY-0'])).toEqual(['AP-3', 'APP-02', 'APP-2', 'XY-0', 'XY-1']);
    // A prefix that starts like the first one is still another project.
    expect(order(['APP-5', 'APPS-1', 'APP-4'])).toEqual(['APP-4', 'APP-5', 'APPS-1']);
  });

  it('gives no order when a key is not text, a dash and 1 to 15 digits', () => {
    expect(order(['APP-1', 'APP-1a'])).toBeNull();
    expect(order(['APP-1', 'APP'])).toBeNull();
    expect(order(['APP-1', 'APP-1234567890123456'])).toBeNull();
  });
});
