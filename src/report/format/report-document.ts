/**
 * One project's report as a FormatDocument: overview, score, signals, sprints, backlog, roles and
 * data quality. Every value is read from the report and only formatted, never derived.
 */
import type { Report } from '../../domain/report';
import {
  AREA_NAME,
  FIGURE,
  NOT_APPLICABLE_HEADING,
  NOT_CHECKED_HEADING,
  SCORE_OVER_TIME,
  SEVERITY_NAME,
  SWITCHED_OFF_HEADING,
  bySeverity,
  dateTime,
  day,
  listInWords,
  personName,
  rolesInWords,
  sprintNamer,
  type SettingsWindows,
} from '../../vocabulary';
import type { Block, Cell, FormatDocument, Section } from './document';
import { left, right } from './document';
import { scoreFigures } from './figures';
import { changedSignals, historyRow, movedFigures, ownSettingsFigures, sinceText } from './changes';
import { signalNameOf } from '../../signals/declarations';
import { issueRun, issueRuns } from './links';
import { backlogSection } from './report-backlog';
import { flowSection } from './report-flow';
import { rolesSection } from './report-roles';
import { sprintsSection } from './report-sprints';

export function reportDocument(report: Report, windows: SettingsWindows): FormatDocument {
  const sections: Section[] = [overviewSection(report), historySection(report), signalsSection(report)];
  const sprints = sprintsSection(report);
  if (sprints) sections.push(sprints);
  const backlog = backlogSection(report, windows);
  if (backlog) sections.push(backlog);
  const flow = flowSection(report);
  if (flow) sections.push(flow);
  sections.push(rolesSection(report, windows), dataQualitySection(report));
  return {
    title: `Backlog health: ${report.project.name} (${report.project.key})`,
    subtitle: [...(report.site ? [`Site ${report.site}`] : []), `Computed ${dateTime(report.computedAt)}`],
    sections: sections.map((section) => ({ ...section, id: `${report.project.key}-${section.id ?? slug(section.title)}` })),
  };
}

function overviewSection(report: Report): Section {
  const { score } = report;
  const titleOf = (signalId: string) => report.signals.find((s) => s.id === signalId)?.title ?? signalId;
  const blocks: Block[] = [];
  if (report.partial) {
    blocks.push({ kind: 'text', tone: 'warning', text: `This report is partial: ${report.partial.reason}` });
  }
  blocks.push({
    kind: 'facts',
    facts: [
      ...scoreFigures(score).map((figure): { label: string; value: Cell } => ({
        label: figure.name,
        value: figure.id === 'health' && score.trafficLight ? { text: figure.value, tone: score.trafficLight } : figure.value,
      })),
      { label: 'Board', value: report.board ? `${report.board.name} (${report.board.type}, id ${report.board.id})` : 'no board found' },
      ...ownSettingsFigures(report).map((figure) => ({ label: figure.name, value: figure.value })),
    ],
  });
  for (const limitation of report.capabilities.limitations) blocks.push({ kind: 'text', tone: 'muted', text: limitation });
  blocks.push({
    kind: 'table',
    columns: [left('Signal'), left('Area'), left('Severity'), right('Points lost')],
    rows: score.deductions.map((d) => [titleOf(d.signalId), AREA_NAME[d.area], { text: SEVERITY_NAME[d.severity], tone: d.severity }, String(d.points)]),
    empty: 'No points lost: no signal raised a warning or a critical concern.',
  });
  return { title: 'Overview', id: 'overview', blocks };
}

