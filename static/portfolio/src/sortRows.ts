/**
 * Orders portfolio rows by a column; rows without a value go last in both directions. Two projects at
 * the same score are told apart by the points they lost before the floor at 0 (docs/metrics.md,
 * "The health score"): more points lost reads as less healthy.
 */
import type { PortfolioRow } from '../../../src/shared/api';
import { SEVERITY_RANK } from '../../../src/vocabulary';

export type SortKey = 'project' | 'score' | 'reliability' | 'runway' | 'stability' | 'interleaving' | 'throughput' | 'forecast' | 'signals';

function sortValue(row: PortfolioRow, key: SortKey): string | number | null {
  switch (key) {
    case 'project':
      return row.projectName.toLowerCase();
    case 'score':
      return row.score;
    case 'reliability':
      // The latest sprint's reliability (the last point of the trend).
      return row.reliabilityTrend.length > 0 ? row.reliabilityTrend[row.reliabilityTrend.length - 1] : null;
    case 'runway':
      return row.readyRunwaySprints;
    case 'stability':
      return row.top10Overlap;
    case 'interleaving':
      return row.technicalInterleaving;
    case 'throughput':
      return row.throughputPerWeek;
    case 'forecast':
      return row.nearTermDoneBy85 === null ? null : Date.parse(row.nearTermDoneBy85);
    case 'signals':
      // Most severe first: the first signal's severity rank (signals arrive most severe first).
      return row.topSignals.length > 0 ? SEVERITY_RANK[row.topSignals[0].severity] : null;
  }
}

export function sortRows(rows: PortfolioRow[], key: SortKey, ascending: boolean): PortfolioRow[] {
  const direction = ascending ? 1 : -1;
  return [...rows].sort((a, b) => {
    const left = sortValue(a, key);
    const right = sortValue(b, key);
    if (left === null && right === null) return a.projectKey.localeCompare(b.projectKey);
    if (left === null) return 1;
    if (right === null) return -1;
    // Names compare as people read them: "Team 2" before "Team 10".
    const order = typeof left === 'string' ? left.localeCompare(String(right), undefined, { numeric: true }) : left - (right as number);
    const tie = key === 'score' ? b.pointsLost - a.pointsLost : 0;
    return order !== 0 ? order * direction : tie !== 0 ? tie * direction : a.projectKey.localeCompare(b.projectKey);
  });
}
