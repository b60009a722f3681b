/** The board a report is about, and the notes on data that could not be trusted. */
import { type Static, Type } from '@sinclair/typebox';
import { oneOfWords } from '../schema-builders';
import { nullableText, strict, text, whole } from './primitives';

export const BoardTypeSchema = oneOfWords(['scrum', 'kanban', 'simple'] as const);

export const BoardSchema = strict({
  id: whole,
  name: text,
  type: BoardTypeSchema,
  /** Key of the project the board belongs to (location), or null for a user board. */
  projectKey: nullableText,
});

/** Something in the data that could not be trusted, shown to the user in the report. */
export const DataQualityNoteSchema = strict({
  /** Stable machine code, e.g. "unknown-status", "malformed-field", "missing-estimation-field". */
  code: text,
  /** Plain-English explanation for people. */
  message: text,
  issueKey: Type.Optional(text),
  sprintId: Type.Optional(whole),
  fieldId: Type.Optional(text),
});

export type BoardType = Static<typeof BoardTypeSchema>;
export type Board = Static<typeof BoardSchema>;
export type DataQualityNote = Static<typeof DataQualityNoteSchema>;
