/**
 * The kinds of value a setting can hold, as JSON Schema, each with the plain-English sentence shown
 * when a value is wrong (`x-message`, read by src/domain/settings-schema.ts). Plain data: the signal
 * declarations use them for their thresholds, and the pages read those declarations. The functions
 * are marked free of side effects, so a page that needs no declaration leaves them out of its bundle.
 */

/** The JSON Schema of one number setting. */
export interface NumberSchema {
  type: 'number' | 'integer';
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  'x-message': string;
}

/** A share from 0 to 1 (0.7 = 70%). */
/* @__NO_SIDE_EFFECTS__ */
export function share(): NumberSchema {
  return { type: 'number', minimum: 0, maximum: 1, 'x-message': 'must be a number between 0 and 1' };
}

/** A whole number, `minimum` or more. */
/* @__NO_SIDE_EFFECTS__ */
export function count(minimum: number): NumberSchema {
  return { type: 'integer', minimum, 'x-message': minimum === 0 ? 'must be a whole number, 0 or more' : `must be a whole number, ${minimum} or more` };
}

/** A number above 0 (sprints of capacity, for example). */
/* @__NO_SIDE_EFFECTS__ */
export function positiveNumber(): NumberSchema {
  return { type: 'number', exclusiveMinimum: 0, 'x-message': 'must be a number greater than 0' };
}

/** A number, 0 or more (a ratio that may exceed 1). */
/* @__NO_SIDE_EFFECTS__ */
export function nonNegativeNumber(): NumberSchema {
  return { type: 'number', minimum: 0, 'x-message': 'must be a number, 0 or more' };
}

/** Whether a number setting is a share (share() above), which the Settings form asks for as a percentage. */
/* @__NO_SIDE_EFFECTS__ */
export function isShare(schema: NumberSchema): boolean {
  return schema.type === 'number' && schema.minimum === 0 && schema.maximum === 1;
}
