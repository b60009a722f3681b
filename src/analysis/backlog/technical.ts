/**
 * Technical work in the backlog: is it ordered with the rest, or parked in a pool of its own?
 */
import type { Issue } from '../../domain/types';
import type { TechnicalClassification } from '../../domain/settings';
import type { BacklogSection, SprintFigures } from '../../domain/report';
import { median, ratio, sum } from '../../domain/stats';
import type { BoardHistory } from '../history/board-history';
import { toMs } from '../history/parse';
import { valueAt } from '../history/timeline';
import type { CapacityUnit } from './backlog';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A classifier for one classification: technical = the issue type, any label or any component
 * equals a configured name (case-insensitive, whole name). Build it once, use it for every issue.
 */
export function technicalClassifier(classification: TechnicalClassification): (issue: Issue) => boolean {
  const lower = (values: string[]) => new Set(values.map((v) => v.trim().toLowerCase()));
  const types = lower(classification.issueTypes);
  const labels = lower(classification.labels);
  const components = lower(classification.components);
  return (issue) =>
    types.has(issue.issueType.name.trim().toLowerCase()) ||
    issue.labels.some((l) => labels.has(l.trim().toLowerCase())) ||
    issue.components.some((c) => components.has(c.trim().toLowerCase()));
}

/** Whether one issue is technical (see technicalClassifier). */
export function isTechnical(issue: Issue, classification: TechnicalClassification): boolean {
  return technicalClassifier(classification)(issue);
}

/**
 * Interleaving = P(a random technical item ranks above a random functional one)
 *   = (number of (technical, functional) pairs with the technical one higher) / (nT × nF).
 * Counted in one pass: at each functional item, add the number of technical items seen above it.
 * null when either group is empty.
 */
export function interleaving(technicalFlags: readonly boolean[]): number | null {
  let technicalAbove = 0;
  let pairs = 0;
  let functional = 0;
  for (const technical of technicalFlags) {
    if (technical) technicalAbove++;
    else {
      pairs += technicalAbove;
      functional++;
    }
  }
  return ratio(pairs, technicalAbove * functional);
}

/**
 * Wald–Wolfowitz runs test on the technical/functional sequence in rank order.
 * observed R = number of maximal blocks of the same kind;
 * expected E = 2·n1·n2 / n + 1; variance V = 2·n1·n2·(2·n1·n2 − n) / (n²·(n − 1));
 * z = (R − E) / √V. Far fewer runs than expected (z well below 0) means technical work sits in blocks.
 * expected and z are null when either group is empty; z is null when V is 0.
 */
export function runsTest(technicalFlags: readonly boolean[]): BacklogSection['technical']['runs'] {
  let observed = 0;
  for (let i = 0; i < technicalFlags.length; i++) if (i === 0 || technicalFlags[i] !== technicalFlags[i - 1]) observed++;
  const n1 = technicalFlags.filter(Boolean).length;
  const n2 = technicalFlags.length - n1;
  if (n1 === 0 || n2 === 0) return { observed, expected: null, z: null };
  const n = n1 + n2;
  const expected = (2 * n1 * n2) / n + 1;
  const variance = (2 * n1 * n2 * (2 * n1 * n2 - n)) / (n * n * (n - 1));
  return { observed, expected, z: variance > 0 ? (observed - expected) / Math.sqrt(variance) : null };
}

/** Round figures a fixed quota tends to use: 0.10, 0.15, …, 0.50. */
export const ROUND_QUOTAS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];

/**
 * Fixed quota. Per closed sprint, technical share = technical completed size / all completed size,
 * where size is each completed issue's estimate when the sprint closed, replayed from its history
 * (points; the current estimate when the close is unknown), or 1 (issues): a re-estimate after the
 * sprint does not change what the sprint did. Completed keys not found in the data are left out;
 * null when nothing sized was completed.
 * Detected when the last `minSprints` sprints all have a share and one round figure r in
 * ROUND_QUOTAS has |share − r| ≤ maxSpread for every one of them.
 * mean = mean of the non-null shares.
 */
export function fixedQuota(
  closedSprints: SprintFigures[],
  history: BoardHistory,
  classification: TechnicalClassification,
  unit: CapacityUnit,
  minSprints: number,
  maxSpread: number,
): BacklogSection['technical']['quota'] {
  const { byKey } = history;
  const technical = technicalClassifier(classification);
  const shares = closedSprints.map((sprint) => {
    const closedMs = toMs(sprint.completeDate);
    let technicalSize = 0;
    let totalSize = 0;
    for (const key of sprint.completed.issues) {
      const issue = byKey.get(key);
      if (!issue) continue;
      const atClose = closedMs === null ? issue.issue.estimate : valueAt(issue.estimate, closedMs);
      const size = unit === 'points' ? (atClose ?? 0) : 1;
      totalSize += size;
      if (technical(issue.issue)) technicalSize += size;
    }
    return { sprintId: sprint.id, share: ratio(technicalSize, totalSize) };
  });
  const known = shares.map((s) => s.share).filter((s): s is number => s !== null);
  const mean = known.length > 0 ? sum(known) / known.length : null;
  const last = shares.slice(-minSprints).map((s) => s.share);
  const EPSILON = 1e-9; // floating-point slack at the band's edge
  const detected =
    minSprints > 0 &&
    last.length === minSprints &&
    last.every((s) => s !== null) &&
    ROUND_QUOTAS.some((r) => last.every((s) => Math.abs((s as number) - r) <= maxSpread + EPSILON));
  return { detected, shares, mean };
}

/** Median age in whole days (now − created, rounded down) of the given issues; null when none. */
export function medianAgeDays(issues: Issue[], now: Date): number | null {
  const ages = issues
    .map((issue) => Date.parse(issue.created))
    .filter((created) => !Number.isNaN(created))
    .map((created) => Math.floor((now.getTime() - created) / DAY_MS));
  return median(ages);
}
