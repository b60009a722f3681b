/**
 * Turns simulated projects into the emulator's Workspace: users, site configuration, projects,
 * boards, sprints, raw issues (with rank strings from the final rank order) and permissions.
 */
import type { WsBoard, WsIssue, WsProject, WsSprint, WsUser, Workspace } from '../workspace';
import { rankString, toWsIssue } from './issue-factory';
import { DEMO_ADMIN, DEMO_VIEWER, type SimPerson } from './people';
import type { ProjectState } from './project-state';
import { FIELDS, ISSUE_TYPES, RANK_FIELD, POINTS_FIELD, SITE_NAME, STATUSES } from './site';

/** How a demo board estimates: story points, issue count (Scrum), or not at all (Kanban). */
export type BoardEstimation = 'points' | 'issue-count' | 'none';

/** A board of the demo site: its columns follow the site's statuses, and it ranks by the Rank field. */
export function demoBoard(id: number, projectKey: string, type: WsBoard['type'], estimation: BoardEstimation): WsBoard {
  return {
    id,
    name: `${projectKey} board`,
    type,
    projectKey,
    estimationFieldId: estimation === 'none' ? 'none' : estimation === 'issue-count' ? null : POINTS_FIELD,
    rankFieldId: RANK_FIELD,
    columns: [
      { name: 'To Do', statusIds: [STATUSES['To Do'].id] },
      { name: 'In Progress', statusIds: [STATUSES['In Progress'].id] },
      { name: 'In Review', statusIds: [STATUSES['In Review'].id] },
      { name: 'Done', statusIds: [STATUSES.Done.id] },
    ],
  };
}

export function boardFor(state: ProjectState): WsBoard {
  const policy = state.policy;
  const estimation: BoardEstimation = policy.boardType !== 'scrum' ? 'none' : policy.estimateByCount ? 'issue-count' : 'points';
  return demoBoard(state.boardId, policy.key, policy.boardType, estimation);
}

/** The demo site's fields, statuses and issue types, as fresh copies. */
export function siteConfiguration(): Pick<Workspace, 'fields' | 'statuses' | 'issueTypes'> {
  return {
    fields: FIELDS.map((f) => ({ ...f, schema: f.schema ? { ...f.schema } : undefined })),
    statuses: Object.values(STATUSES).map((s) => ({ ...s, statusCategory: { ...s.statusCategory } })),
    issueTypes: Object.values(ISSUE_TYPES).map((t) => ({ ...t })),
  };
}

export function projectFor(state: ProjectState): WsProject {
  return { id: state.projectId, key: state.policy.key, name: state.policy.name };
}

export function issuesOf(state: ProjectState): WsIssue[] {
  const project = projectFor(state);
  const sprintById = (id: number): WsSprint => {
    const sprint = state.sprints.find((s) => s.ws.id === id);
    if (!sprint) throw new Error(`Demo generator bug: unknown sprint ${id}`);
    return sprint.ws;
  };
  const rankIndex = new Map(state.order.map((issue, index) => [issue, index]));
  return state.issues.map((issue) => toWsIssue(issue, project, sprintById, rankString(rankIndex.get(issue)!), state.policy.boardType === 'scrum'));
}

function peopleOf(state: ProjectState): SimPerson[] {
  const t = state.policy.team;
  return [t.productOwner, t.scrumMaster, ...t.developers, ...t.stakeholders];
}

/**
 * The workspace. Permissions: the admin may browse and administer every project; the viewer may
 * browse every project but `hiddenFromViewer`; everyone else is left out (browse all, admin none).
 */
export function assembleWorkspace(states: ProjectState[], hiddenFromViewer: string): Workspace {
  const users = new Map<string, WsUser>();
  for (const person of [DEMO_ADMIN, DEMO_VIEWER, ...states.flatMap(peopleOf)]) users.set(person.accountId, person);
  const keys = states.map((s) => s.policy.key);
  return {
    site: SITE_NAME,
    users: [...users.values()],
    ...siteConfiguration(),
    projects: states.map(projectFor),
    boards: states.map(boardFor),
    sprints: states.flatMap((s) => s.sprints.map((sprint) => ({ ...sprint.ws }))),
    issues: states.flatMap(issuesOf),
    permissions: {
      [DEMO_ADMIN.accountId]: { browse: keys.slice(), administer: keys.slice() },
      [DEMO_VIEWER.accountId]: { browse: keys.filter((k) => k !== hiddenFromViewer), administer: [] },
    },
  };
}