function signalsSection(report: Report): Section {
  const sprintName = sprintNamer(report);
  const items = [...report.signals].sort(bySeverity).map((signal) => {
    const { evidence } = signal;
    const lines: { label: string; text: Cell }[] = [
      { label: 'For', text: `${rolesInWords(signal.role, signal.alsoFor)} (${AREA_NAME[signal.area].toLowerCase()})` },
      { label: 'What we see', text: signal.observation },
    ];
    if (evidence.issueKeys.length) lines.push({ label: 'Items', text: issueRuns(report.site, evidence.issueKeys) });
    if (evidence.sprintIds.length) lines.push({ label: 'Sprints', text: evidence.sprintIds.map(sprintName).join(', ') });
    if (evidence.people.length) lines.push({ label: 'People', text: listInWords(evidence.people.map((id) => personName(report.people, id))) });
    if (evidence.dates.length) lines.push({ label: 'Dates', text: evidence.dates.map(day).join(', ') });
    lines.push({ label: 'A question for the team', text: signal.question }, { label: 'Fires when', text: signal.rule });
    return { title: `${SEVERITY_NAME[signal.severity]}: ${signal.title}`, tone: signal.severity, lines };
  });
  const blocks: Block[] = [{ kind: 'items', items, empty: 'No signals: nothing in the data calls for a conversation right now.' }];
  const unevaluated: [string, { id: string; reason: string }[]][] = [
    [NOT_CHECKED_HEADING, report.silentSignals],
    [NOT_APPLICABLE_HEADING, report.notApplicableSignals],
    [SWITCHED_OFF_HEADING, report.score.switchedOff.map((s) => ({ id: s.signalId, reason: 'switched off in the project\'s settings' }))],
  ];
  for (const [heading, signals] of unevaluated) {
    if (signals.length === 0) continue;
    blocks.push({ kind: 'heading', text: heading });
    blocks.push({ kind: 'table', columns: [left('Signal'), left('Why not')], rows: signals.map((s) => [signalNameOf(s.id), s.reason]), empty: '' });
  }
  return { title: 'Signals', id: 'signals', blocks };
}

/** What changed since the last refresh, and the score over time. */
function historySection(report: Report): Section {
  const { changes, points } = report.history;
  const blocks: Block[] = [];
  if (changes === null) {
    blocks.push({ kind: 'text', tone: 'muted', text: 'This is the first report of this board: there is nothing to compare it with yet.' });
  } else {
    blocks.push({ kind: 'heading', text: sinceText(changes) });
    blocks.push({ kind: 'facts', facts: changedSignals(changes).map((figure) => ({ label: figure.name, value: figure.value })) });
    blocks.push({
      kind: 'table',
      columns: [left('Figure that moved'), right('Before'), right('Now')],
      rows: movedFigures(changes).map((figure) => [figure.name, figure.before, figure.now]),
      empty: 'No figure moved.',
    });
  }
  blocks.push({ kind: 'heading', text: SCORE_OVER_TIME });
  blocks.push({
    kind: 'table',
    columns: [left('Computed'), right(FIGURE.healthScore), left(FIGURE.health), right('Points lost')],
    rows: points.map(historyRow).map((row) => [row.when, row.score, row.health, row.lost]),
    empty: '',
  });
  return { title: FIGURE.sinceLastRefresh, id: 'changes', blocks };
}

function dataQualitySection(report: Report): Section {
  return {
    title: 'Data quality',
    id: 'data-quality',
    blocks: [
      {
        kind: 'table',
        columns: [left('Note'), left('Where'), left('What it means')],
        rows: report.dataQuality.map((note) => [note.code, noteLocation(report, note), note.message]),
        empty: 'Nothing in the data looked untrustworthy.',
      },
    ],
  };
}

function noteLocation(report: Report, note: Report['dataQuality'][number]): Cell {
  const where: Cell[] = [];
  if (note.issueKey) where.push(issueRun(report.site, note.issueKey));
  if (note.sprintId !== undefined) where.push(sprintNamer(report)(note.sprintId));
  if (note.fieldId) where.push(`field ${note.fieldId}`);
  if (where.length === 0) return '–';
  return where.flatMap((cell, index) => (index === 0 ? [cell] : [', ', cell])).flat();
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
