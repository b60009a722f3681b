/**
 * The settings' thresholds, derived from the signal declarations (declarations.ts): one group per
 * signal that has thresholds, keyed by its id in camel case, each threshold with its schema, its
 * default and the checks between two of them. Plain data, as the declarations.
 */
import { type SignalDeclaration, thresholdKey } from './declare';
import { SIGNAL_DECLARATIONS, type Thresholds } from './declarations';

/** The declarations that have thresholds, with their key in the settings. */
export function thresholdGroups(): { key: string; declaration: SignalDeclaration }[] {
  return SIGNAL_DECLARATIONS.filter((d) => Object.keys(d.thresholds).length > 0).map((d) => ({ key: thresholdKey(d.id), declaration: d }));
}

/** Every threshold at its default. */
export function defaultThresholds(): Thresholds {
  const groups = thresholdGroups().map(({ key, declaration }) => [key, Object.fromEntries(Object.entries(declaration.thresholds).map(([name, t]) => [name, t.default]))]);
  return Object.fromEntries(groups) as Thresholds;
}
