/**
 * What each setting is called, for its field, the error summary and the readable view: the
 * thresholds as their signals declare them (static/shared/signal-labels.ts), every other setting here.
 */
import { SIGNAL_DECLARATIONS } from '../../../../src/signals/declarations';
import { thresholdKey } from '../../../../src/signals/declare';
import { signalIdOfThreshold, signalName, thresholdLabel } from '../../../shared/signal-labels';
import { words } from '../settingsDraft';

export const SETTING_LABEL: Readonly<Record<string, string>> = {
  '/roles/productOwners': 'Product Owner',
  '/roles/scrumMasters': 'Scrum Master',
  '/definitionOfReady/requireEstimate': 'An item needs an estimate',
  '/definitionOfReady/requireDescription': 'An item needs a description',
  '/definitionOfReady/acceptanceCriteria/required': 'An item needs acceptance criteria',
  '/definitionOfReady/acceptanceCriteria/way': 'How the team writes acceptance criteria',
  '/definitionOfReady/acceptanceCriteria/fieldId': 'The field holding them (its id, such as customfield_10050)',
  '/definitionOfReady/acceptanceCriteria/descriptionPattern': 'The pattern that marks them in the description (a regular expression; case does not matter)',
  '/definitionOfReady/requireNotBlocked': 'An item must not be blocked by an open issue',
  '/definitionOfReady/requireNotFlagged': 'An item must not be flagged',
  '/definitionOfReady/maxShareOfSprint': "Largest estimate, as a part of one sprint's capacity",
  '/horizonSprints': 'Near-term horizon, in sprints of capacity',
  '/distantBeyondSprints': 'Distant work starts beyond, in sprints of capacity',
  '/enabled': 'Refresh this project every night, and with "Refresh all" on the portfolio page',
  '/technical/issueTypes': 'Issue types of technical work',
  '/technical/labels': 'Labels of technical work',
  '/technical/components': 'Components of technical work',
  '/flow/inProgressColumns': 'Board columns whose work is in progress, besides those Jira files under In Progress (e.g. Selected, Testing)',
  '/capacitySprints': 'Closed sprints used for capacity',
  '/trendSprints': 'Closed sprints shown in trends',
  '/staleDays': 'Days untouched before an item is stale',
  '/longAcceptanceCriteriaChars': 'Characters of acceptance criteria that count as detailed',
  '/switchedOffSignals': 'Signals switched off',
};

/** The Definition of Ready's estimate: asked for, not asked for, or as the board estimates (the default). */
export const ESTIMATE_CHOICES: readonly { value: boolean | null; label: string }[] = [
  { value: null, label: 'As the board estimates (when its configuration names an estimation field)' },
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
];

/** A setting's name: its signal's and its own for a threshold ("Sprints without a goal: Most recently started sprints looked at"). */
export function settingLabel(path: string): string {
  const threshold = /^\/thresholds\/([^/]+)\/([^/]+)$/.exec(path);
  if (threshold) {
    const [, key, name] = threshold;
    return `${signalName(signalIdOfThreshold(key))}: ${thresholdLabel(key, name) ?? words(name)}`;
  }
  return SETTING_LABEL[path] ?? (path === '' ? 'The settings' : words(path.split('/').pop() ?? path));
}

/** Every setting in the order the form shows them: the essentials, the signals' thresholds, then the rest. */
const FORM_ORDER: readonly string[] = (() => {
  const paths = Object.keys(SETTING_LABEL);
  const afterEssentials = paths.indexOf('/distantBeyondSprints') + 1;
  const thresholds = SIGNAL_DECLARATIONS.flatMap((signal) => Object.keys(signal.thresholds).map((name) => `/thresholds/${thresholdKey(signal.id)}/${name}`));
  return [...paths.slice(0, afterEssentials), ...thresholds, ...paths.slice(afterEssentials)];
})();

/** Problems in the order their fields come in the form (settings it does not show last). */
export function inFormOrder<T extends { path: string }>(items: readonly T[]): T[] {
  const rank = (path: string) => {
    const index = FORM_ORDER.indexOf(path);
    return index === -1 ? FORM_ORDER.length : index;
  };
  return [...items].sort((a, b) => rank(a.path) - rank(b.path));
}
