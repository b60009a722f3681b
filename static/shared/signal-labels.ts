/**
 * Plain names for the signals and their threshold settings, for the places where the report holds
 * only an id (signals that could not be checked, the score's notChecked list) and for the Settings
 * form. Words only: nothing here changes a figure. Each signal declares its name and its threshold
 * labels once (src/signals/<id>/declaration.ts); this module reads the declarations, never the rules.
 */
import type { Thresholds } from '../../src/domain/settings';
import { SIGNAL_DECLARATIONS } from '../../src/signals/declarations';
import { thresholdKey } from '../../src/signals/declare';

// The maps below are marked pure so that a page that does not use them does not bundle the
// signal declarations. (The score's areas are named by the vocabulary, AREA_NAME.)

/** One name per signal id of the catalogue. */
export const SIGNAL_NAME: Readonly<Record<string, string>> = /* @__PURE__ */ Object.fromEntries(/* @__PURE__ */ SIGNAL_DECLARATIONS.map((signal) => [signal.id, signal.name]));

/** The name of a signal id; an id the app does not know yet is shown as it is. */
export function signalName(id: string): string {
  return SIGNAL_NAME[id] ?? id;
}

/** The signal id of a thresholds key (the thresholds are keyed by the signal id in camel case), or the key itself. */
export function signalIdOfThreshold(key: string): string {
  return SIGNAL_DECLARATIONS.find((signal) => thresholdKey(signal.id) === key)?.id ?? key;
}

type ThresholdLabels = { [K in keyof Thresholds]: { [P in keyof Thresholds[K]]: string } };

/** Each threshold as the sentence a coach would say (percentages without their unit: see ThresholdDeclaration). */
export const THRESHOLD_LABEL = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */ SIGNAL_DECLARATIONS.map((signal) => [thresholdKey(signal.id), Object.fromEntries(Object.entries(signal.thresholds).map(([name, t]) => [name, t.label]))]),
) as ThresholdLabels;

/** The label of one threshold, or undefined for one the app does not name yet (the caller spells it out). */
export function thresholdLabel(signal: string, param: string): string | undefined {
  const labels = (THRESHOLD_LABEL as unknown as Record<string, Record<string, string> | undefined>)[signal];
  return labels?.[param];
}
