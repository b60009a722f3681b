/**
 * What a signal declares about itself, once, in src/signals/<id>/declaration.ts: its id, its name
 * as people read it, the role it speaks to first and the others it concerns as much, the score area
 * it counts against, and its thresholds (the JSON Schema of each value with the sentence shown when
 * it is wrong, its default, and the label a coach reads in the Settings form). Plain data: the pages
 * import the declarations (src/signals/declarations.ts), never the evaluations.
 */
import { isShare, type NumberSchema } from '../domain/setting-values';
import type { Role } from '../domain/types';
import type { ScoreArea } from '../domain/report';

export interface ThresholdDeclaration {
  schema: NumberSchema;
  default: number;
  /**
   * The threshold as a coach would say it, without its unit when it is a percentage: the Settings
   * form asks for shares (share()) and for thresholds `shownAs` 'percent' as percentages, as every
   * page shows them, and says so beside the label.
   */
  label: string;
  /** A ratio that is no share (it may pass 1) but is shown as a percentage, as scope churn is. */
  shownAs?: 'percent';
}

/** Whether a threshold reads as a percentage (70%) wherever people see it: a share, or `shownAs` 'percent'. */
export function shownAsPercent(threshold: ThresholdDeclaration): boolean {
  return isShare(threshold.schema) || threshold.shownAs === 'percent';
}

/**
 * A rule between two thresholds of the signal that a schema cannot express: `field` must be below
 * (or at most) `other`. A settings value that breaks it is refused with `message` on `field`, and a
 * stored one is put back to the defaults, both fields together.
 */
export interface ThresholdCheck<P extends string = string> {
  field: P;
  mustBe: 'below' | 'atMost';
  other: P;
  message: string;
}

export interface SignalDeclaration<Id extends string = string, P extends string = string> {
  /** The catalogue id, in kebab case; its thresholds are keyed by the same words in camel case. */
  id: Id;
  /** The signal's name, wherever people read it (the fired signal's title, the Settings form, lists). */
  name: string;
  role: Role;
  /** Other roles the signal concerns as much; usually none. */
  alsoFor: readonly Role[];
  area: ScoreArea;
  thresholds: { readonly [K in P]: ThresholdDeclaration };
  checks: readonly ThresholdCheck<P>[];
}

/**
 * Keeps the literal id and threshold names, so the settings type can be derived from declarations.
 * Marked free of side effects, so a page that needs no declaration leaves them out of its bundle.
 */
/* @__NO_SIDE_EFFECTS__ */
export function declareSignal<const Id extends string, P extends string = never>(
  declaration: Omit<SignalDeclaration<Id, P>, 'checks'> & { checks: readonly ThresholdCheck<NoInfer<P>>[] },
): SignalDeclaration<Id, P> {
  return declaration;
}

/** Kebab case to camel case: unfinished-sprints becomes unfinishedSprints. */
export type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/** The key of a signal's thresholds in the settings: its id in camel case. */
/* @__NO_SIDE_EFFECTS__ */
export function thresholdKey<Id extends string>(id: Id): CamelCase<Id> {
  return id.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()) as CamelCase<Id>;
}

/** The values of a declaration's thresholds, as the settings hold them. */
export type ThresholdValues<D extends SignalDeclaration> = { -readonly [K in keyof D['thresholds']]: number };
