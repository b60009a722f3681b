/**
 * A site of many small projects for measuring the portfolio (portfolio-open.ts) and for the
 * portfolio page's browser tests: the projects only (the portfolio asks Jira nothing about boards
 * or issues), served by the emulator, a coach who may browse all of them, and the app (createLocalApp)
 * over a store that counts its reads (counting-store.ts), holding for each project what its refresh consumer would have
 * stored: a summary and a finished refresh (every 20th project switched off in its settings).
 */
import { withDefaults } from '../../domain/settings-schema';
import type { ProjectStores } from '../../storage/project-stores';
import type { StoredSummary } from '../../storage/records';
import { startEmulator, type Emulator } from '../emulator';
import { createHttpTransport } from '../http-transport';
import { createLocalApp, type LocalApp } from '../preview/local-app';
import { CountingStore } from './counting-store';
import type { Workspace, WsUser } from '../workspace';

export const COACH: WsUser = { accountId: 'acc-coach', displayName: 'Cory Coach', emailAddress: 'coach@portfolio.example', active: true, apiToken: 'coach-token' };

/** "P0001" ... : keys that sort in the order they are made. */
export function projectKeyOf(index: number): string {
  return `P${String(index).padStart(4, '0')}`;
}

export function portfolioWorkspace(projects: number): Workspace {
  return {
    site: 'portfolio.example',
    users: [COACH],
    fields: [],
    statuses: [],
    issueTypes: [],
    projects: Array.from({ length: projects }, (_, i) => ({ id: String(10_000 + i), key: projectKeyOf(i), name: `Team ${i} of the portfolio` })),
    boards: [],
    sprints: [],
    issues: [],
    permissions: {},
  };
}

/** A plausible summary: six sprints of reliability, three signals named of four raised, the score's history and changes. */
function summaryOf(index: number, computedAt: string): StoredSummary {
  const score = (index * 37) % 101;
  return {
    projectKey: projectKeyOf(index),
    projectName: `Team ${index} of the portfolio`,
    computedAt,
    score,
    trafficLight: score >= 80 ? 'green' : score >= 60 ? 'amber' : 'red',
    notAssessed: [],
    reliabilityTrend: [0.8, 0.75, 0.9, 0.6, 0.85, (index % 10) / 10],
    readyRunwaySprints: (index % 7) / 2,
    top10Overlap: (index % 11) / 10,
    technicalInterleaving: (index % 9) / 8,
    topSignals: [
      { id: 'unfinished-sprints', severity: 'critical', title: 'Sprints ending with planned work unfinished' },
      { id: 'thin-ready-runway', severity: 'warning', title: 'Little ready work ahead' },
      { id: 'committee-ordering', severity: 'warning', title: 'Several people ordering the backlog' },
    ],
    signalCount: 4,
    // The score's sum, its last ten refreshes and what changed since the last one.
    provisional: false,
    pointsLost: 100 - score,
    scoreTerms: [{ points: 25, count: 1 }, { points: 10, count: 3 }],
    scoreTrend: Array.from({ length: 10 }, (_, i) => (score + i * 7) % 101),
    changes: { since: computedAt, raised: ['Several people ordering the backlog'], cleared: ['Sprints without a goal'], moved: ['Health score', 'Ready runway'] },
    ownThresholds: index % 10 === 0 ? ['Little ready work ahead'] : [],
    switchedOff: [],
  };
}

/** Stores what each project's last refresh stored, through ProjectStores as the consumer does (so the portfolio index follows). */
export async function storeRefreshedProjects(stores: ProjectStores, projects: number, now: Date): Promise<void> {
  const at = now.toISOString();
  for (let i = 0; i < projects; i += 1) {
    const key = projectKeyOf(i);
    if (i % 20 === 0) await stores.writeSettings(key, withDefaults({ enabled: false }), 'acc-admin', now);
    await stores.writeSummary(key, summaryOf(i, at));
    await stores.writeProgress(key, null, { state: 'done', progress: 1, message: 'Up to date.', startedAt: at, finishedAt: at });
  }
}

export interface PortfolioSite {
  workspace: Workspace;
  jira: Emulator;
  store: CountingStore;
  local: LocalApp;
  stop(): Promise<void>;
}

/** The site served with `latencyMs` added to each Jira answer, and the app with each project's refresh stored, at `now`. */
export async function startPortfolioSite(projects: number, latencyMs: number, now: Date): Promise<PortfolioSite> {
  const workspace = portfolioWorkspace(projects);
  const jira = await startEmulator({ workspace, faults: { latencyMs } });
  const store = new CountingStore();
  const local = createLocalApp({
    site: workspace.site,
    transportFor: () => createHttpTransport({ baseUrl: jira.url, email: COACH.emailAddress, apiToken: COACH.apiToken }),
    now: () => now,
    store,
  });
  try {
    await storeRefreshedProjects(local.stores, projects, now);
  } catch (err) {
    await jira.stop();
    throw err;
  }
  return { workspace, jira, store, local, stop: () => jira.stop() };
}
