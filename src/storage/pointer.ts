/**
 * The pointer record of a versioned value (versioned-store.ts), and its check. What storage hands
 * back is read as a pointer only when every field has the type and range a writer gives it; anything
 * else is damaged, and says why.
 */
import { Type, type Static } from '@sinclair/typebox';
import { recordCheck } from './record-check';

export const FORMAT = 'bh-versioned-1';

/**
 * The most chunks a value may have: 500 of 200 KiB is about 100 MB of compressed text, far more
 * than the largest board this app was measured on (docs/performance.md) needs. A pointer claiming
 * more is damaged: following it would mean that many reads.
 */
export const MAX_CHUNKS = 500;

const PointerSchema = Type.Object({
  format: Type.Literal(FORMAT),
  /** Base-36 milliseconds, then a random tail (versioned-store.ts). */
  version: Type.String({ pattern: '^[0-9a-z]+-[0-9a-f]+$' }),
  writtenAt: Type.String(),
  /** UTF-8 bytes of the value's JSON text. */
  byteLength: Type.Integer({ minimum: 0 }),
  chunkCount: Type.Integer({ minimum: 0, maximum: MAX_CHUNKS }),
  /** How the chunks hold the value; absent on pointers written before compression existed: 'json'. */
  encoding: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('deflate-base64')])),
  /** The value itself when it fits in the pointer (chunkCount is then 0). */
  inline: Type.Optional(Type.Unknown()),
  /** When `{key}#` was last listed for abandoned chunks; absent on pointers written before it existed. */
  sweptAt: Type.Optional(Type.String()),
});

export type Pointer = Static<typeof PointerSchema>;

const checkPointer = recordCheck(PointerSchema);

export class DamagedValueError extends Error {
  constructor(key: string, reason: string) {
    super(`The stored value "${key}" is damaged (${reason}), so it cannot be read.`);
    this.name = 'DamagedValueError';
  }
}

/** The pointer stored under key, undefined when nothing is; throws DamagedValueError when it is damaged. */
export function parsePointer(key: string, value: unknown): Pointer | undefined {
  if (value === undefined) return undefined;
  const claimed = (value as { chunkCount?: unknown } | null)?.chunkCount;
  if (typeof claimed === 'number' && claimed > MAX_CHUNKS) throw new DamagedValueError(key, `it names ${claimed} parts; at most ${MAX_CHUNKS} are ever written`);
  const checked = checkPointer(value);
  if (!checked.ok) throw new DamagedValueError(key, `its pointer ${checked.problem}`);
  // A value small enough travels inside the pointer: a pointer with no chunks and no value lost it.
  if (checked.value.chunkCount === 0 && checked.value.inline === undefined) throw new DamagedValueError(key, 'its pointer has lost the value it held');
  return checked.value;
}

/** Like parsePointer, but a damaged pointer reads as none (for a writer, which replaces it anyway). */
export function pointerOrNull(key: string, value: unknown): Pointer | null {
  try {
    return parsePointer(key, value) ?? null;
  } catch {
    return null;
  }
}
