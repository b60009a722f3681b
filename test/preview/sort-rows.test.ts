import { sortRows } from '../../static/portfolio/src/sortRows';
import { portfolioRows } from './portfolio-rows';

const keys = (rows: { projectKey: string }[]) => rows.map((row) => row.projectKey);

describe('sortRows', () => {
  const rows = portfolioRows(); // FIX score 55, KAN 100, NEW null
  it('sorts by score both ways, rows without a score last', () => {
    expect(keys(sortRows(rows, 'score', true))).toEqual(['FIX', 'KAN', 'NEW']);
    expect(keys(sortRows(rows, 'score', false))).toEqual(['KAN', 'FIX', 'NEW']);
  });
  it('orders two projects at 0 by the points they lost before the floor: SPILL (135) before SOLO (100) from the least healthy, after it from the healthiest', () => {
    const atZero = (projectKey: string, pointsLost: number) => ({ ...rows[0], projectKey, projectName: projectKey, score: 0, pointsLost });
    const tied = [atZero('SOLO', 100), atZero('SPILL', 135), rows[1]];
    expect(keys(sortRows(tied, 'score', true))).toEqual(['SPILL', 'SOLO', 'KAN']);
    expect(keys(sortRows(tied, 'score', false))).toEqual(['KAN', 'SOLO', 'SPILL']);
  });
  it('sorts by name, numbers in names as numbers', () => {
    expect(keys(sortRows(rows, 'project', true))).toEqual(['KAN', 'FIX', 'NEW']);
    const teams = ['Team 10', 'Team 2', 'team 1'].map((projectName, i) => ({ ...rows[0], projectKey: `T${i}`, projectName }));
    expect(sortRows(teams, 'project', true).map((row) => row.projectName)).toEqual(['team 1', 'Team 2', 'Team 10']);
  });
  it('sorts by the latest reliability and by the most severe signal', () => {
    expect(keys(sortRows(rows, 'reliability', true))).toEqual(['FIX', 'KAN', 'NEW']);
    expect(keys(sortRows(rows, 'signals', true))).toEqual(['FIX', 'KAN', 'NEW']);
  });
  it('does not change the input', () => {
    const before = keys(rows);
    sortRows(rows, 'score', false);
    expect(keys(rows)).toEqual(before);
  });
});
