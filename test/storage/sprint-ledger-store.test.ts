/** The sprint ledger's records: one of each moment kept, events kept once each, and which sprints a report looks up. */
import type { LedgerCapture } from '../../src/domain/sprint-ledger';
import type { Sprint } from '../../src/domain/types';
import { MemoryStore } from '../../src/storage/memory-store';
import { digest, SprintLedgerStore } from '../../src/storage/sprint-ledger-store';

const fields = { name: 'S', state: 'active' as const, startDate: null, endDate: null, completeDate: null, goal: null, originBoardId: 5 };
const capture = (sprintId: number, recordedAt: string): LedgerCapture => ({ sprintId, moment: 'start', receivedAt: recordedAt, recordedAt, sprint: fields, issues: [], missed: null });
const sprint = (id: number, state: Sprint['state'], completeDate: string | null): Sprint => ({ id, name: `S${id}`, state, startDate: null, endDate: null, completeDate, originBoardId: 5, goal: null });

describe('SprintLedgerStore', () => {
  it('keeps the first reading of a moment', async () => {
    const ledger = new SprintLedgerStore(new MemoryStore(), 'site-1');
    expect(await ledger.keepCapture(capture(7, '2026-11-02T09:00:00.000Z'))).toBe(true);
    expect(await ledger.keepCapture(capture(7, '2026-11-02T10:00:00.000Z'))).toBe(false);
    expect((await ledger.readCapture(7, 'start'))?.recordedAt).toBe('2026-11-02T09:00:00.000Z');
  });

  it('keeps an event once, whenever it arrives again', async () => {
    const ledger = new SprintLedgerStore(new MemoryStore(), 'site-1');
    const event = { kind: 'updated' as const, receivedAt: '2026-11-03T09:00:00.000Z', by: null, sprint: fields, previous: { goal: null } };
    expect(await ledger.keepEvent(7, event)).toBe(true);
    expect(await ledger.keepEvent(7, { ...event, receivedAt: '2026-11-03T09:05:00.000Z' })).toBe(false);
    expect(await ledger.keepEvent(7, { ...event, receivedAt: '2026-11-03T10:00:00.000Z', previous: { goal: 'Other' } })).toBe(true);
    expect((await ledger.readEvents(7)).map((e) => e.previous)).toEqual([{ goal: null }, { goal: 'Other' }]);
  });

  it('leaves out a damaged record, and says so in the log', async () => {
    const store = new MemoryStore();
    const ledger = new SprintLedgerStore(store, 'site-1');
    await store.set('bh:site-1:_sprint:7:event-00000000', { kind: 'started', sprint: 'not a sprint' });
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await ledger.readEvents(7)).toEqual([]);
    expect(log).toHaveBeenCalledWith('Sprint ledger record bh:site-1:_sprint:7:event-00000000 left out: the record must have required property \'receivedAt\'.');
    log.mockRestore();
  });

  it('names an event by a digest of its content (FNV-1a)', () => {
    expect(digest('')).toBe('811c9dc5');
    expect(digest('a')).toBe('e40c292c');
  });

  it('looks up only the sprints running or completed since the first event (a day’s margin)', async () => {
    const store = new MemoryStore();
    const ledger = new SprintLedgerStore(store, 'site-1');
    for (const id of [1, 2, 3]) await ledger.keepCapture(capture(id, '2026-11-02T09:00:00.000Z'));
    const sprints = [sprint(1, 'closed', '2026-10-01T17:00:00.000Z'), sprint(2, 'closed', '2026-10-31T12:00:00.000Z'), sprint(3, 'active', null)];
    expect(await ledger.source().read(sprints)).toEqual([]); // no event yet: nothing is looked up
    await ledger.markSince('2026-11-01T08:00:00.000Z');
    await ledger.markSince('2026-11-05T08:00:00.000Z'); // the first one stays
    expect((await ledger.source().read(sprints)).map((l) => l.sprintId)).toEqual([2, 3]);
  });
});
