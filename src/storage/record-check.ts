/**
 * Checking what storage hands back against the schema of its record type (records.ts, pointer.ts):
 * a record read is used only when it has the shape a writer gives it. Schemas are TypeBox, compiled
 * once with ajv, as the resolvers' payload schemas are.
 */
import Ajv from 'ajv';
import type { Static, TSchema } from '@sinclair/typebox';

const ajv = new Ajv({ allErrors: false, strict: true });

/** Why a value does not fit: the first problem in plain words, with where it is. */
export type RecordCheck<T extends TSchema> = (value: unknown) => { ok: true; value: Static<T> } | { ok: false; problem: string };

export function recordCheck<T extends TSchema>(schema: T): RecordCheck<T> {
  const validate = ajv.compile(schema);
  return (value) => {
    if (validate(value)) return { ok: true, value: value as Static<T> };
    const first = validate.errors?.[0];
    const where = first?.instancePath ? `${first.instancePath} ` : '';
    return { ok: false, problem: `${where}${first?.message ?? 'has the wrong shape'}` };
  };
}
