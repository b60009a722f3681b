/**
 * The pieces several resolver contracts are built from (TypeBox): strict objects, nullable values,
 * words, and the refresh status that more than one answer holds. The report's own words (severities,
 * checks, score areas) come from its schema, src/domain/report.
 */
import { Type, type TLiteral, type TSchema, type TUnion } from '@sinclair/typebox';

/** An object that refuses keys it does not name. */
export const strict = { additionalProperties: false } as const;

export const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** One of these words (a JSON Schema anyOf of constants). */
export function literals<const V extends string[]>(...values: V): TUnion<{ [I in keyof V]: TLiteral<V[I]> }> {
  return Type.Union(values.map((value) => Type.Literal(value))) as never;
}

export const RefreshStatusSchema = Type.Object(
  {
    state: literals('idle', 'queued', 'running', 'done', 'failed'),
    /** 0..1 while running. */
    progress: nullable(Type.Number({ minimum: 0, maximum: 1 })),
    /** What is happening, in plain words ("Reading issues and their history"). */
    message: nullable(Type.String()),
    startedAt: nullable(Type.String()),
    finishedAt: nullable(Type.String()),
  },
  strict,
);
