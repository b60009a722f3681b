/**
 * The backlog section of the report: readiness, runway, ordering stability, technical work, depth
 * and staleness (docs/metrics.md). Its objects check their required fields and tolerate additions.
 */
import { type Static, Type } from '@sinclair/typebox';
import { nullOr, oneOfWords } from '../schema-builders';
import { byPerson, date, flag, loose, nullableDate, nullableNumber, nullableWhole, number, ratio, text, texts, whole, wholes } from './primitives';

export const DorCheckSchema = oneOfWords(['estimated', 'description', 'acceptanceCriteria', 'notBlocked', 'notFlagged', 'smallEnough'] as const);

export const NearTermItemSchema = loose({ key: text, summary: text, estimate: nullableNumber, technical: flag, failedChecks: Type.Array(DorCheckSchema) });

export const BacklogSectionSchema = loose({
  /** Items in the backlog (not done, not in an active sprint), sub-tasks, epics and higher levels excluded. */
  size: whole,
  /** Median completed points (or issues) of the last closed sprints. */
  capacity: loose({ value: nullableNumber, unit: oneOfWords(['points', 'issues'] as const), sprintIds: wholes }),
  nearTerm: Type.Array(NearTermItemSchema),
  /** The Definition-of-Ready checks in force on this board (an estimate only where the team estimates), in order. */
  checksInForce: Type.Array(DorCheckSchema),
  /** Share of near-term items that are ready. */
  readiness: ratio,
  /** Ready points (or issues) from the top, in rank order, until the first unready item, / capacity. */
  readyRunwaySprints: nullableNumber,
  /** The ready items from the top, in rank order, until the first unready item (counted even without capacity). */
  readyRunwayItems: whole,
  overSpecification: loose({ share: ratio, distantCount: whole, detailedKeys: texts }),
  ordering: loose({
    /**
     * Rank-biased overlap (p = 0.9) of the top 20 survivors (items in the backlog on both days) now
     * vs 7 and 28 days ago; null without a snapshot from then, or when no item survived.
     */
    rbo7: nullableNumber,
    rbo28: nullableNumber,
    /** Share of the top 10 survivors of a week ago still among today's top 10 survivors ("top 10 kept"). */
    top10Overlap: nullableNumber,
    /** Today's backlog against the snapshot of about a week ago; null without one. */
    weekAgo: nullOr(
      loose({
        takenAt: date,
        /** Items in the backlog then and now. */
        survivors: whole,
        /** The top 10 survivors of a week ago still among today's top 10 survivors, and those that fell below. */
        keptKeys: texts,
        fellKeys: texts,
        /** Items of last week's top 10 that left the backlog since (pulled into a sprint, finished, removed): consumption, not churn. */
        leftCount: whole,
        leftKeys: texts,
        /** Items of today's top 10 that were not in the backlog a week ago. */
        newcomerCount: whole,
        newcomerKeys: texts,
      }),
    ),
    /** One point per stored snapshot, oldest first, each against the snapshot of a week before it. */
    history: Type.Array(loose({ date, rbo7: nullableNumber, top10Overlap: nullableNumber, newcomers: nullableWhole })),
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
