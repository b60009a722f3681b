/**
 * The sizes the portfolio index keeps to (portfolio-index.ts): each page is one stored value under
 * Forge's limit, so each entry is cut to bounds a full page of the largest entries fits (a test
 * builds the largest possible one).
 */
import { SCORE_TREND_LENGTH } from '../report/format/portfolio';
import type { StoredPortfolioEntry } from './records';

/** Forge's limit on one stored value. */
export const KVS_VALUE_LIMIT_BYTES = 240 * 1024;
/** The most one entry may take once bounded (a test builds the largest possible one). */
export const MAX_ENTRY_BYTES = 4.75 * 1024;
/** The directory stays well under the value limit: past this, new projects are not indexed (about 10,000 projects). */
export const MAX_DIRECTORY_BYTES = 200 * 1024;
/** Sprints of a reliability trend kept in the index: the portfolio's sparkline shows the last ones. */
export const TREND_KEPT = 12;
/**
 * Names in each of the summary's lists of the app's own words (signals raised, cleared or set apart,
 * figures moved): more than the app declares signals or tracks figures, so no real list is cut.
 */
const NAMES_KEPT = 20;
/** The longest name kept whole: longer than any signal's or figure's name the app gives. */
const NAME_CHARS = 60;

/**
 * Text cut to `max` UTF-16 units, control characters made spaces: so each unit takes at most three
 * bytes of stored JSON (a control character would take six, escaped).
 */
function clip(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this replaces
  const plain = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

/**
 * The entry cut to its bounds (project keys and names, signal names and messages far longer than
 * Jira's or the app's own, the last TREND_KEPT sprints of the trend, at most three signals, the lists
 * of the app's own names at their real lengths), so that a page of PORTFOLIO_PAGE_SIZE entries fits
 * one stored value.
 */
export function boundedEntry(entry: StoredPortfolioEntry): StoredPortfolioEntry {
  const names = (list: string[]) => list.slice(0, NAMES_KEPT).map((name) => clip(name, NAME_CHARS));
  const bounded: StoredPortfolioEntry = { projectKey: clip(entry.projectKey, 30) };
  if (entry.summary) {
    const s = entry.summary;
    bounded.summary = {
      ...s,
      projectKey: clip(s.projectKey, 30),
      projectName: clip(s.projectName, 120),
      computedAt: clip(s.computedAt, 30),
      notAssessed: s.notAssessed?.slice(0, 3),
      reliabilityTrend: s.reliabilityTrend.slice(-TREND_KEPT),
      topSignals: s.topSignals.slice(0, 3).map((t) => ({ id: clip(t.id, 40), severity: t.severity, title: clip(t.title, NAME_CHARS) })),
    };
    // The score's honesty and history (absent in summaries stored before them).
    const { scoreTerms, scoreTrend, changes, ownThresholds, switchedOff } = s;
    if (scoreTerms) bounded.summary.scoreTerms = scoreTerms.slice(0, 5);
    if (scoreTrend) bounded.summary.scoreTrend = scoreTrend.slice(-SCORE_TREND_LENGTH);
    if (changes) bounded.summary.changes = { since: clip(changes.since, 30), raised: names(changes.raised), cleared: names(changes.cleared), moved: names(changes.moved) };
    if (ownThresholds) bounded.summary.ownThresholds = names(ownThresholds);
    if (switchedOff) bounded.summary.switchedOff = names(switchedOff);
    // The flow's 85% date (absent in summaries stored before it).
    if (s.nearTermDoneBy85) bounded.summary.nearTermDoneBy85 = clip(s.nearTermDoneBy85, 30);
  }
  if (entry.refreshedNightly !== undefined) bounded.refreshedNightly = entry.refreshedNightly;
  if (entry.progress) {
    const p = entry.progress;
    bounded.progress = {
      state: p.state,
      progress: p.progress,
      message: p.message === null ? null : clip(p.message, 240),
      startedAt: p.startedAt === null ? null : clip(p.startedAt, 30),
      finishedAt: p.finishedAt === null ? null : clip(p.finishedAt, 30),
    };
  }
  return bounded;
}
