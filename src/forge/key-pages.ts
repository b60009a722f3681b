/**
 * Long lists of issue keys in a report, served a page at a time. Every key served is first checked
 * as the viewer (access.ts), 100 keys a request, within the page's time budget; an old project can
 * have 20,000 stale items, which no page could check in time. So a report is served with counts for
 * everything and, of these lists, only the keys the page shows at first; the page asks for more
 * (getMoreIssueKeys), one page of keys, one request to Jira, at a time.
 */
import type { Report } from '../domain/report';
import type { ResolverDefs } from '../shared/api';

/** The lists served a page at a time (named in their contract, src/shared/resolver-contracts.ts). */
export type PagedList = ResolverDefs['getMoreIssueKeys']['payload']['list'];
export const PAGED_LISTS: readonly PagedList[] = ['stale', 'overSpecified'];

/** Keys of each list served with the report: what the Backlog tab shows at first. */
export const FIRST_PAGE_KEYS = 20;
/** Keys of each further page: one request to Jira checks them (it takes 100 a request). */
export const MORE_PAGE_KEYS = 100;

/** Where a list stands: its keys in the stored report, and where the next page starts (null: none left). */
export type ListPage = ResolverDefs['getReport']['result']['keyLists'][PagedList];

function keysOf(report: Report, list: PagedList): string[] {
  if (!report.backlog) return [];
  return list === 'stale' ? report.backlog.stale.keys : report.backlog.overSpecification.detailedKeys;
}

function withKeys(report: Report, list: PagedList, keys: string[]): Report {
  const backlog = report.backlog;
  if (!backlog) return report;
  return list === 'stale'
    ? { ...report, backlog: { ...backlog, stale: { ...backlog.stale, keys } } }
    : { ...report, backlog: { ...backlog, overSpecification: { ...backlog.overSpecification, detailedKeys: keys } } };
}

function pageOf(keys: string[], from: number, size: number): { keys: string[]; page: ListPage } {
  const end = from + size;
  return { keys: keys.slice(from, end), page: { total: keys.length, next: end < keys.length ? end : null } };
}

/** The report with each paged list cut to its first page (counts stay whole), and where each list stands. */
export function firstPages(report: Report): { report: Report; pages: Record<PagedList, ListPage> } {
  let cut = report;
  const pages = {} as Record<PagedList, ListPage>;
  for (const list of PAGED_LISTS) {
    const first = pageOf(keysOf(report, list), 0, FIRST_PAGE_KEYS);
    cut = withKeys(cut, list, first.keys);
    pages[list] = first.page;
  }
  return { report: cut, pages };
}

/** One further page of a list, from the key at index `from` of the stored list. */
export function laterPage(report: Report, list: PagedList, from: number): { keys: string[]; page: ListPage } {
  return pageOf(keysOf(report, list), from, MORE_PAGE_KEYS);
}
