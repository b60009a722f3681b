/**
 * Where a refresh in steps stands between its runs (src/jira/load-checkpoint.ts), under the record's
 * key `K`:
 * - `K` (a versioned value): the head, that is the checkpoint, how many parts of issues read it has,
 *   and which parts hold the issues still waiting for their history;
 * - `K:read:{n}`: the issues read with their history, in parts of PART_ISSUES, added run after run
 *   (a run writes only the issues it read);
 * - `K:awaiting:{run}:{n}`: the issues read whose history is still to come, written anew by each run.
 * A run stores its parts first and moves the head last, so a run stopped halfway (or killed) leaves
 * the checkpoint of the run before it whole: parts it wrote beyond what the head names are written
 * over by the next run, and its awaiting parts are named by no head.
 */
import { Interner } from '../domain/interner';
import type { NormalisedIssue } from '../jira/changelog-pipeline';
import type { CheckpointIssues, LoadCheckpoint } from '../jira/load-checkpoint';
import { decodePart, encodePart, type StoredPart } from './board-data-codec';
import { PART_ISSUES } from './board-data-store';
import { IncompleteValueError, type VersionedStore } from './versioned-store';

const FORMAT = 'bh-checkpoint-1';

interface Head {
  format: typeof FORMAT;
  checkpoint: LoadCheckpoint;
  /** Parts `K:read:0` to `K:read:{readParts − 1}`, and the ids of the issues they hold. */
  readParts: number;
  readIds: string[];
  /** The run whose awaiting parts are current, and how many there are. */
  awaitingRun: number;
  awaitingParts: number;
  savedAt: string;
}

function isHead(value: unknown): value is Head {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === FORMAT;
}

export interface StoredCheckpoint {
  checkpoint: LoadCheckpoint;
  issues: CheckpointIssues;
  savedAt: string;
}

function inParts(issues: NormalisedIssue[]): StoredPart[] {
  const parts: StoredPart[] = [];
  for (let start = 0; start < issues.length; start += PART_ISSUES) {
    parts.push(encodePart(issues.slice(start, start + PART_ISSUES).map((n, index) => ({ issue: n.issue, notes: n.notes, position: start + index }))));
  }
  return parts;
}

export class CheckpointStore {
  constructor(private readonly versioned: VersionedStore) {}

  /** The checkpoint, its issues still waiting for their history, and (only when asked) those read. */
  async read(key: string): Promise<StoredCheckpoint | undefined> {
    const head = await this.versioned.read<unknown>(key);
    if (!isHead(head)) return undefined;
    const interner = new Interner();
    const readParts = async (names: string[]): Promise<NormalisedIssue[]> => {
      const issues: NormalisedIssue[] = [];
      for (const name of names) {
        const part = await this.versioned.read<StoredPart>(name);
        if (part === undefined) throw new IncompleteValueError(key, name);
        for (const { issue, notes } of decodePart(part, interner)) issues.push({ issue, notes: notes ?? [] });
      }
      return issues;
    };
    const names = (kind: string, count: number) => Array.from({ length: count }, (_, n) => `${key}:${kind}:${n}`);
    const awaiting = await readParts(names(`awaiting:${head.awaitingRun}`, head.awaitingParts));
    const loadRead = () => readParts(names('read', head.readParts));
    return { checkpoint: head.checkpoint, issues: { readIds: head.readIds, loadRead, awaiting }, savedAt: head.savedAt };
  }

  /** Adds the issues a run read to the checkpoint, and replaces those still waiting for their history. */
  async save(key: string, checkpoint: LoadCheckpoint, read: NormalisedIssue[], awaiting: NormalisedIssue[], savedAt: Date): Promise<void> {
    const before = await this.versioned.read<unknown>(key).catch(() => undefined);
    const previous = isHead(before) ? before : null;
    let readParts = previous?.readParts ?? 0;
    const readIds = [...(previous?.readIds ?? []), ...read.map((n) => n.issue.id)];
    for (const part of inParts(read)) {
      await this.versioned.write(`${key}:read:${readParts}`, part);
      readParts += 1;
    }
    const awaitingParts = inParts(awaiting);
    for (const [n, part] of awaitingParts.entries()) await this.versioned.write(`${key}:awaiting:${checkpoint.steps}:${n}`, part);
    const head: Head = { format: FORMAT, checkpoint, readParts, readIds, awaitingRun: checkpoint.steps, awaitingParts: awaitingParts.length, savedAt: savedAt.toISOString() };
    await this.versioned.write(key, head);
    if (previous && previous.awaitingRun !== head.awaitingRun) await this.removeAwaiting(key, previous).catch(() => undefined);
  }

  /** Removes the checkpoint and every part it names. */
  async remove(key: string): Promise<void> {
    const head = await this.versioned.read<unknown>(key).catch(() => undefined);
    await this.versioned.remove(key);
    if (!isHead(head)) return;
    for (let n = 0; n < head.readParts; n += 1) await this.versioned.remove(`${key}:read:${n}`);
    await this.removeAwaiting(key, head);
  }

  private async removeAwaiting(key: string, head: Head): Promise<void> {
    for (let n = 0; n < head.awaitingParts; n += 1) await this.versioned.remove(`${key}:awaiting:${head.awaitingRun}:${n}`);
  }
}
