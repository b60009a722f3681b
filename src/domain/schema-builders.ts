/**
 * Small builders over TypeBox for the JSON Schemas of the report and the settings, which are the one
 * source of their TypeScript types (Static<>). They keep the schemas as compact as JSON Schema
 * writes them: a nullable value is `type: [..., "null"]`, a choice of words is an `enum`.
 */
import { type Static, type TSchema, type TUnsafe, Type } from '@sinclair/typebox';

/** The same schema, also accepting null: `{ type: [type, "null"] }`. */
export function nullable<S extends TSchema & { type: string }>(schema: S): TUnsafe<Static<S> | null> {
  return Type.Unsafe<Static<S> | null>({ ...schema, type: [schema.type, 'null'] });
}

/** One of the given words (or null, when listed). */
export function oneOfWords<const W extends readonly (string | null)[]>(words: W): TUnsafe<W[number]> {
  return Type.Unsafe<W[number]>({ enum: [...words] });
}

/** Null, or the given schema: `{ oneOf: [{ type: "null" }, schema] }`. */
export function nullOr<S extends TSchema>(schema: S): TUnsafe<Static<S> | null> {
  return Type.Unsafe<Static<S> | null>({ oneOf: [{ type: 'null' }, schema] });
}

/** A reference to a schema listed under `$defs` with `name`, with that schema's type. */
export function reference<S extends TSchema>(name: string): TUnsafe<Static<S>> {
  return Type.Unsafe<Static<S>>({ $ref: `#/$defs/${name}` });
}

/** An object with any keys, each holding `schema`. */
export function keyed<S extends TSchema>(schema: S): TUnsafe<Record<string, Static<S>>> {
  return Type.Unsafe<Record<string, Static<S>>>({ type: 'object', additionalProperties: schema });
}
