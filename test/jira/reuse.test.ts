/**
 * "May this load build on the previous one?", answered in one place (reusablePrevious,
 * src/jira/incremental.ts), each condition on its own (test/jira/load.test.ts runs them through the real load).
 */
import type { BoardData } from '../../src/domain/types';
import { isOfBoard, reusablePrevious } from '../../src/jira/incremental';
import { emptyBoardData } from './empty-board-data';

const NOW = new Date('2026-02-10T12:00:00.000Z');

const previousLoad = (changes: Partial<BoardData> = {}) => emptyBoardData(1, 'ABC', { fullLoadAt: '2026-02-04T12:00:00.000Z', ...changes });

describe('reusablePrevious', () => {
  const ask = (previous: BoardData | null, changes: { projectKey?: string; boardId?: number | null; acceptanceCriteriaFieldId?: string | null; now?: Date } = {}) =>
    reusablePrevious({ projectKey: 'ABC', now: NOW, previous, ...changes });

  it('builds on a complete load of the same project and board, whether the board is named or the default', () => {
    const previous = previousLoad();
    expect(ask(previous)).toBe(previous);
    expect(ask(previous, { boardId: 1 })).toBe(previous);
    expect(ask(previous, { boardId: null })).toBe(previous);
  });

  it('does not build on a load of another project, or of another board than the one asked for', () => {
    expect(ask(previousLoad({ project: { key: 'XYZ', name: 'Other' } }))).toBeNull();
    expect(ask(previousLoad(), { boardId: 2 })).toBeNull();
  });

  it('does not build on a partial load, or one read with another acceptance-criteria field', () => {
    expect(ask(previousLoad({ partial: { reason: 'The sprints could not be read.' } }))).toBeNull();
    expect(ask(previousLoad(), { acceptanceCriteriaFieldId: 'customfield_10100' })).toBeNull();
    const withField = previousLoad({ fieldIds: { sprint: null, rank: null, estimate: null, flagged: null, acceptanceCriteria: 'customfield_10100' } });
    expect(ask(withField, { acceptanceCriteriaFieldId: 'customfield_10100' })).toBe(withField);
  });

  it('does a full load a week after the last full one, and when the previous load does not say when that was', () => {
    expect(ask(previousLoad({ fullLoadAt: '2026-02-03T12:00:00.001Z' }))).not.toBeNull();
    expect(ask(previousLoad({ fullLoadAt: '2026-02-03T12:00:00.000Z' }))).toBeNull();
    const { fullLoadAt: _dropped, ...older } = previousLoad();
    expect(ask(older)).toBeNull();
  });

  it('has nothing to build on without a previous load', () => {
    expect(ask(null)).toBeNull();
  });
});

describe('isOfBoard', () => {
  it('matches the project always, and the board when one is named', () => {
    expect(isOfBoard(previousLoad(), 'ABC', undefined)).toBe(true);
    expect(isOfBoard(previousLoad(), 'ABC', 1)).toBe(true);
    expect(isOfBoard(previousLoad(), 'ABC', 2)).toBe(false);
    expect(isOfBoard(previousLoad(), 'XYZ', 1)).toBe(false);
  });
});
