/** one-person-two-roles: the same person is named as Product Owner and as Scrum Master (docs/signals.md). No thresholds. */
import { declareSignal } from '../declare';

export const onePersonTwoRoles = declareSignal({
  id: 'one-person-two-roles',
  name: 'One person as Product Owner and Scrum Master',
  role: 'team',
  alsoFor: [],
  area: 'roles',
  thresholds: {},
  checks: [],
});
