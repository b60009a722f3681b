/**
 * Facts about single issues that the issue view shows and the report does not hold: each backlog
 * item's place and the Definition-of-Ready checks it fails, who re-ranked which item lately, which
 * items are in the running sprint, and when items were flagged. Computed by every refresh together
 * with the report (src/analysis/issues/facts.ts) and stored beside it, so the report the project page
 * loads does not grow with the number of issues. docs/metrics.md ("Facts about one issue") defines
 * each; its size is bounded there too. Defined once as JSON Schema (TypeBox): storage checks what it
 * reads against it.
 */
import { Type, type Static } from '@sinclair/typebox';
import { DorCheckSchema } from './report';

/** Raised whenever the shape changes; stored facts of another version are treated as missing. */
export const ISSUE_FACTS_VERSION = 1;

const moment = Type.String({ minLength: 1 });
const nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

export const IssueFactsSchema = Type.Object({
  version: Type.Literal(ISSUE_FACTS_VERSION),
  /** The report these facts belong to (its computedAt). */
  computedAt: moment,
  /** When Jira was read for them: an issue changed after this is shown as it was then. */
  readAt: moment,
  boardId: Type.Integer(),
  backlog: Type.Object({
    /** Items in the backlog (docs/metrics.md, "The backlog itself"). */
    size: Type.Integer({ minimum: 0 }),
    /** The first `nearTermCount` items are the near-term horizon. */
    nearTermCount: Type.Integer({ minimum: 0 }),
    /** The first items in rank order (at most ISSUE_FACTS_BACKLOG_LIMIT), with the checks each fails. */
    items: Type.Array(Type.Object({ key: Type.String(), failedChecks: Type.Array(DorCheckSchema) })),
  }),
  /** Keys of the items in the board's running sprint, sub-tasks included. */
  activeSprintKeys: Type.Array(Type.String()),
  /** Rank changes made in the last `windowDays` days, oldest first. */
  reranks: Type.Object({
    windowDays: Type.Integer({ minimum: 1 }),
    changes: Type.Array(Type.Object({ issueKey: Type.String(), at: moment, by: nullable(Type.String()) })),
  }),
  /** Spells an item was flagged that lasted into the last `windowDays` days, oldest first; `to` null = still flagged. */
  flagged: Type.Object({
    windowDays: Type.Integer({ minimum: 1 }),
    spells: Type.Array(Type.Object({ issueKey: Type.String(), from: moment, to: nullable(moment) })),
  }),
});

export type IssueFacts = Static<typeof IssueFactsSchema>;
