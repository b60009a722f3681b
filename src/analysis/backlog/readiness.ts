/**
 * Definition of Ready: which checks each backlog item fails, the readiness of the near-term
 * items, and the ready runway.
 */
import type { BoardData, Issue } from '../../domain/types';
import { DEFAULT_ACCEPTANCE_PATTERN, type DefinitionOfReady } from '../../domain/settings';
import type { DorCheck } from '../../domain/report';
import { ratio } from '../../domain/stats';
import { compileTextPattern, type TextPattern } from '../../domain/text-pattern';
import { type SizedBacklog, usableCapacity } from './backlog';

/**
 * The description pattern, case-insensitive and matched in time linear in the text (see
 * src/domain/text-pattern.ts); an invalid pattern falls back to the default one (validateSettings
 * rejects invalid patterns up front). The backlog figures compile it once per report and pass it on.
 * Only flag `i`: a pattern a team wrote keeps the meaning it had (`^` and `$` are the ends of the
 * whole description, `.` stays on one line); the default pattern finds line starts with "\n".
 */
export function acceptancePattern(pattern: string): TextPattern {
  try {
    return compileTextPattern(pattern);
  } catch {
    return compileTextPattern(DEFAULT_ACCEPTANCE_PATTERN);
  }
}

function hasText(value: string | null): boolean {
  return value !== null && value.trim().length > 0;
}

/**
 * Acceptance criteria present: the configured field has text when a field is configured (in the
 * settings, or discovered as data.fieldIds.acceptanceCriteria); otherwise the description matches
 * the pattern.
 */
export function hasAcceptanceCriteria(issue: Issue, dor: DefinitionOfReady, data: BoardData, pattern = acceptancePattern(dor.acceptanceCriteria.descriptionPattern)): boolean {
  const fieldId = dor.acceptanceCriteria.fieldId ?? data.fieldIds.acceptanceCriteria;
  if (fieldId !== null) return hasText(issue.acceptanceCriteria);
  return issue.description !== null && pattern.test(issue.description);
}

/**
 * Whether the Definition of Ready asks for an estimate on this board. Never on a board without an
 * estimate field (one that counts issues). `requireEstimate` true asks for one wherever there is a
 * field, false never; null (the default) follows the board: only when the board's own configuration
 * estimates with a field, not when it names none (a Kanban board) and the site's story points field
 * was taken for the figures, since such a team does not estimate.
 */
export function estimatesRequired(dor: DefinitionOfReady, data: BoardData): boolean {
  const estimation = data.config.estimation;
  if (estimation.type !== 'field' || dor.requireEstimate === false) return false;
  return dor.requireEstimate === true || estimation.source !== 'site';
}

/**
 * The Definition-of-Ready checks in force on this board, in the order failedChecks reports them:
 * each switched on in the settings, `estimated` as estimatesRequired says, `smallEnough` only with a
 * capacity in points.
 */
export function checksInForce(dor: DefinitionOfReady, data: BoardData, sized: SizedBacklog): DorCheck[] {
  const checks: DorCheck[] = [];
  if (estimatesRequired(dor, data)) checks.push('estimated');
  if (dor.requireDescription) checks.push('description');
  if (dor.acceptanceCriteria.required) checks.push('acceptanceCriteria');
  if (dor.requireNotBlocked) checks.push('notBlocked');
  if (dor.requireNotFlagged) checks.push('notFlagged');
  if (dor.maxShareOfSprint !== null && sized.capacity.unit === 'points' && usableCapacity(sized.capacity) !== null) checks.push('smallEnough');
  return checks;
}

/**
 * The Definition-of-Ready checks an item fails, of those in force (checksInForce), in their order:
 * - estimated: the item has an estimate;
 * - description: the description has text;
 * - acceptanceCriteria: see hasAcceptanceCriteria;
 * - notBlocked: no "is blocked by" link to an issue whose status category is not done
 *   (an unknown category counts as not done);
 * - notFlagged: the item is not flagged;
 * - smallEnough: estimate ≤ maxShareOfSprint × capacity (an unestimated item is left to the
 *   "estimated" check).
 * `pattern`: the compiled description pattern; `checks`: the checks in force, when the caller
 * checks many items.
 */
export function failedChecks(
  issue: Issue,
  dor: DefinitionOfReady,
  data: BoardData,
  sized: SizedBacklog,
  pattern = acceptancePattern(dor.acceptanceCriteria.descriptionPattern),
  checks = checksInForce(dor, data, sized),
): DorCheck[] {
  // A loop and a switch, not a function per check: this runs for every item of the backlog.
  const failed: DorCheck[] = [];
  for (const check of checks) if (fails(check, issue, dor, data, sized, pattern)) failed.push(check);
  return failed;
}

/** true when `issue` fails `check` (see failedChecks). */
function fails(check: DorCheck, issue: Issue, dor: DefinitionOfReady, data: BoardData, sized: SizedBacklog, pattern: ReturnType<typeof acceptancePattern>): boolean {
  switch (check) {
    case 'estimated':
      return issue.estimate === null;
    case 'description':
      return !hasText(issue.description);
    case 'acceptanceCriteria':
      return !hasAcceptanceCriteria(issue, dor, data, pattern);
    case 'notBlocked':
      for (const link of issue.blockedBy) if (link.statusCategory !== 'done') return true;
      return false;
    case 'notFlagged':
      return issue.flagged;
    case 'smallEnough':
      return issue.estimate !== null && issue.estimate > (dor.maxShareOfSprint ?? Infinity) * (usableCapacity(sized.capacity) ?? Infinity);
  }
}

/** Readiness = ready near-term items / near-term items; null when there are no near-term items. */
export function readinessShare(nearTermFailed: DorCheck[][]): number | null {
  return ratio(nearTermFailed.filter((checks) => checks.length === 0).length, nearTermFailed.length);
}

/** The ready items from the top, in rank order, up to the first unready item (the runway's items). */
export function readyRunwayItems(failedPerItem: DorCheck[][]): number {
  const firstUnready = failedPerItem.findIndex((checks) => checks.length > 0);
  return firstUnready === -1 ? failedPerItem.length : firstUnready;
}

/**
 * Ready runway, in sprints = (sum of sizes of the ready items from the top, in rank order, stopping
 * at the first unready item) / capacity. We stop at the first unready item because the team pulls
 * from the top: work below a gap is not reachable without refining the gap first.
 * null without a usable capacity.
 */
export function readyRunwaySprints(sized: SizedBacklog, failedPerItem: DorCheck[][]): number | null {
  const capacity = usableCapacity(sized.capacity);
  if (capacity === null) return null;
  let readySize = 0;
  for (let i = 0; i < sized.issues.length; i++) {
    if (failedPerItem[i].length > 0) break;
    readySize += sized.sizes[i];
  }
  return readySize / capacity;
}
