/**
 * What the issue view is answered (getIssueContext): the stored report's and the stored issue facts'
 * view of the one issue the view is open on, as the viewer may see it. People are named (display
 * names), never given as account ids. docs/metrics.md, "Facts about one issue", defines each part.
 */
import { Type } from '@sinclair/typebox';
import { DorCheckSchema, SeveritySchema } from '../domain/report';
import { RefreshStatusSchema, literals, nullable, strict } from './contract-helpers';

const When = Type.String({ description: 'An ISO date-time, as Jira writes it' });

/** Where the issue is now, on the board the report is about. */
const PlaceSchema = Type.Union([
  /** In the backlog: its position (1 = top), the checks it fails, and where the near-term horizon ends. */
  Type.Object(
    {
      kind: Type.Literal('backlog'),
      position: Type.Integer({ minimum: 1 }),
      size: Type.Integer({ minimum: 1 }),
      nearTermCount: Type.Integer({ minimum: 0 }),
      failedChecks: Type.Array(DorCheckSchema),
    },
    strict,
  ),
  Type.Object({ kind: Type.Literal('sprint'), sprintName: Type.String() }, strict),
  /** Neither: done, a sub-task or an epic, on another board, or below the first `kept` backlog items. */
  Type.Object({ kind: Type.Literal('elsewhere'), backlogSize: Type.Integer({ minimum: 0 }), kept: Type.Integer({ minimum: 0 }) }, strict),
]);

/** A closed sprint the issue was in: how it came in, and what became of it by the close. */
const SprintPassSchema = Type.Object(
  {
    sprintId: Type.Integer(),
    name: Type.String(),
    joined: literals('committed', 'added', 'done-before-start'),
    outcome: literals('completed', 'not-completed', 'removed', 'done-before-start'),
  },
  strict,
);

const IssueSignalSchema = Type.Object(
  { id: Type.String(), severity: SeveritySchema, title: Type.String(), observation: Type.String(), question: Type.String() },
  strict,
);

export const IssueContextSchema = Type.Object(
  {
    issueKey: Type.String(),
    projectKey: Type.String(),
    /** Why nothing more is shown: the project is switched off in its settings, or not analysed yet. */
    unavailable: nullable(literals('switched-off', 'not-analysed')),
    refresh: RefreshStatusSchema,
    /** When the figures shown were computed, and when Jira was read for them. */
    computedAt: nullable(When),
    readAt: nullable(When),
    /** The issue's last change, as Jira tells the viewer now. */
    issueUpdatedAt: nullable(When),
    /** The issue changed after Jira was read for the figures: they show it as it was then. */
    changedSince: Type.Boolean(),
    /** The facts of single issues are not stored yet (the next refresh writes them): place, readiness, re-ranks and flags are unknown. */
    factsMissing: Type.Boolean(),
    board: nullable(Type.Object({ id: Type.Integer(), name: Type.String() }, strict)),
    place: nullable(PlaceSchema),
    /** What the Definition of Ready asks, for the advice beside a failed check. */
    readiness: nullable(
      Type.Object(
        {
          /** The largest estimate an item may have (half a sprint of capacity, by default); null when not checked. */
          sizeLimitPoints: nullable(Type.Number()),
          acceptanceCriteriaIn: literals('field', 'description'),
        },
        strict,
      ),
    ),
    /** Re-ranks of the issue over the window, oldest first, by whom. */
    reranks: nullable(Type.Object({ windowDays: Type.Integer(), changes: Type.Array(Type.Object({ at: When, by: Type.String() }, strict)) }, strict)),
    sprints: Type.Array(SprintPassSchema),
    /** The run of sprints the issue was left unfinished in, oldest first. */
    carryOver: nullable(Type.Object({ sprintNames: Type.Array(Type.String()), done: Type.Boolean() }, strict)),
    flagged: nullable(Type.Object({ windowDays: Type.Integer(), spells: Type.Array(Type.Object({ from: When, to: nullable(When) }, strict)) }, strict)),
    /** The signals whose evidence names the issue, most severe first, as the viewer may see them. */
    signals: Type.Array(IssueSignalSchema),
  },
  strict,
);
