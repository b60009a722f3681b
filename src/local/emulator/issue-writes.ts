/**
 * Moving an issue to another status, for the demo and the tests, as Jira's workflow would: the status
 * field, its history (with the resolution set when the issue enters a done status and cleared when
 * it leaves one), and the issue's resolution date. The emulator has no workflows: any status of the
 * site can be reached, and a transition's id is the id of the status it leads to.
 */
import type { WsIssue, WsStatus } from '../workspace';
import type { SprintWrite } from './sprint-writes';
import { jiraTime } from './sprint-writes';

/** The resolution an issue gets when it is done (the emulator knows no other). */
const DONE = { id: '10000', name: 'Done' };

export function transitionIssue(write: SprintWrite, issue: WsIssue, to: WsStatus): void {
  const current = issue.fields.status as { id?: string; name?: string; statusCategory?: { key?: string } } | undefined;
  if (current?.id === to.id) return;
  const wasDone = current?.statusCategory?.key === 'done';
  const isDone = to.statusCategory.key === 'done';
  const at = jiraTime(write.nowMs);
  const items: WsIssue['changelog'][number]['items'] = [
    { field: 'status', fieldtype: 'jira', fieldId: 'status', from: current?.id ?? null, fromString: current?.name ?? null, to: to.id, toString: to.name },
  ];
  if (!wasDone && isDone) items.unshift({ field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', from: null, fromString: null, to: DONE.id, toString: DONE.name });
  if (wasDone && !isDone) items.unshift({ field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', from: DONE.id, fromString: DONE.name, to: null, toString: null });
  issue.fields.status = { id: to.id, name: to.name, description: '', statusCategory: to.statusCategory };
  if (wasDone !== isDone) {
    issue.fields.resolution = isDone ? DONE : null;
    issue.fields.resolutiondate = isDone ? at : null;
  }
  issue.fields.updated = at;
  issue.changelog.push({ id: write.nextHistoryId(), author: { accountId: write.user.accountId, displayName: write.user.displayName, active: write.user.active }, created: at, items });
}
