/**
 * The name of an issue's status at a moment, from its status changes: the last change at or before
 * the moment gives it; before the first change, that change's "from"; without any, the status now.
 */
import type { IssueHistory } from './issue-history';

export function statusNameAt(history: IssueHistory, atMs: number): string {
  const { changelog } = history.issue;
  let before: string | null = null;
  let firstFrom: string | null | undefined;
  for (let i = 0; i < changelog.length; i++) {
    const event = changelog[i];
    if (event.fieldId !== 'status') continue;
    const ms = history.eventMs[i];
    if (Number.isNaN(ms)) continue;
    if (firstFrom === undefined) firstFrom = event.fromString ?? event.from;
    if (ms <= atMs) before = event.toString ?? event.to;
  }
  if (before !== null) return before;
  return firstFrom ?? history.issue.status.name;
}
