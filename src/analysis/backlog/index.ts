/**
 * Backlog health engine: builds the BacklogSection of the report from one board's data.
 * Pure: no I/O, no clock (now is a parameter). Formulas live beside the code in each module;
 * docs/metrics.md explains them for people.
 */
import type { BacklogSnapshot, BoardData } from '../../domain/types';
import type { ProjectSettings } from '../../domain/settings';
import type { BacklogSection, SprintFigures } from '../../domain/report';
import { backlogInRankOrder, itemsWithin, sizeBacklog } from './backlog';
import { acceptancePattern, checksInForce, failedChecks, readinessShare, readyRunwayItems, readyRunwaySprints } from './readiness';
import { overSpecification } from './over-specification';
import { orderingFigures } from './ordering';
import { fixedQuota, interleaving, medianAgeDays, runsTest, technicalClassifier } from './technical';
import { depthSprints, newItems, staleItems } from './depth';
import type { BoardHistory } from '../history/board-history';

export interface BacklogInput {
  data: BoardData;
  /** The board's history, read once per report (src/analysis/history). */
  history: BoardHistory;
  settings: ProjectSettings;
  /** Closed sprints, oldest first (as reconstructed by the sprint engine). */
  closedSprints: SprintFigures[];
  /** Stored snapshots of this board's backlog (others are ignored), any order. */
  snapshots: BacklogSnapshot[];
  now: Date;
}

/** How many backlog items the strip chart shows. */
export const STRIP_LENGTH = 200;

export function analyseBacklog(input: BacklogInput): BacklogSection {
  const { data, history, settings, now } = input;
  const closed = input.closedSprints.filter((s) => s.state === 'closed');
  const sized = sizeBacklog(data, closed, settings.capacitySprints);
  const { issues } = sized;

  const pattern = acceptancePattern(settings.definitionOfReady.acceptanceCriteria.descriptionPattern);
  const checks = checksInForce(settings.definitionOfReady, data, sized);
  const failed = issues.map((issue) => failedChecks(issue, settings.definitionOfReady, data, sized, pattern, checks));
  const technicalFlags = issues.map(technicalClassifier(settings.technical));
  const nearTermCount = itemsWithin(sized, settings.horizonSprints);
  const nearTerm = issues.slice(0, nearTermCount).map((issue, i) => ({
    key: issue.key,
    summary: issue.summary,
    estimate: issue.estimate,
    technical: technicalFlags[i],
    failedChecks: failed[i],
  }));

  const quotaSettings = settings.thresholds.separateTechPool;
  const quotaSprints = closed.slice(-Math.max(settings.trendSprints, quotaSettings.quotaMinSprints));
  const technicalCount = technicalFlags.filter(Boolean).length;

  return {
    size: issues.length,
    capacity: { ...sized.capacity },
    nearTerm,
    checksInForce: checks,
    readiness: readinessShare(failed.slice(0, nearTermCount)),
    readyRunwaySprints: readyRunwaySprints(sized, failed),
    readyRunwayItems: readyRunwayItems(failed),
    overSpecification: overSpecification(sized, settings, data),
    ordering: orderingFigures({
      data,
      history,
      currentKeys: issues.map((issue) => issue.key),
      nearTerm: issues.slice(0, nearTermCount),
      snapshots: input.snapshots,
      rankerWindowDays: settings.thresholds.committeeOrdering.windowDays,
      now,
    }),
    technical: {
      technicalCount,
      functionalCount: issues.length - technicalCount,
      interleaving: interleaving(technicalFlags),
      runs: runsTest(technicalFlags),
      quota: fixedQuota(quotaSprints, history, settings.technical, sized.capacity.unit, quotaSettings.quotaMinSprints, quotaSettings.quotaMaxSpread),
      medianAgeDays: {
        technical: medianAgeDays(issues.filter((_, i) => technicalFlags[i]), now),
        functional: medianAgeDays(issues.filter((_, i) => !technicalFlags[i]), now),
      },
    },
    strip: issues.slice(0, STRIP_LENGTH).map((issue, i) => ({ key: issue.key, technical: technicalFlags[i], ready: failed[i].length === 0 })),
    depthSprints: depthSprints(sized),
    stale: staleItems(issues, settings.staleDays, now),
    // The frozen-backlog signal weighs the re-ranking against what arrived in its window.
    newItems: newItems(data.issues, settings.thresholds.frozenBacklog.noRerankDays, now),
  };
}

/** Today's backlog order for the board (future sprints first), to be stored and compared later. */
export function takeBacklogSnapshot(data: BoardData, now: Date): BacklogSnapshot {
  return { boardId: data.board.id, takenAt: now.toISOString(), keys: backlogInRankOrder(data).map((issue) => issue.key) };
}
