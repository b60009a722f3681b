/**
 * Reading a cached report to serve. What is stored is checked first: a report of this version's
 * shape is checked against the report schema (src/report/schema.ts), so a report missing a section
 * is never served (the page would fail on it). One that cannot be read or does not fit is
 * `damaged`: the caller queues a rebuild at once, and says so, instead of failing until the next night.
 * A report stored by an older version of the app (another schemaVersion) is simply not current: it
 * is rebuilt as if missing.
 */
import { validateReport } from '../report/schema';
import type { ProjectStores } from '../storage/project-stores';
import type { StoredReport } from '../storage/records';
import { currentReport } from './refresh';

export interface CachedReport {
  cached: StoredReport | undefined;
  /** A report is stored but cannot be used. */
  damaged: boolean;
}

export async function readCachedReport(stores: ProjectStores, projectKey: string, boardId: number | null): Promise<CachedReport> {
  let stored: StoredReport | undefined;
  try {
    stored = await stores.readReport(projectKey, boardId);
  } catch {
    return { cached: undefined, damaged: true };
  }
  const current = currentReport(stored);
  if (!current) return { cached: undefined, damaged: false };
  if (validateReport(current.report).length > 0) return { cached: undefined, damaged: true };
  return { cached: current, damaged: false };
}
