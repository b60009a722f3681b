/**
 * Which Jira endpoints the code really calls, found by running it: a full load, an incremental
 * load, the calls the pages make (projects, permissions, visible keys, an issue's last change,
 * people) and the sprint ledger's reading of a sprint, against the emulator
 * of the fault site. Every public method of JiraClient must be used on the way (its request counter
 * and its rate-limit reading are no calls), so a new call cannot hide from the scope test.
 */
import { JiraClient } from '../../src/jira/client';
import { loadBoardData } from '../../src/jira/load';
import { readSprintScope } from '../../src/jira/sprint-scope';
import type { JiraRequest } from '../../src/jira/transport';
import { connect } from '../faults/harness';
import { ALICE, NOW, makeSite } from '../faults/site';

export interface CalledEndpoints {
  requests: JiraRequest[];
  /** JiraClient methods the run called (directly or through other methods). */
  methodsCalled: Set<string>;
  /** JiraClient's own methods, besides the constructor and the request counter. */
  clientMethods: string[];
}

export async function callEveryEndpoint(): Promise<CalledEndpoints> {
  const { client, requests } = await connect(makeSite());
  const methodsCalled = new Set<string>();
  // Records each method call, including those one method makes on `this` (methods run with the proxy as `this`).
  const recorded = new Proxy(client, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== 'function' || typeof name !== 'string') return value;
      return (...args: unknown[]) => {
        methodsCalled.add(name);
        return (value as (...a: unknown[]) => unknown).apply(receiver, args);
      };
    },
  });
  const full = await loadBoardData(recorded, { projectKey: 'ABC', now: NOW });
  await loadBoardData(recorded, { projectKey: 'ABC', now: new Date(NOW.getTime() + 86_400_000), previous: full });
  await recorded.listProjects();
  await recorded.browsableProjectsAmong(['ABC']);
  await recorded.countBrowsableProjects();
  await recorded.getMyPermissions('ABC', ['BROWSE_PROJECTS', 'ADMINISTER_PROJECTS']);
  await recorded.getVisibleKeys(['ABC-1', 'ABC-2']);
  await recorded.getVisibleProjectKeys('ABC');
  // Public reads the loads above no longer reach on this site: a changelog batch on its own, and a search in rank-ordered slices.
  await recorded.bulkChangelog([full.issues[0].id], ['status']);
  await recorded.searchPartitioned({ baseJql: 'project = ABC', partitions: [], fields: ['summary'], rankFieldId: full.fieldIds.rank ?? 'customfield_10019' });
  await recorded.getIssueUpdated('ABC-1');
  await recorded.searchUsers('Ali');
  await recorded.getUsers([ALICE.accountId]);
  // What the sprint ledger reads after a sprint event (src/forge/sprint-recording.ts).
  await readSprintScope(recorded, 2);
  const clientMethods = Object.getOwnPropertyNames(JiraClient.prototype).filter((name) => !['constructor', 'requestCount', 'resetRequestCount', 'rateLimit'].includes(name));
  return { requests, methodsCalled, clientMethods };
}
