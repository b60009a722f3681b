/**
 * Jira platform endpoints the app reads besides search and changelogs: fields, statuses, the
 * projects the caller may browse, the caller's permissions, and the caller.
 */
import type { WsProject, WsUser } from '../../workspace';
import { badRequest, notFound } from '../errors';
import { intParam, offsetPage, pageSizeParam } from '../paging';
import type { HandlerContext, HandlerResult } from './context';

const PROJECT_PAGE_CAP = 100;

/** The permissions mypermissions knows: key -> id, display name, and whether it is project-scoped. */
const PERMISSIONS: Record<string, { id: string; name: string; type: 'PROJECT' | 'GLOBAL' }> = {
  BROWSE_PROJECTS: { id: '10', name: 'Browse Projects', type: 'PROJECT' },
  ADMINISTER_PROJECTS: { id: '23', name: 'Administer Projects', type: 'PROJECT' },
  ADMINISTER: { id: '0', name: 'Administer Jira', type: 'GLOBAL' },
};

/** A project's avatars are served by the site itself, as in Jira Cloud. */
function projectAvatarUrls(ctx: HandlerContext, id: string) {
  const url = (size: number) => `${ctx.baseUrl}/secure/projectavatar?size=${size}&id=${encodeURIComponent(id)}`;
  return { '16x16': url(16), '24x24': url(24), '32x32': url(32), '48x48': url(48) };
}

/**
 * A person's avatars come from Atlassian's avatar service, not from the site (as in Jira Cloud), so
 * they do not depend on the emulator's port: the same person reads the same on every run.
 */
const PERSON_AVATAR_HOST = 'https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net';
function personAvatarUrls(accountId: string) {
  const url = (size: number) => `${PERSON_AVATAR_HOST}/${encodeURIComponent(accountId)}/${size}.png`;
  return { '16x16': url(16), '24x24': url(24), '32x32': url(32), '48x48': url(48) };
}

/** GET /rest/api/3/field */
export function listFields(ctx: HandlerContext): HandlerResult {
  return {
    body: ctx.index.workspace.fields.map((f) => {
      const json: Record<string, unknown> = {
        id: f.id,
        key: f.key,
        name: f.name,
        custom: f.custom,
        orderable: true,
        navigable: true,
        searchable: true,
        clauseNames: f.custom ? [f.name.toLowerCase(), `cf[${f.id.replace('customfield_', '')}]`] : [f.id],
      };
      if (f.schema) json.schema = f.schema;
      return json;
    }),
  };
}

/** GET /rest/api/3/status */
export function listStatuses(ctx: HandlerContext): HandlerResult {
  return {
    body: ctx.index.workspace.statuses.map((s) => ({
      self: `${ctx.baseUrl}/rest/api/3/status/${s.id}`,
      id: s.id,
      name: s.name,
      description: '',
      iconUrl: `${ctx.baseUrl}/images/icons/statuses/generic.png`,
      statusCategory: { self: `${ctx.baseUrl}/rest/api/3/statuscategory/${s.statusCategory.id}`, ...s.statusCategory },
    })),
  };
}

function projectJson(project: WsProject, ctx: HandlerContext) {
  return {
    self: `${ctx.baseUrl}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    avatarUrls: projectAvatarUrls(ctx, project.id),
    projectTypeKey: 'software',
    simplified: false,
    style: 'classic',
    isPrivate: false,
  };
}

/** GET /rest/api/3/project/search?startAt=&maxResults=&keys=&query= (only browsable projects) */
export function searchProjects(ctx: HandlerContext): HandlerResult {
  const startAt = intParam(ctx.query, 'startAt', 0);
  const maxResults = pageSizeParam(ctx.query, 50);
  const keys = ctx.query
    .getAll('keys')
    .flatMap((k) => k.split(','))
    .map((k) => k.trim().toUpperCase())
    .filter((k) => k !== '');
  const text = ctx.query.get('query')?.toLowerCase();
  const projects = ctx.index.workspace.projects
    .filter((p) => ctx.browsable.has(p.key.toUpperCase()))
    .filter((p) => keys.length === 0 || keys.includes(p.key.toUpperCase()))
    .filter((p) => !text || p.key.toLowerCase().includes(text) || p.name.toLowerCase().includes(text))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const page = offsetPage(projects, startAt, maxResults, PROJECT_PAGE_CAP);
  const body: Record<string, unknown> = {
    self: `${ctx.baseUrl}/rest/api/3/project/search?startAt=${startAt}&maxResults=${page.maxResults}`,
    maxResults: page.maxResults,
    startAt,
    total: page.total,
    isLast: page.isLast,
    values: page.values.map((p) => projectJson(p, ctx)),
  };
  if (!page.isLast) {
    body.nextPage = `${ctx.baseUrl}/rest/api/3/project/search?startAt=${startAt + page.values.length}&maxResults=${page.maxResults}`;
  }
  return { body };
}

/**
 * GET /rest/api/3/mypermissions?projectKey=&projectId=&permissions=A,B
 * With a project: whether the caller holds each permission there. Without one, a project
 * permission counts as held when the caller holds it in at least one project, as in Jira.
 */
export function myPermissions(ctx: HandlerContext): HandlerResult {
  const requested = (ctx.query.get('permissions') ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (requested.length === 0) throw badRequest("The parameter 'permissions' is required: a comma-separated list of permission keys.");
  const unknown = requested.filter((p) => !(p in PERMISSIONS));
  if (unknown.length > 0) throw badRequest(`Unknown permission keys: ${unknown.join(', ')}.`);
  const projectRef = ctx.query.get('projectKey') ?? ctx.query.get('projectId');
  let projectKey: string | null = null;
  if (projectRef) {
    const project = ctx.index.project(projectRef);
    if (!project) throw notFound(`No project could be found with key or id '${projectRef}'.`);
    projectKey = project.key.toUpperCase();
  }
  const administered = ctx.index.administeredKeys(ctx.user.accountId);
  const holds = (key: string): boolean => {
    const inProject = (set: Set<string>) => (projectKey ? set.has(projectKey) : set.size > 0);
    if (key === 'BROWSE_PROJECTS') return inProject(ctx.browsable);
    if (key === 'ADMINISTER_PROJECTS') return inProject(administered);
    // Site administration is not modelled: nobody holds it.
    return false;
  };
  const permissions: Record<string, unknown> = {};
  for (const key of requested) {
    const info = PERMISSIONS[key];
    permissions[key] = { id: info.id, key, name: info.name, type: info.type, description: `${info.name}.`, havePermission: holds(key) };
  }
  return { body: { permissions } };
}

export function userJson(user: WsUser, ctx: HandlerContext) {
  return {
    self: `${ctx.baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    accountType: 'atlassian',
    emailAddress: user.emailAddress,
    avatarUrls: personAvatarUrls(user.accountId),
    displayName: user.displayName,
    active: user.active,
    timeZone: 'UTC',
    locale: 'en_US',
  };
}

/** GET /rest/api/3/myself */
export function myself(ctx: HandlerContext): HandlerResult {
  return { body: userJson(ctx.user, ctx) };
}
