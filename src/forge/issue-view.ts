/**
 * The issue view's answer about one issue, from the stored report (already filtered for the viewer)
 * and the stored facts of single issues. Pure: every part is read, none is computed here beyond
 * picking the issue out (docs/metrics.md, "Facts about one issue").
 */
import type { IssueFacts } from '../domain/issue-facts';
import type { Report, SprintFigures } from '../domain/report';
import type { ProjectSettings } from '../domain/settings';
import type { ResolverDefs } from '../shared/api';
import { bySeverity, personName, sprintNamer } from '../vocabulary';

type IssueContext = ResolverDefs['getIssueContext']['result'];
export type IssueViewParts = Pick<IssueContext, 'board' | 'place' | 'readiness' | 'reranks' | 'sprints' | 'carryOver' | 'flagged' | 'signals'>;

export function issueViewParts(issueKey: string, report: Report, facts: IssueFacts | undefined, settings: ProjectSettings): IssueViewParts {
  const chain = report.sprints?.carryOverChains.find((c) => c.issueKey === issueKey);
  const nameOf = sprintNamer(report);
  return {
    board: report.board ? { id: report.board.id, name: report.board.name } : null,
    place: facts ? placeOf(issueKey, report, facts) : null,
    readiness: readinessRules(report, settings),
    reranks: facts
      ? {
          windowDays: facts.reranks.windowDays,
          changes: facts.reranks.changes.filter((c) => c.issueKey === issueKey).map((c) => ({ at: c.at, by: personName(report.people, c.by) })),
        }
      : null,
    sprints: (report.sprints?.closed ?? []).flatMap((sprint) => {
      const pass = passThrough(sprint, issueKey);
      return pass ? [{ sprintId: sprint.id, name: sprint.name, ...pass }] : [];
    }),
    carryOver: chain ? { sprintNames: chain.sprintIds.map(nameOf), done: chain.done } : null,
    flagged: facts
      ? { windowDays: facts.flagged.windowDays, spells: facts.flagged.spells.filter((s) => s.issueKey === issueKey).map(({ from, to }) => ({ from, to })) }
      : null,
    signals: report.signals
      .filter((signal) => signal.evidence.issueKeys.includes(issueKey))
      .sort(bySeverity)
      .map(({ id, severity, title, observation, question }) => ({ id, severity, title, observation, question })),
  };
}

function placeOf(issueKey: string, report: Report, facts: IssueFacts): IssueContext['place'] {
  const { backlog } = facts;
  const index = backlog.items.findIndex((item) => item.key === issueKey);
  if (index >= 0) {
    return { kind: 'backlog', position: index + 1, size: backlog.size, nearTermCount: backlog.nearTermCount, failedChecks: [...backlog.items[index].failedChecks] };
  }
  if (facts.activeSprintKeys.includes(issueKey)) return { kind: 'sprint', sprintName: report.sprints?.active?.name ?? 'the running sprint' };
  return { kind: 'elsewhere', backlogSize: backlog.size, kept: backlog.items.length };
}

/**
 * What the Definition of Ready asks, for the advice beside a failed check: the size limit is
 * `maxShareOfSprint` of the capacity in points (as the smallEnough check reads it), and acceptance
 * criteria are looked for in the configured field, else in the description.
 */
function readinessRules(report: Report, settings: ProjectSettings): IssueContext['readiness'] {
  const dor = settings.definitionOfReady;
  const capacity = report.backlog?.capacity;
  const sizeLimitPoints = dor.maxShareOfSprint !== null && capacity?.unit === 'points' && capacity.value !== null && capacity.value > 0 ? dor.maxShareOfSprint * capacity.value : null;
  return { sizeLimitPoints, acceptanceCriteriaIn: dor.acceptanceCriteria.fieldId !== null ? 'field' : 'description' };
}

/** How the issue came into a closed sprint and what became of it (the sprint's groups), or null when it was not in it. */
function passThrough(sprint: SprintFigures, key: string): Pick<IssueContext['sprints'][number], 'joined' | 'outcome'> | null {
  const has = (keys: string[]) => keys.includes(key);
  const { subtasks } = sprint;
  if (has(sprint.doneBeforeStart.issues)) return { joined: 'done-before-start', outcome: 'done-before-start' };
  const committed = has(sprint.committed.issues) || has(subtasks.committed);
  const added = has(sprint.added.issues) || has(subtasks.added);
  if (!committed && !added) return null;
  const outcome = has(sprint.completed.issues) || has(subtasks.completed)
    ? 'completed'
    : has(sprint.notCompleted.issues) || has(subtasks.notCompleted)
      ? 'not-completed'
      : 'removed';
  return { joined: committed ? 'committed' : 'added', outcome };
}
