/**
 * One rule per signal. A rule is a pure function of the report's sections, the settings and "now":
 * it reads nothing the report does not hold, so the page can show everything a signal is based on.
 * It either fires (a Signal with severity warning/critical/info), stays quiet (null), or cannot be
 * evaluated and says why (silent), e.g. when it needs a named Scrum Master and none is set.
 */
import type { Role, Signal } from '../domain/types';
import type { ProjectSettings } from '../domain/settings';
import type { BacklogSection, RolesSection, SprintSection } from '../domain/report';
import type { PeopleDirectory } from '../analysis/history/people';

export interface SignalContext {
  settings: ProjectSettings;
  now: Date;
  sprints: SprintSection | null;
  backlog: BacklogSection | null;
  roles: RolesSection;
  /** Display names for the sentences, read once per report. */
  people: PeopleDirectory;
}

export type RuleOutcome = { fired: Signal } | { quiet: true } | { silent: string };

export interface SignalRule {
  id: string;
  role: Role;
  /** Other roles the signal concerns as much (see Signal.alsoFor). */
  alsoFor?: Role[];
  area: Signal['area'];
  evaluate(ctx: SignalContext): RuleOutcome;
}
