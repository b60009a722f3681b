/**
 * The permission gate. Everything served comes from data fetched as the app, so before serving
 * anything the user's own rights are checked AS THE USER, for the project in the call context.
 * Issue keys are checked as the user too, once per call (the answer is cached for the call).
 */
import type { Report } from '../domain/report';
import type { JiraClient } from '../jira/client';
import { filterReportForViewer, issueKeysIn } from './visibility';

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

/** Answers "which of these keys may the user see?", asking Jira once per key per call. */
export class VisibleKeysCache {
  private readonly known = new Map<string, boolean>();

  constructor(private readonly userClient: JiraClient) {}

  async visible(keys: string[]): Promise<Set<string>> {
    const unknown = [...new Set(keys)].filter((key) => !this.known.has(key));
    if (unknown.length > 0) {
      const seen = await this.userClient.getVisibleKeys(unknown);
      const seenUpper = new Set([...seen].map((k) => k.toUpperCase()));
      for (const key of unknown) this.known.set(key, seenUpper.has(key.toUpperCase()));
    }
    return new Set(keys.filter((key) => this.known.get(key) === true));
  }

  async filterReport(report: Report): Promise<Report> {
    return filterReportForViewer(report, await this.visible(issueKeysIn(report)));
  }
}
