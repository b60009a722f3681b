/**
 * Plain names for the signals and their threshold settings, for the places where the report holds
 * only an id (signals that could not be checked, the score's notChecked list) and for the Settings
 * form. Words only: nothing here changes a figure. The names follow docs/signals.md.
 */

/** The score's areas, as the page names them. */
export const AREA_NAME = { backlog: 'Backlog', sprints: 'Sprints', roles: 'Roles' } as const;

/** One short name per signal id of the catalogue (a test keeps the two in step). */
export const SIGNAL_NAME: Record<string, string> = {
  'unfinished-sprints': 'Sprints ending unfinished',
  'chronic-carry-over': 'Work carried from sprint to sprint',
  'unprotected-sprint': 'Scope changing during the sprint',
  'missing-sprint-goal': 'Sprints without a goal',
  'timebox-drift': 'Sprint timebox drifting',
  'lingering-impediments': 'Impediments staying for days',
  'done-reopened': 'Finished work coming back from Done',
  'po-assigns-work': 'Product Owner assigning sprint work',
  'sm-orders-backlog': 'Scrum Master ordering the backlog',
  'one-person-two-roles': 'One person in both roles',
  'absent-po': 'Product Owner away from the backlog',
  'thin-ready-runway': 'Little ready work ahead',
  'over-refined-backlog': 'Refinement running far ahead',
  'churning-priorities': 'Top of the backlog changing often',
  'frozen-backlog': 'Backlog order not moving',
  'committee-ordering': 'Several people ordering the backlog',
  'separate-tech-pool': 'Technical work kept apart',
};

/** The name of a signal id; an id the app does not know yet is shown as it is. */
export function signalName(id: string): string {
  return SIGNAL_NAME[id] ?? id;
}
