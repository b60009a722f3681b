/**
 * Issue keys as links to the issue on the site the report was read from (https://SITE/browse/KEY),
 * for the HTML and Markdown exports. Only such links leave an export: the renderers check every
 * address against the same shape before writing it.
 */
import type { Run } from './document';

const SITE = /^[a-z0-9.-]+(:\d{1,5})?$/i;
const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-\d+$/;
const ISSUE_ADDRESS = /^https:\/\/[a-z0-9.-]+(:\d{1,5})?\/browse\/[A-Z][A-Z0-9_]*-\d+$/i;

/** The key as a link, or the key alone when the site or the key is not of a shape a link can hold. */
export function issueRun(site: string, key: string): Run {
  return SITE.test(site) && ISSUE_KEY.test(key) ? { text: key, href: `https://${site}/browse/${key}` } : key;
}

/** "A-1, A-2, A-3", each a link; "none" for no keys. */
export function issueRuns(site: string, keys: readonly string[]): Run[] {
  if (keys.length === 0) return ['none'];
  return keys.flatMap((key, index) => (index === 0 ? [issueRun(site, key)] : [', ', issueRun(site, key)]));
}

/** Whether an export may link to this address: a place in the same page, or an issue of a site. */
export function isExportableHref(href: string): boolean {
  return /^#[\w-]+$/.test(href) || ISSUE_ADDRESS.test(href);
}
