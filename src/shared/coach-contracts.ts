/**
 * What the coach's actions take and answer (the Rovo agent's `action` modules, rows of the resolver
 * table like any resolver). The project is not an input here: the action binding takes it from the
 * conversation and puts it in the call context, where the permission gate checks it as the person
 * chatting (src/forge/coach-binding.ts). Every answer is built from the stored report, the same
 * way every time (src/coach), and carries the evidence and an open question for the team.
 */
import { Type } from '@sinclair/typebox';
import { SeveritySchema } from '../domain/report';
import { nullable, strict } from './contract-helpers';

/** What every answer starts with: which project, from when, and whether that may be out of date. */
const AnswerBase = {
  project: Type.Object({ key: Type.String(), name: Type.String() }, strict),
  computedAt: Type.String(),
  /** Said when the figures are a day old or more, or a refresh is on its way; null otherwise. */
  freshness: nullable(Type.String()),
  /** The answer in plain sentences, the same for the same report. */
  answer: Type.String(),
};

const SignalSummary = Type.Object({ id: Type.String(), title: Type.String(), severity: SeveritySchema, observation: Type.String(), question: Type.String() }, strict);

const Evidence = Type.Object(
  { issues: Type.Array(Type.String()), sprints: Type.Array(Type.String()), people: Type.Array(Type.String()), dates: Type.Array(Type.String()) },
  strict,
);

export const COACH_CONTRACTS = {
  /** The project's health: score, traffic light, the signals that fire (most severe first) and what could not be checked. */
  coachHealthSummary: {
    payload: Type.Object({}, strict),
    result: Type.Object(
      {
        ...AnswerBase,
        score: nullable(Type.Number()),
        health: Type.String(),
        signals: Type.Array(SignalSummary),
        notChecked: Type.Array(Type.Object({ id: Type.String(), reason: Type.String() }, strict)),
      },
      strict,
    ),
  },
  /** One signal, named by its id or its title: what the data shows, its evidence, its rule and its question. */
  coachSignalEvidence: {
    payload: Type.Object({ signal: Type.String({ minLength: 1, maxLength: 200 }) }, strict),
    result: Type.Object(
      {
        ...AnswerBase,
        /** null when no firing signal goes by that name. */
        signal: nullable(Type.Object({ ...SignalSummary.properties, forRoles: Type.String(), rule: Type.String(), evidence: Evidence }, strict)),
        /** The signals that fire, to choose from. */
        firing: Type.Array(Type.Object({ id: Type.String(), title: Type.String() }, strict)),
      },
      strict,
    ),
  },
  /** The near-term items that are not ready, each with what it misses. */
  coachItemsNotReady: {
    payload: Type.Object({}, strict),
    result: Type.Object(
      {
        ...AnswerBase,
        nearTermCount: Type.Integer({ minimum: 0 }),
        readyShare: nullable(Type.Number()),
        notReady: Type.Array(Type.Object({ key: Type.String(), summary: Type.String(), missing: Type.Array(Type.String()) }, strict)),
        question: Type.String(),
      },
      strict,
    ),
  },
  /** A closed sprint like Jira's sprint report (by name or id; the last closed one when none is named). */
  coachSprintReport: {
    payload: Type.Object({ sprint: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) }, strict),
    result: Type.Object(
      {
        ...AnswerBase,
        /** null when no closed sprint goes by that name. */
        sprint: nullable(
          Type.Object(
            {
              id: Type.Integer(),
              name: Type.String(),
              goalAtStart: nullable(Type.String()),
              committed: Type.Array(Type.String()),
              added: Type.Array(Type.String()),
              removed: Type.Array(Type.String()),
              completed: Type.Array(Type.String()),
              notCompleted: Type.Array(Type.String()),
              scopeChanges: Type.Array(Type.String()),
              figures: Type.Array(Type.Object({ name: Type.String(), value: Type.String() }, strict)),
            },
            strict,
          ),
        ),
        /** The closed sprints, most recent first, to choose from. */
        closedSprints: Type.Array(Type.String()),
        /** The questions of the signals whose evidence names the sprint; a general one when none does. */
        questions: Type.Array(Type.String()),
      },
      strict,
    ),
  },
};

/** The names of the coach's actions, in the order of the agent's instructions. */
export const COACH_ACTIONS = Object.keys(COACH_CONTRACTS) as (keyof typeof COACH_CONTRACTS)[];
