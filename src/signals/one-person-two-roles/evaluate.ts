/**
 * one-person-two-roles: the same person is named as Product Owner and as Scrum Master.
 * Needs both roles named. Critical when that person is the only PO and the only SM; warning when
 * others share one of the roles.
 */
import { listInWords } from '../../vocabulary';
import { displayNameOf } from '../../analysis/history/people';
import { defineRule } from '../rule';
import { evidence } from '../helpers';
import { onePersonTwoRoles } from './declaration';

export const onePersonTwoRolesRule = defineRule(onePersonTwoRoles, (ctx) => {
  const { productOwners, scrumMasters } = ctx.settings.roles;
  if (productOwners.length === 0 || scrumMasters.length === 0) {
    return { silent: 'The settings do not name both a Product Owner and a Scrum Master, so the rule cannot be checked.' };
  }
  const both = productOwners.filter((id) => scrumMasters.includes(id));
  if (both.length === 0) return { quiet: true };
  const sole = productOwners.length === 1 && scrumMasters.length === 1;
  return {
    fired: {
      severity: sole ? 'critical' : 'warning',
      observation: `The settings name ${listInWords(both.map((id) => displayNameOf(ctx.people, id)))} as Product Owner and as Scrum Master${sole ? ', with nobody else in either role' : ''}.`,
      evidence: evidence({ people: both }),
      question: 'When deciding what to build and guarding how the team works pull in different directions, who can speak for each?',
      rule: 'the same person is set as Product Owner and as Scrum Master (critical when nobody else holds either role)',
    },
  };
});
