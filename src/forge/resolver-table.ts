/**
 * The resolver table: one row per resolver, saying who may call it and which function answers.
 * Its payload schema and result are its contract of the same name (src/shared/resolver-contracts.ts).
 *
 * `serveResolver` applies, once for every row, what each call needs: the payload is checked
 * against the contract (before anything is read or asked of Jira), the permission gate lets the
 * caller in at the row's access level (access.ts, checked as the caller), and whatever the function
 * throws becomes the error value `{ error: { code, message } }`. Functions never write a gate or an
 * error value themselves: a refusal is thrown as CallRefused (errors.ts).
 */
import type { ApiResult, ResolverDefs, ResolverName } from '../shared/api';
import { enterProject, type Access } from './access';
import { CallRefused, describeForLog, errorFromException, mustReachForge } from './errors';
import { checkPayload } from './payloads';
import { coachHealthSummary, coachItemsNotReady, coachSignalEvidence, coachSprintReport } from './coach-actions';
import { gadget } from './gadget';
import { issueContext } from './issue-context';
import { portfolio, refreshPortfolio } from './portfolio';
import { moreIssueKeys, projectSummary, refresh, refreshStatus, report } from './report-handlers';
import { saveSettings, searchPeople, settings } from './settings-handlers';
import type { ProjectCall, ResolverCall } from './types';

type Run<K extends ResolverName, C> = (payload: ResolverDefs[K]['payload'], call: C) => Promise<ResolverDefs[K]['result']>;

/** A row: `none` needs no project (the function gets the plain call); the others get the project the gate let the caller into. */
export type ResolverRow<K extends ResolverName> =
  | { access: 'none'; run: Run<K, ResolverCall> }
  | { access: Exclude<Access, 'none'>; run: Run<K, ProjectCall> };

export const RESOLVER_TABLE: { readonly [K in ResolverName]: ResolverRow<K> } = {
  getProjectSummary: { access: 'browse', run: projectSummary },
  getReport: { access: 'browse', run: report },
  getMoreIssueKeys: { access: 'browse', run: moreIssueKeys },
  refresh: { access: 'browse', run: refresh },
  getRefreshStatus: { access: 'browse', run: refreshStatus },
  getSettings: { access: 'browse', run: settings },
  saveSettings: { access: 'administer', run: saveSettings },
  searchPeople: { access: 'administer', run: searchPeople },
  getPortfolio: { access: 'none', run: portfolio },
  refreshPortfolio: { access: 'none', run: refreshPortfolio },
  getIssueContext: { access: 'browse', run: issueContext },
  getGadget: { access: 'none', run: gadget },
  coachHealthSummary: { access: 'browse', run: coachHealthSummary },
  coachSignalEvidence: { access: 'browse', run: coachSignalEvidence },
  coachItemsNotReady: { access: 'browse', run: coachItemsNotReady },
  coachSprintReport: { access: 'browse', run: coachSprintReport },
};

export const RESOLVER_NAMES = Object.keys(RESOLVER_TABLE) as ResolverName[];

/** One call of one resolver: data, or an error value; never a throw, except the one Forge must see (errors.ts). */
export async function serveResolver<K extends ResolverName>(name: K, payload: unknown, call: ResolverCall): Promise<ApiResult<ResolverDefs[K]['result']>> {
  const invalid = checkPayload(name, payload);
  if (invalid) return { error: invalid };
  // Checked above: the payload has the contract's shape (Forge sends an absent one as undefined).
  const checked = (payload ?? {}) as ResolverDefs[K]['payload'];
  const row = RESOLVER_TABLE[name] as ResolverRow<K>;
  try {
    return row.access === 'none' ? await row.run(checked, call) : await row.run(checked, await enterProject(row.access, call));
  } catch (err) {
    if (err instanceof CallRefused) return { error: err.apiError };
    if (mustReachForge(err)) throw err;
    console.error(`Resolver ${name} failed: ${describeForLog(err)}`);
    return errorFromException(err);
  }
}
