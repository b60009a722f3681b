/**
 * The permission gate. Everything served comes from data fetched as the app, so before serving
 * anything the user's own rights are checked AS THE USER, for the project in the call context.
 * The resolver table (resolver-table.ts) passes every call of a row that needs a project through
 * `enterProject`, at the row's access level. Issue keys are checked as the user too, once per call
 * (the answer is cached for the call).
 */
import type { Report } from '../domain/report';
import type { JiraClient } from '../jira/client';
import { forbidden, noProject } from './errors';
import type { ProjectCall, ResolverCall } from './types';
import { filterReportForViewer, issueKeysIn } from './visibility';

/** Who may call a resolver: anyone (it needs no project), whoever may browse the project in context, or its administrators. */
export type Access = 'none' | 'browse' | 'administer';

const NOT_ALLOWED = 'You do not have permission to browse this project, so its health cannot be shown to you.';
const ADMINS_ONLY = 'Only administrators of this project can change its settings.';

export interface ProjectAccess {
  browse: boolean;
  administer: boolean;
}

export async function projectAccess(userClient: JiraClient, projectKey: string): Promise<ProjectAccess> {
  const granted = await userClient.getMyPermissions(projectKey, ['BROWSE_PROJECTS', 'ADMINISTER_PROJECTS']);
  const administer = granted.ADMINISTER_PROJECTS === true;
  // Administering a project does not by itself let one read its issues: browse is checked on its own.
  return { browse: granted.BROWSE_PROJECTS === true, administer };
}

/**
 * The project in context, once the caller may browse it (and administer it, for `administer`);
 * otherwise the call is refused (CallRefused) and nothing is read or started. Browsing is checked
 * first, so a caller who may not browse learns nothing more.
 */
export async function enterProject(level: Exclude<Access, 'none'>, call: ResolverCall): Promise<ProjectCall> {
  const key = call.ctx.projectKey;
  if (!key) throw noProject();
  const access = await projectAccess(call.deps.jiraAsUser(call.ctx), key);
  if (!access.browse) throw forbidden(NOT_ALLOWED);
  if (level === 'administer' && !access.administer) throw forbidden(ADMINS_ONLY);
  return { ...call, project: { key, administer: access.administer } };
}

/**
 * Above this many keys of one project to check, reading the keys of the whole project the user may
 * see (5000 a request) costs fewer requests than asking 100 keys at a time: a large project's report
 * names thousands of issues (docs/performance.md, "Opening the page").
 */
export const PROJECT_SEARCH_FROM = 1000;

/** Answers "which of these keys may the user see?", asking Jira once per key per call. */
export class VisibleKeysCache {
  private readonly known = new Map<string, boolean>();

  constructor(
    private readonly userClient: JiraClient,
    private readonly projectSearchFrom = PROJECT_SEARCH_FROM,
  ) {}

  /** With `projectKey`, the keys of that project are checked with one search of it when there are many. */
  async visible(keys: string[], projectKey?: string): Promise<Set<string>> {
    const unknown = [...new Set(keys)].filter((key) => !this.known.has(key));
    if (unknown.length > 0) {
      const prefix = projectKey ? `${projectKey.toUpperCase()}-` : null;
      const inProject = new Set(prefix ? unknown.filter((key) => key.toUpperCase().startsWith(prefix)) : []);
      const byProject = projectKey !== undefined && inProject.size > this.projectSearchFrom;
      const seen = byProject ? await this.userClient.getVisibleProjectKeys(projectKey) : new Set<string>();
      const others = byProject ? unknown.filter((key) => !inProject.has(key)) : unknown;
      if (others.length > 0) for (const key of await this.userClient.getVisibleKeys(others)) seen.add(key);
      const seenUpper = new Set([...seen].map((k) => k.toUpperCase()));
      for (const key of unknown) this.known.set(key, seenUpper.has(key.toUpperCase()));
    }
    return new Set(keys.filter((key) => this.known.get(key) === true));
  }

  async filterReport(report: Report): Promise<Report> {
    return filterReportForViewer(report, await this.visible(issueKeysIn(report), report.project.key));
  }
}
