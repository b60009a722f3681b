/**
 * The score's history as the shells keep it (src/engine/stored-history.ts over ProjectStores): the
 * points a report carries are saved, read back for the next one, and a damaged record costs only the
 * past (the next report starts the history again).
 */
import { readStoredHistory, saveStoredHistory } from '../../src/engine/stored-history';
import { MemoryStore } from '../../src/storage/memory-store';
import { ProjectStores } from '../../src/storage/project-stores';
import { VersionedStore } from '../../src/storage/versioned-store';
import { CURRENT_POINT, PREVIOUS_POINT, makeReport } from '../report/format/fixture';

const NOW = new Date('2026-11-21T08:00:00.000Z');

describe('the stored history of reports', () => {
  it('saves the points a report carries and reads them back for the next report', async () => {
    const stores = new ProjectStores(new MemoryStore(), 'harbour.atlassian.net');
    expect((await readStoredHistory(stores, 'HARB', null, NOW, false)).reportHistory).toEqual([]);
    await saveStoredHistory(stores, 'HARB', null, { data: null, snapshot: null, report: makeReport() });
    expect((await readStoredHistory(stores, 'HARB', null, NOW, false)).reportHistory).toEqual([PREVIOUS_POINT, CURRENT_POINT]);
    // Per board: another board of the project has none.
    expect((await readStoredHistory(stores, 'HARB', 12, NOW, false)).reportHistory).toEqual([]);
  });

  it('reads a damaged record as no history, so the next report starts it again', async () => {
    const memory = new MemoryStore();
    const stores = new ProjectStores(memory, 'site');
    await new VersionedStore(memory).write('bh:site:HARB:default:report-history', { points: [{ computedAt: '2026-11-13T08:00:00.000Z', total: 'sixty-five' }] });
    await expect(stores.readReportHistory('HARB', null)).rejects.toThrow(/report-history/);
    expect((await readStoredHistory(stores, 'HARB', null, NOW, false)).reportHistory).toEqual([]);
  });
});
