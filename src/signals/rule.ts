/**
 * A signal's rule: its declaration (declare.ts) and its evaluation, a pure function of the report's
 * sections, the settings and "now". It reads nothing the report does not hold, so the page can show
 * everything a signal is based on. An evaluation either fires (a finding with a severity), stays
 * quiet, or cannot be checked and says why (silent), e.g. when it needs a named Scrum Master and
 * none is set. defineRule stamps the declaration's identity (id, role, alsoFor, area, name) onto
 * what the evaluation finds, so a signal cannot say it is something else, and puts its evidence's
 * sprints in the order they ran.
 */
import type { Signal } from '../domain/types';
import type { ProjectSettings } from '../domain/settings';
import type { BacklogSection, FlowSection, RolesSection, SprintSection } from '../domain/report';
import type { PeopleDirectory } from '../analysis/history/people';
import { type SignalDeclaration, type ThresholdValues, thresholdKey } from './declare';
import { inSprintOrder } from './helpers';

export interface SignalContext {
  settings: ProjectSettings;
  now: Date;
  /**
   * false on a board that has no sprints by its nature (a Kanban board): the sprint signals do not
   * apply to it (evaluateSignals lists them as not applicable without running them).
   */
  runsSprints: boolean;
  sprints: SprintSection | null;
  backlog: BacklogSection | null;
  flow: FlowSection | null;
  roles: RolesSection;
  /** Display names for the sentences: the people the sections name, read once per report. */
  people: PeopleDirectory;
}

/** What an evaluation finds; the rule adds who the signal is (its declaration). */
export type Finding = Omit<Signal, 'id' | 'role' | 'alsoFor' | 'area' | 'title'>;

export type Evaluation<D extends SignalDeclaration> = (ctx: SignalContext, thresholds: ThresholdValues<D>) => { fired: Finding } | { quiet: true } | { silent: string };

export type RuleOutcome = { fired: Signal } | { quiet: true } | { silent: string };

export interface SignalRule {
  declaration: SignalDeclaration;
  evaluate(ctx: SignalContext): RuleOutcome;
}

/** A signal's rule: the evaluation runs with the signal's own thresholds, and what it finds carries the declaration's identity. */
export function defineRule<D extends SignalDeclaration>(declaration: D, evaluation: Evaluation<D>): SignalRule {
  const key = thresholdKey(declaration.id);
  return {
    declaration,
    evaluate(ctx) {
      const all = ctx.settings.thresholds as unknown as Record<string, ThresholdValues<D> | undefined>;
      const outcome = evaluation(ctx, all[key] ?? ({} as ThresholdValues<D>));
      if (!('fired' in outcome)) return outcome;
      const { id, role, alsoFor, area, name } = declaration;
      const { severity, observation, evidence, question, rule } = outcome.fired;
      const ordered = { ...evidence, sprintIds: inSprintOrder(evidence.sprintIds, ctx.sprints) };
      return { fired: { id, role, alsoFor: [...alsoFor], area, severity, title: name, observation, evidence: ordered, question, rule } };
    },
  };
}
