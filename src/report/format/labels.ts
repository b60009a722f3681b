/** Words for the report's codes, shared by every export. */
import type { DorCheck, TrafficLight } from '../../domain/report';
import type { Severity } from '../../domain/types';
import type { Tone } from './document';

export const TRAFFIC_LIGHT_WORD: Record<TrafficLight, string> = { green: 'Green', amber: 'Amber', red: 'Red' };

export const SEVERITY_WORD: Record<Severity, string> = { critical: 'Critical', warning: 'Warning', info: 'Info' };

export const AREA_WORD: Record<'backlog' | 'sprints' | 'roles', string> = { backlog: 'Backlog', sprints: 'Sprints', roles: 'Roles' };

export const ROLE_WORD: Record<'PO' | 'SM' | 'team', string> = { PO: 'Product Owner', SM: 'Scrum Master', team: 'Whole team' };

/** Each Definition-of-Ready check, named for what is missing when it fails. */
export const FAILED_CHECK_WORD: Record<DorCheck, string> = {
  estimated: 'no estimate',
  description: 'no description',
  acceptanceCriteria: 'no acceptance criteria',
  notBlocked: 'blocked',
  notFlagged: 'flagged',
  smallEnough: 'larger than the size limit',
};

export function lightTone(light: TrafficLight | null | undefined): Tone | undefined {
  return light ?? undefined;
}

export function severityTone(severity: Severity): Tone {
  return severity;
}
