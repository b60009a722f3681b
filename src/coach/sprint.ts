/**
 * A closed sprint for the coach, like Jira's sprint report: what was committed, added, removed,
 * completed and left unfinished, who changed the scope and when, the four ratios, and the questions
 * of the signals whose evidence names the sprint. Named by the conversation by its name or id; the
 * last closed sprint when none is named.
 */
import type { Report, SprintFigures } from '../domain/report';
import { dateTime, day, lateness, listInWords, percent, personName, plural, points } from '../vocabulary';
import { answerBase, projectName, sameName, type AnswerBase, type Freshness } from './common';

export const SPRINT_QUESTION = 'What does the team want to keep, and what to change, from this sprint in the next one?';

export interface SprintAnswer extends AnswerBase {
  answer: string;
  sprint: {
    id: number;
    name: string;
    goalAtStart: string | null;
    committed: string[];
    added: string[];
    removed: string[];
    completed: string[];
    notCompleted: string[];
    scopeChanges: string[];
    figures: { name: string; value: string }[];
  } | null;
  closedSprints: string[];
  questions: string[];
}

function findSprint(closed: readonly SprintFigures[], named: string | undefined): SprintFigures | undefined {
  if (named === undefined) return closed[closed.length - 1];
  return closed.find((s) => sameName(s.name, named) || String(s.id) === named.trim());
}

export function sprintAnswer(report: Report, named: string | undefined, freshness: Freshness): SprintAnswer {
  const base = answerBase(report, freshness);
  const closed = report.sprints?.closed ?? [];
  const closedSprints = [...closed].reverse().map((s) => s.name);
  const found = findSprint(closed, named);
  if (!found) {
    const answer = closed.length === 0
      ? `${projectName(report)} has no closed sprint to report on.`
      : `No closed sprint of ${projectName(report)} is called "${(named ?? '').trim()}". The closed sprints, most recent first: ${listInWords(closedSprints.slice(0, 10))}.`;
    return { ...base, answer, sprint: null, closedSprints, questions: [] };
  }
  const sized = (set: { issues: string[]; points: number | null }) => (set.points === null ? plural(set.issues.length, 'item') : `${plural(set.issues.length, 'item')}, ${points(set.points)}`);
  const figures = [
    { name: 'Commitment reliability', value: percent(found.commitmentReliability) },
    { name: 'Completion rate', value: percent(found.completionRate) },
    { name: 'Scope churn', value: percent(found.scopeChurn) },
    { name: 'Carry-over', value: percent(found.carryOver) },
    { name: 'Closed', value: lateness(found.lateWorkingDays) },
  ];
  const scopeChanges = found.scopeChanges.map((c) => `${c.issueKey} ${c.change} on ${dateTime(c.at)} by ${personName(report.people, c.by)}`);
  const goal = found.goalAtStart.goal;
  const sentences = [
    `${found.name} of ${projectName(report)} ran from ${day(found.startDate)} to ${day(found.completeDate)}, ${goal ? `with the goal "${goal}" at its start` : 'without a goal at its start'}.`,
    `Committed at the start: ${sized(found.committed)}. Added after the start: ${sized(found.added)}. Removed: ${sized(found.removed)}.`,
    `Completed: ${sized(found.completed)}. Not completed: ${sized(found.notCompleted)}${found.notCompleted.issues.length > 0 ? ` (${listInWords(found.notCompleted.issues)})` : ''}.`,
    `${figures.map((f) => `${f.name}: ${f.value}`).join('. ')}.`,
  ];
  const asked = report.signals.filter((signal) => signal.evidence.sprintIds.includes(found.id)).map((signal) => signal.question);
  return {
    ...base,
    answer: sentences.join(' '),
    sprint: {
      id: found.id, name: found.name, goalAtStart: goal,
      committed: [...found.committed.issues], added: [...found.added.issues], removed: [...found.removed.issues],
      completed: [...found.completed.issues], notCompleted: [...found.notCompleted.issues],
      scopeChanges, figures,
    },
    closedSprints,
    questions: asked.length > 0 ? asked : [SPRINT_QUESTION],
  };
}
