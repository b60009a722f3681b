/** The role signal rules (area 'roles'), one file per rule. */
import type { SignalRule } from '../rule';
import { poAssignsWork } from './po-assigns-work';
import { smOrdersBacklog } from './sm-orders-backlog';
import { onePersonTwoRoles } from './one-person-two-roles';
import { absentPo } from './absent-po';

export const roleRules: SignalRule[] = [poAssignsWork, smOrdersBacklog, onePersonTwoRoles, absentPo];
