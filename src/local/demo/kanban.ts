/**
 * A Kanban team's day: no sprints; developers pull from the top of the backlog while their work in
 * progress is below the limit, and items move on through review to done. A flagged item waits where
 * it is (and still counts against its developer's limit).
 */
import type { ProjectState } from './project-state';

const WIP_PER_DEVELOPER = 2;

export function runKanbanDay(state: ProjectState, _day: number): void {
  const { random, writer, policy } = state;
  for (const item of state.issues.filter((i) => i.parent === null && (i.status === 'In Progress' || i.status === 'In Review'))) {
    if (item.flagged) continue;
    const worker = item.assignee ?? random.pick(policy.team.developers);
    if (item.status === 'In Review' && random.chance(0.6)) writer.status(item, 'Done', state.tick(), worker);
    else if (item.status === 'In Progress' && random.chance(0.4)) writer.status(item, 'In Review', state.tick(), worker);
  }
  for (const developer of policy.team.developers) {
    const mine = state.issues.filter((i) => i.assignee === developer && (i.status === 'In Progress' || i.status === 'In Review'));
    if (mine.length >= WIP_PER_DEVELOPER || !random.chance(0.5)) continue;
    const next = state.backlog().find((i) => i.status === 'To Do');
    if (!next) return;
    writer.assignee(next, developer, state.tick(), developer);
    writer.status(next, 'In Progress', state.tick(), developer);
  }
}
