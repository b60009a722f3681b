/**
 * Storage keys: `bh:{site}:{project}:{board}:{kind}`, and `bh:{site}:-portfolio:{kind}` for the
 * site's portfolio index (a Jira project key starts with a letter, so no project's records share it).
 * Forge KVS keys are at most 500 characters and match /^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/.
 * Parts are cleaned to letters, digits, ".", "_" and "-" so that ":" and "#" stay separators:
 * ":" between the parts of a key, "#" before the version and chunk number of a versioned value.
 */

export const KEY_MAX_LENGTH = 500;
const KVS_KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;

/** The board part for project-wide records (settings) and for "the project's default board". */
export const PROJECT_WIDE = 'project';
export const DEFAULT_BOARD = 'default';

/** Replaces every character outside [a-zA-Z0-9._-] with "_" (empty parts become "_"). */
export function cleanKeyPart(part: string | number): string {
  const cleaned = String(part).replace(/[^a-zA-Z0-9._-]/g, '_');
  return cleaned === '' ? '_' : cleaned;
}

/** Throws a clear error when a key breaks Forge's key rules. */
export function assertValidKey(key: string): string {
  if (key.length > KEY_MAX_LENGTH) throw new Error(`Storage key is ${key.length} characters long; the limit is ${KEY_MAX_LENGTH}.`);
  if (!KVS_KEY_PATTERN.test(key)) throw new Error(`Storage key "${key}" has characters storage does not accept.`);
  return key;
}

export interface KeyScope {
  site: string;
  projectKey: string;
  /** A board id, DEFAULT_BOARD or PROJECT_WIDE. */
  board: number | string;
}

/** The prefix shared by every record of one project on one site. */
export function projectPrefix(site: string, projectKey: string): string {
  return `bh:${cleanKeyPart(site)}:${cleanKeyPart(projectKey)}:`;
}

/** `bh:{site}:{project}:{board}:{kind}`; kind may itself hold ":" (e.g. "snapshot:2026-11-22"). */
export function storageKey(scope: KeyScope, kind: string): string {
  const cleanKind = kind.split(':').map(cleanKeyPart).join(':');
  return assertValidKey(`${projectPrefix(scope.site, scope.projectKey)}${cleanKeyPart(scope.board)}:${cleanKind}`);
}

/** `bh:{site}:-portfolio:{kind}`: the records of the site's portfolio index (portfolio-index.ts). */
export function portfolioKey(site: string, kind: string): string {
  return assertValidKey(`bh:${cleanKeyPart(site)}:-portfolio:${kind.split(':').map(cleanKeyPart).join(':')}`);
}
