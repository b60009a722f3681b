/**
 * The report's history and the project's own settings as people read them, on the project page and
 * in the CLI's formats alike: what changed since the last refresh, the score over time, and the
 * thresholds set away from their defaults. Words only; the report holds the values.
 */
import type { CustomThreshold, HistoryPoint, Report, ReportChanges } from '../../domain/report';
import { SIGNAL_DECLARATIONS, signalNameOf } from '../../signals/declarations';
import { shownAsPercent, thresholdKey, type ThresholdDeclaration } from '../../signals/declare';
import { OWN_THRESHOLDS, SEVERITY_NAME, SWITCHED_OFF, dateTime, decimal, healthWord, percent, scoreWithGaps } from '../../vocabulary';
import type { Figure } from './figures';
import { READ_AS, TRACKED_FIGURES } from '../history';

/** "Little ready work ahead: Warning (new)", "Sprints often end unfinished: Critical (was Warning)". */
export function raisedText(signal: ReportChanges['raised'][number]): string {
  return `${signal.title}: ${SEVERITY_NAME[signal.severity]} (${signal.before === null ? 'new' : `was ${SEVERITY_NAME[signal.before]}`})`;
}

/** "Backlog order not moving: no longer raised (was Info)", "Sprints often end unfinished: Warning (was Critical)". */
export function clearedText(signal: ReportChanges['cleared'][number]): string {
  return `${signal.title}: ${signal.after === null ? 'no longer raised' : SEVERITY_NAME[signal.after]} (was ${SEVERITY_NAME[signal.severity]})`;
}

/** The signals raised and cleared, as two figures. */
export function changedSignals(changes: ReportChanges): Figure[] {
  return [
    { id: 'signals-raised', name: 'Signals raised', value: changes.raised.length ? changes.raised.map(raisedText).join('; ') : 'none' },
    { id: 'signals-cleared', name: 'Signals cleared', value: changes.cleared.length ? changes.cleared.map(clearedText).join('; ') : 'none' },
  ];
}

/** The figures that moved, each with its name and its values before and now, as they read. */
export function movedFigures(changes: ReportChanges): { id: string; name: string; before: string; now: string }[] {
  return changes.figures.map((change) => {
    const figure = TRACKED_FIGURES.find((f) => f.id === change.id);
    const read = figure ? READ_AS[figure.kind] : (value: number | null) => decimal(value, 2);
    return { id: change.id, name: figure?.name ?? change.id, before: read(change.before), now: read(change.after) };
  });
}

/** "Since 13 Nov 2026, 08:00 UTC". */
export function sinceText(changes: ReportChanges): string {
  return `Since ${dateTime(changes.since)}`;
}

/** One point of the score over time: when, the score, the health, the points lost. */
export function historyRow(point: HistoryPoint): { when: string; score: string; health: string; lost: string } {
  return {
    when: dateTime(point.computedAt),
    score: scoreWithGaps(point.total, [], point.provisional),
    health: healthWord(point.trafficLight, point.provisional),
    lost: String(point.pointsLost),
  };
}

/**
 * "Top of the backlog changing often: Share of the top 10 kept from a week ago, below which the
 * signal shows is 40%, not 50% as by default" (shares as percentages, as the Settings form asks for them).
 */
export function customThresholdText(threshold: CustomThreshold): string {
  const signal = SIGNAL_DECLARATIONS.find((s) => s.id === threshold.signalId);
  const declared = (signal?.thresholds as Record<string, ThresholdDeclaration> | undefined)?.[threshold.threshold];
  const label = declared?.label ?? `${thresholdKey(threshold.signalId)} ${threshold.threshold}`;
  const shown = (value: number) => (declared && shownAsPercent(declared) ? percent(value) : decimal(value, 2));
  return `${signalNameOf(threshold.signalId)}: ${label} is ${shown(threshold.value)}, not ${shown(threshold.defaultValue)} as by default`;
}

/** The project's own settings as figures: its thresholds set away from their defaults, its signals switched off (none when it has none). */
export function ownSettingsFigures(report: Pick<Report, 'customThresholds' | 'score'>): Figure[] {
  return [
    ...(report.customThresholds.length ? [{ id: 'own-thresholds', name: OWN_THRESHOLDS, value: report.customThresholds.map(customThresholdText).join('; ') }] : []),
    ...(report.score.switchedOff.length ? [{ id: 'switched-off', name: SWITCHED_OFF, value: report.score.switchedOff.map((s) => signalNameOf(s.signalId)).join(', ') }] : []),
  ];
}
