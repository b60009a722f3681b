/**
 * The backlog section of the report: readiness, runway, ordering stability, technical work, depth
 * and staleness (docs/metrics.md). Its objects check their required fields and tolerate additions.
 */
import { type Static, Type } from '@sinclair/typebox';
import { oneOfWords } from '../schema-builders';
import { byPerson, date, flag, loose, nullableDate, nullableNumber, number, ratio, text, texts, whole, wholes } from './primitives';

export const DorCheckSchema = oneOfWords(['estimated', 'description', 'acceptanceCriteria', 'notBlocked', 'notFlagged', 'smallEnough'] as const);

export const NearTermItemSchema = loose({ key: text, summary: text, estimate: nullableNumber, technical: flag, failedChecks: Type.Array(DorCheckSchema) });

export const BacklogSectionSchema = loose({
  /** Items in the backlog (not done, not in an active sprint), sub-tasks, epics and higher levels excluded. */
  size: whole,
  /** Median completed points (or issues) of the last closed sprints. */
  capacity: loose({ value: nullableNumber, unit: oneOfWords(['points', 'issues'] as const), sprintIds: wholes }),
  nearTerm: Type.Array(NearTermItemSchema),
  /** Share of near-term items that are ready. */
  readiness: ratio,
  /** Ready points (or issues) from the top, in rank order, until the first unready item, / capacity. */
  readyRunwaySprints: nullableNumber,
  overSpecification: loose({ share: ratio, distantCount: whole, detailedKeys: texts }),
  ordering: loose({
    /** Rank-biased overlap (p = 0.9) of the top 20 now vs 7 and 28 days ago; null without a snapshot. */
    rbo7: nullableNumber,
    rbo28: nullableNumber,
    /** Share of today's top 10 that were in the top 10 a week ago. */
    top10Overlap: nullableNumber,
    /** One point per stored snapshot, oldest first. */
    history: Type.Array(loose({ date, rbo7: nullableNumber, top10Overlap: nullableNumber })),
    /** Rank changes per week on near-term items over the last 28 days. */
    rankChangesPerWeekNearTerm: number,
    rankers: byPerson,
    distinctRankers: whole,
    topRankerShare: nullableNumber,
    lastRerankAt: nullableDate,
    snapshotCount: whole,
    /** false when the site has no rank field the app could find: re-ranking cannot be seen. */
    rankFieldFound: flag,
  }),
  technical: loose({
    technicalCount: whole,
    functionalCount: whole,
    /** P(random technical ranks above random functional); 0.5 = interleaved. */
    interleaving: nullableNumber,
    runs: loose({ observed: number, expected: nullableNumber, z: nullableNumber }),
    quota: loose({ detected: flag, shares: Type.Array(loose({ sprintId: whole, share: nullableNumber })), mean: nullableNumber }),
    medianAgeDays: loose({ technical: nullableNumber, functional: nullableNumber }),
  }),
  /** The backlog in rank order (first 200 items) for the strip chart. */
  strip: Type.Array(loose({ key: text, technical: flag, ready: flag })),
  /** Backlog size in sprints of capacity. */
  depthSprints: nullableNumber,
  stale: loose({ count: whole, keys: texts }),
  /** Work items (no sub-tasks, no epics; done or not) created in the last `windowDays` (thresholds.frozenBacklog.noRerankDays), in rank order. */
  newItems: loose({ windowDays: whole, keys: texts }),
});

export type DorCheck = Static<typeof DorCheckSchema>;
export type NearTermItem = Static<typeof NearTermItemSchema>;
export type BacklogSection = Static<typeof BacklogSectionSchema>;
