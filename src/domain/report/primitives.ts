/** The building blocks of the report's schema (docs/report.schema.json): values, and objects strict or loose. */
import { type TProperties, Type } from '@sinclair/typebox';
import { nullable } from '../schema-builders';

export const text = Type.String();
export const nullableText = nullable(Type.String());
export const number = Type.Number();
export const nullableNumber = nullable(Type.Number());
export const whole = Type.Integer();
export const nullableWhole = nullable(Type.Integer());
export const flag = Type.Boolean();
/** An ISO 8601 date-time, as Jira sends it or as the engine writes it. */
export const date = Type.String({ minLength: 1 });
export const nullableDate = nullable(Type.String({ minLength: 1 }));
export const texts = Type.Array(Type.String());
export const wholes = Type.Array(Type.Integer());
/** A ratio: 0 or more, null when its denominator is zero. */
export const ratio = nullable(Type.Number({ minimum: 0 }));

/** An object with exactly these properties (each required unless made optional). */
export function strict<P extends TProperties>(properties: P) {
  return Type.Object(properties, { additionalProperties: false });
}

/** An object with at least these properties; it may carry more (the backlog section). */
export function loose<P extends TProperties>(properties: P) {
  return Type.Object(properties, { additionalProperties: true });
}

/** Changes counted by who made them (null: an author Jira does not give). */
export const byPerson = Type.Array(strict({ accountId: nullableText, changes: whole }));
