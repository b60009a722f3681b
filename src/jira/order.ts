/**
 * Rank order of a project's issues, and the merge of an incremental refresh into the last load.
 *
 * Order rule: issues with a rank value sort by it, lexicographically (LexoRank strings are built
 * to sort that way; plain code-unit comparison, not locale); rankIndex 0..n−1. Issues without a
 * rank value all get rankIndex n (Jira could not rank them) and follow in key order (project
 * key, then number). When no issue has a rank value at all (no rank field found), the order the
 * search returned (ORDER BY Rank) is kept.
 */
import type { Issue } from '../domain/types';

function keyNumber(key: string): number {
  const n = Number(key.slice(key.lastIndexOf('-') + 1));
  return Number.isFinite(n) ? n : 0;
}

function compareKeys(a: string, b: string): number {
  const prefixA = a.slice(0, a.lastIndexOf('-'));
  const prefixB = b.slice(0, b.lastIndexOf('-'));
  if (prefixA !== prefixB) return prefixA < prefixB ? -1 : 1;
  return keyNumber(a) - keyNumber(b);
}

/** Issues in rank order with rankIndex set (new objects; the input is not changed). */
export function orderByRank(issues: Issue[]): Issue[] {
  return rankInPlace(issues.map((issue) => ({ ...issue })));
}

/**
 * The order of orderByRank, set on the given issue objects themselves (rankIndex changed, no copies):
 * for the issues of a fresh load, which nothing else holds yet.
 */
export function rankInPlace(issues: Issue[]): Issue[] {
  if (!issues.some((i) => i.rank !== undefined)) {
    issues.forEach((issue, index) => (issue.rankIndex = index));
    return issues;
  }
  const ranked = issues.filter((i) => i.rank !== undefined);
  const unranked = issues.filter((i) => i.rank === undefined);
  ranked.sort((a, b) => (a.rank! < b.rank! ? -1 : a.rank! > b.rank! ? 1 : compareKeys(a.key, b.key)));
  unranked.sort((a, b) => compareKeys(a.key, b.key));
  ranked.forEach((issue, index) => (issue.rankIndex = index));
  for (const issue of unranked) issue.rankIndex = ranked.length;
  return ranked.concat(unranked);
}

/**
 * The previous issues with the refreshed ones put in their place (matched by id) and new ones
 * added, back in rank order. Issues the refresh did not return stay as they were: an incremental
 * search cannot tell a deleted or moved issue from an unchanged one.
 */
export function mergeIssues(previous: Issue[], refreshed: Issue[]): Issue[] {
  const byId = new Map(previous.map((issue) => [issue.id, issue]));
  for (const issue of refreshed) byId.set(issue.id, issue);
  return orderByRank([...byId.values()]);
}
