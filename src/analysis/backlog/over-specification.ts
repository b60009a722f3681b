/**
 * Over-specification: distant backlog items that already carry detail work likely to go stale.
 */
import type { BoardData, Issue } from '../../domain/types';
import type { ProjectSettings } from '../../domain/settings';
import type { BacklogSection } from '../../domain/report';
import { ratio } from '../../domain/stats';
import { type SizedBacklog, firstItemBeyond } from './backlog';
import type { TextPattern } from '../../domain/text-pattern';
import { acceptancePattern } from './readiness';

/**
 * The acceptance-criteria text of an item: the configured field's text when a field is configured;
 * otherwise the description from the first match of the acceptance pattern to its end
 * (empty when the pattern does not match).
 */
export function acceptanceCriteriaText(issue: Issue, settings: ProjectSettings, data: BoardData, pattern = acceptancePattern(settings.definitionOfReady.acceptanceCriteria.descriptionPattern)): string {
  const ac = settings.definitionOfReady.acceptanceCriteria;
  if ((ac.fieldId ?? data.fieldIds.acceptanceCriteria) !== null) return issue.acceptanceCriteria?.trim() ?? '';
  if (issue.description === null) return '';
  const start = pattern.firstMatchAt(issue.description);
  return start !== null ? issue.description.slice(start).trim() : '';
}

/** Detail = an estimate, or sub-tasks, or acceptance criteria longer than longAcceptanceCriteriaChars. */
export function carriesDetail(issue: Issue, settings: ProjectSettings, data: BoardData, pattern: TextPattern): boolean {
  return (
    issue.estimate !== null ||
    issue.subtaskKeys.length > 0 ||
    acceptanceCriteriaText(issue, settings, data, pattern).length > settings.longAcceptanceCriteriaChars
  );
}

/**
 * Over-specification share = distant items carrying detail / distant items.
 * Distant items start at or beyond distantBeyondSprints × capacity (see firstItemBeyond).
 * Without a usable capacity there are no distant items and the share is null.
 */
export function overSpecification(sized: SizedBacklog, settings: ProjectSettings, data: BoardData): BacklogSection['overSpecification'] {
  const first = firstItemBeyond(sized, settings.distantBeyondSprints);
  if (first === null) return { share: null, distantCount: 0, detailedKeys: [] };
  const distant = sized.issues.slice(first);
  const pattern = acceptancePattern(settings.definitionOfReady.acceptanceCriteria.descriptionPattern);
  const detailedKeys = distant.filter((issue) => carriesDetail(issue, settings, data, pattern)).map((issue) => issue.key);
  return { share: ratio(detailedKeys.length, distant.length), distantCount: distant.length, detailedKeys };
}
