/** Small readers for Jira values: people, dates, status categories. None of them throws. */
import type { IsoDateTime, Person, StatusCategory } from '../domain/types';
import { isRecord } from './raw';

const STATUS_CATEGORIES: readonly StatusCategory[] = ['new', 'indeterminate', 'done'];

/** A user object ({ accountId, displayName, avatarUrls, active }) as a Person; null without an account id. */
export function readPerson(value: unknown): Person | null {
  if (!isRecord(value) || typeof value.accountId !== 'string' || value.accountId === '') return null;
  const avatars = isRecord(value.avatarUrls) ? value.avatarUrls : {};
  return {
    accountId: value.accountId,
    displayName: typeof value.displayName === 'string' ? value.displayName : value.accountId,
    avatarUrl: typeof avatars['48x48'] === 'string' ? avatars['48x48'] : null,
    active: value.active !== false,
  };
}

export function readStatusCategory(key: unknown): StatusCategory | null {
  return STATUS_CATEGORIES.includes(key as StatusCategory) ? (key as StatusCategory) : null;
}

/** Epoch values below this are seconds (the spec's example), above it milliseconds (1973 onwards in ms). */
const SECONDS_LIMIT = 100_000_000_000;

/**
 * A date-time Jira sent as an ISO string (kept as sent, Jira's "+0000" offsets included) or as an
 * epoch number (seconds below 1e11, else milliseconds; given back as ISO "…Z"). null when unreadable.
 */
export function readDateTime(value: unknown): IsoDateTime | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = Math.abs(value) < SECONDS_LIMIT ? value * 1000 : value;
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(parseJiraDate(value))) return value;
  return null;
}

/**
 * Epoch ms of a Jira date string. Jira writes offsets as "+0000"; ISO wants "+00:00", so the
 * colon is added before parsing. NaN when unreadable.
 */
export function parseJiraDate(value: string): number {
  return Date.parse(value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}
