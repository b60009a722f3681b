/**
 * Demo people: Jira users with stable account ids, e-mail addresses and API tokens for the emulator.
 * Ids and tokens derive from the name alone, so a person keeps the same id whatever the seed.
 */
import type { WsUser } from '../workspace';
import { hashString } from './random';

export type SimPerson = WsUser;

function hex(text: string, length: number): string {
  let out = '';
  let round = 0;
  while (out.length < length) out += hashString(`${text}#${round++}`).toString(16).padStart(8, '0');
  return out.slice(0, length);
}

/** A user in Jira Cloud's shape; account ids look like "712020:xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx". */
export function makePerson(displayName: string, active = true): SimPerson {
  const h = hex(displayName, 32);
  const accountId = `712020:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
  const emailAddress = `${displayName.toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '')}@demo.example`;
  return { accountId, displayName, emailAddress, active, apiToken: `demo-${hex(`token:${displayName}`, 24)}` };
}

/** The user reference Jira puts in fields (assignee, reporter) and in changelog authors. */
export function userRef(person: SimPerson): { accountId: string; displayName: string; active: boolean; accountType: string; emailAddress: string } {
  return {
    accountId: person.accountId,
    displayName: person.displayName,
    active: person.active,
    accountType: 'atlassian',
    emailAddress: person.emailAddress,
  };
}

export function authorRef(person: SimPerson): { accountId: string; displayName: string; active: boolean } {
  return { accountId: person.accountId, displayName: person.displayName, active: person.active };
}

/** The site-wide demo accounts used for permission tests. */
export const DEMO_ADMIN = makePerson('Ada Admin');
export const DEMO_VIEWER = makePerson('Vic Viewer');
