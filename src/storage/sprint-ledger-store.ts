/**
 * The sprint ledger's records (records.ts), under `bh:{site}:_sprint:{sprintId}:{part}` (the
 * `_sprint` part cannot be a project key: those start with a letter), and one site-wide record of
 * when the first event arrived (`bh:{site}:_sprint:ledger-since`).
 *
 * - `start`, `close`: what the app read after each event, chunked (a big sprint outgrows one value);
 *   the first recording of a moment is kept, so a repeated event changes nothing (`{moment}-claim`
 *   lets one of two readings started at once go ahead);
 * - `event:{digest}`: each distinct event, one record each, named by a digest of what it carried
 *   (not of when it arrived), so the same event delivered twice is kept once and two events of a
 *   sprint arriving together never overwrite each other.
 * Every record read is checked against its schema (records.ts); one that does not fit is left out
 * and logged (a ledger is an addition: the replay stands in for what it lacks).
 */
import type { LedgerCapture, LedgerSource, SprintLedger } from '../domain/sprint-ledger';
import type { Sprint } from '../domain/types';
import type { KeyValueStore } from './key-value-store';
import { assertValidKey, cleanKeyPart } from './keys';
import { StoredLedgerSinceSchema, StoredSprintCaptureSchema, StoredSprintEventSchema, type StoredLedgerSince, type StoredSprintCapture, type StoredSprintEvent } from './records';
import { recordCheck } from './record-check';
import { claim } from './claims';
import { VersionedStore } from './versioned-store';

/** A sprint completed more than this before the first event cannot have a record (a margin for clocks). */
const SINCE_MARGIN_MS = 24 * 60 * 60 * 1000;

/** Reads at once when reading the ledgers of many sprints. */
const READ_CONCURRENCY = 8;

/** FNV-1a (32 bits) of a text, as 8 hex digits: a short, stable name for an event's content. */
export function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const checkCapture = recordCheck(StoredSprintCaptureSchema);
const checkEvent = recordCheck(StoredSprintEventSchema);
const checkSince = recordCheck(StoredLedgerSinceSchema);

/** A record that fits its schema, or undefined: a damaged one is left out (logged), and the replay stands in for it. */
function fitting<T>(check: (value: unknown) => { ok: true; value: T } | { ok: false; problem: string }, key: string, value: unknown): T | undefined {
  if (value === undefined) return undefined;
  const result = check(value);
  if (result.ok) return result.value;
  console.error(`Sprint ledger record ${key} left out: the record ${result.problem}.`);
  return undefined;
}

export class SprintLedgerStore {
  private readonly versioned: VersionedStore;

  constructor(private readonly store: KeyValueStore, private readonly site: string) {
    this.versioned = new VersionedStore(store);
  }

  private key(sprintId: number | string, part: string): string {
    return assertValidKey(`bh:${cleanKeyPart(this.site)}:_sprint:${cleanKeyPart(sprintId)}:${part}`);
  }

  /** Remembers when the first sprint event reached the app on this site (kept once). */
  async markSince(at: string): Promise<void> {
    const key = this.key('ledger', 'since');
    if ((await this.store.get(key)) === undefined) await this.store.set(key, { since: at } satisfies StoredLedgerSince);
  }

  async since(): Promise<string | null> {
    const key = this.key('ledger', 'since');
    return fitting(checkSince, key, await this.store.get(key).catch(() => undefined))?.since ?? null;
  }

  async readCapture(sprintId: number, moment: LedgerCapture['moment']): Promise<StoredSprintCapture | undefined> {
    const key = this.key(sprintId, moment);
    return fitting(checkCapture, key, await this.versioned.read<unknown>(key).catch(() => undefined));
  }

  /**
   * Whether this caller reads the sprint for this moment: of readings started at once (a job delivered
   * twice), one goes ahead (claims.ts); the others stop, and the first reading kept stays.
   */
  async claimReading(sprintId: number, moment: LedgerCapture['moment'], now: Date): Promise<boolean> {
    return claim(this.store, this.key(sprintId, `${moment}-claim`), `${sprintId}-${moment}`, now);
  }

  /** Keeps the recording unless one of that moment is kept already (the first wins); true when kept. */
  async keepCapture(capture: StoredSprintCapture): Promise<boolean> {
    if (await this.readCapture(capture.sprintId, capture.moment)) return false;
    await this.versioned.write(this.key(capture.sprintId, capture.moment), capture);
    return true;
  }

  /** Keeps the event unless the same one (same content, whenever it arrived) is kept already; true when kept. */
  async keepEvent(sprintId: number, event: StoredSprintEvent): Promise<boolean> {
    const { receivedAt: _arrival, ...content } = event;
    const key = this.key(sprintId, `event-${digest(JSON.stringify(content))}`);
    if ((await this.store.get(key)) !== undefined) return false;
    await this.store.set(key, event);
    return true;
  }

  /** The sprint's events, oldest arrival first. */
  async readEvents(sprintId: number): Promise<StoredSprintEvent[]> {
    const keys = await this.store.listKeys(this.key(sprintId, 'event-'));
    const events = await Promise.all(keys.map(async (key) => fitting(checkEvent, key, await this.store.get(key).catch(() => undefined))));
    return events.filter((event): event is StoredSprintEvent => event !== undefined).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  }

  /** Everything recorded of a sprint; null when nothing was. */
  async readLedger(sprintId: number): Promise<SprintLedger | null> {
    const [start, close, events] = await Promise.all([this.readCapture(sprintId, 'start'), this.readCapture(sprintId, 'close'), this.readEvents(sprintId).catch(() => [])]);
    if (!start && !close && events.length === 0) return null;
    return { sprintId, start: start ?? null, close: close ?? null, events };
  }

  /** The ledgers of the given sprints that have one, in the order given. */
  async readLedgers(sprintIds: readonly number[]): Promise<SprintLedger[]> {
    const ledgers: (SprintLedger | null)[] = new Array(sprintIds.length).fill(null);
    let next = 0;
    const worker = async () => {
      while (next < sprintIds.length) {
        const index = next++;
        ledgers[index] = await this.readLedger(sprintIds[index]);
      }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, sprintIds.length) }, worker));
    return ledgers.filter((ledger): ledger is SprintLedger => ledger !== null);
  }

  /**
   * The ledgers of a board's sprints, for the report: only sprints running now or completed since the
   * first event reached the app are looked up (the others cannot have a record), so a board with years
   * of sprints costs no more reads than the sprints the app has seen.
   */
  source(): LedgerSource {
    return {
      received: true,
      read: async (sprints: readonly Sprint[]) => {
        const since = await this.since();
        if (since === null) return [];
        const fromMs = Date.parse(since) - SINCE_MARGIN_MS;
        const seen = sprints.filter((s) => s.state === 'active' || (s.completeDate !== null && Date.parse(s.completeDate) >= fromMs));
        return this.readLedgers(seen.map((s) => s.id));
      },
    };
  }
}
