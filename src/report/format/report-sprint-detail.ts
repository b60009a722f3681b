/**
 * The sprint in detail, for the CLI's formats and the one-project CSV: velocity, the running sprint
 * (its figures, how they were made, items at risk, each issue) and the last closed sprint (how its
 * figures were made, where record and replay differ, each issue, what bends its figures). Values are
 * read from the report and only formatted, with the columns every surface shares (sprint-detail.ts).
 */
import type { HygieneNote, Report, SprintIssueRow, SprintRecord, SprintSection } from '../../domain/report';
import { HYGIENE_NAME, RECORD_WORD, SPRINT_FIELD_WORD, recordSourceOf, dateTime, lastClosedSprints, personName, sized, sprintNamer } from '../../vocabulary';
import type { Block, Cell } from './document';
import { left, right } from './document';
import { issueRun, issueRuns } from './links';
import { VELOCITY_COLUMNS, riskReasons, runningFigures, sprintFieldValue, sprintIssueColumns } from './sprint-detail';

/** One line of the one-project CSV: section, subject, figure, value. */
export type CsvLine = [string, string, string, string];

function recordWord(record: SprintRecord): string {
  return RECORD_WORD[recordSourceOf(record)];
}

function velocityBlocks(section: SprintSection): Block[] {
  const { velocity } = section;
  if (velocity.sprints.length === 0) return [];
  return [
    { kind: 'heading', text: `Velocity, ${lastClosedSprints(velocity.sprints.length)}` },
    {
      kind: 'table',
      columns: VELOCITY_COLUMNS.map((column) => (column.numeric ? right(column.header) : left(column.header))),
      rows: velocity.sprints.map((point) => VELOCITY_COLUMNS.map((column) => column.value(point, velocity.unit))),
      empty: '',
    },
    { kind: 'text', text: `Completed on average: ${sized(velocity.averageCompleted, velocity.unit)} a sprint.` },
  ];
}

function recordBlocks(report: Report, record: SprintRecord): Block[] {
  const blocks: Block[] = [{ kind: 'facts', facts: [{ label: 'How these figures were made', value: record.note }] }];
  if (record.differences.length > 0) {
    blocks.push({ kind: 'table', columns: [left('Issue'), left('Why the app’s record and the replay differ')], rows: record.differences.map((d) => [issueRun(report.site, d.issueKey), d.reason]), empty: '' });
  }
  if (record.changes.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [left('When'), left('What changed'), left('From'), left('To'), left('By')],
      rows: record.changes.map((c) => [dateTime(c.at), SPRINT_FIELD_WORD[c.field], sprintFieldValue(c, c.from), sprintFieldValue(c, c.to), personName(report.people, c.by)]),
      empty: '',
    });
  }
  return blocks;
}

function issueBlock(report: Report, rows: readonly SprintIssueRow[], running: boolean): Block {
  const columns = sprintIssueColumns(running);
  return {
    kind: 'table',
    columns: columns.map((column) => (column.numeric ? right(column.header) : left(column.header))),
    rows: rows.map((row) => columns.map((column): Cell => (column.id === 'key' ? issueRun(report.site, row.key) : column.value(row, report.people)))),
    empty: 'No issue was in this sprint.',
  };
}

function hygieneBlock(report: Report, notes: readonly HygieneNote[]): Block {
  return {
    kind: 'items',
    items: notes.map((note) => ({
      title: `What bends the figures: ${HYGIENE_NAME[note.kind]}`,
      lines: [
        { label: 'Items', text: issueRuns(report.site, note.issueKeys) },
        { label: 'What it does', text: note.effect },
        ...(note.jiraDiffers ? [{ label: 'Against Jira’s sprint report', text: note.jiraDiffers }] : []),
      ],
    })),
    empty: 'Nothing in how this sprint was run bends its figures.',
  };
}

/** Velocity, the running sprint and the last closed sprint in detail. */
export function sprintDetailBlocks(report: Report, section: SprintSection): Block[] {
  const blocks = velocityBlocks(section);
  const active = section.active;
  if (active) {
    const sprintName = sprintNamer(report);
    blocks.push(
      { kind: 'heading', text: `Running now: ${active.name}` },
      { kind: 'facts', facts: runningFigures(active.running).map((figure) => ({ label: figure.name, value: figure.value })) },
      ...recordBlocks(report, active.running.record),
      {
        kind: 'table',
        columns: [left('At risk'), left('Summary'), left('Why')],
        rows: active.running.atRisk.map((item) => [issueRun(report.site, item.issueKey), item.summary, riskReasons(item, sprintName)]),
        empty: 'No open item is flagged, late to start or carried over from an earlier sprint.',
      },
      issueBlock(report, active.running.issues, true),
      hygieneBlock(report, active.running.hygiene),
    );
  }
  const last = section.closed[section.closed.length - 1];
  if (last) {
    blocks.push({ kind: 'heading', text: `Sprint report: ${last.name}` }, ...recordBlocks(report, last.record));
    if (last.issues) blocks.push(issueBlock(report, last.issues, false));
    blocks.push(hygieneBlock(report, last.hygiene));
  }
  return blocks;
}

/** The same, as lines of the one-project CSV. */
export function sprintDetailCsv(report: Report, section: SprintSection): CsvLine[] {
  const lines: CsvLine[] = [];
  for (const point of section.velocity.sprints) {
    for (const column of VELOCITY_COLUMNS.slice(1)) lines.push(['Velocity', point.name, column.header, column.value(point, section.velocity.unit)]);
  }
  const sprintLines = (name: string, record: SprintRecord, rows: readonly SprintIssueRow[] | null, hygiene: readonly HygieneNote[], running: boolean) => {
    lines.push(['Sprint figures from', name, recordWord(record), record.note]);
    for (const d of record.differences) lines.push(['Record and replay differ', d.issueKey, name, d.reason]);
    const columns = sprintIssueColumns(running).filter((column) => column.id !== 'key');
    for (const row of rows ?? []) for (const column of columns) lines.push([`Each issue of ${name}`, row.key, column.header, column.value(row, report.people)]);
    for (const note of hygiene) {
      lines.push(['What bends the figures', name, HYGIENE_NAME[note.kind], note.effect]);
      lines.push(['What bends the figures', name, `${HYGIENE_NAME[note.kind]}: items`, note.issueKeys.join(', ')]);
      if (note.jiraDiffers) lines.push(['What bends the figures', name, `${HYGIENE_NAME[note.kind]}: against Jira’s sprint report`, note.jiraDiffers]);
    }
  };
  const active = section.active;
  if (active) {
    for (const figure of runningFigures(active.running)) lines.push(['Running sprint', active.name, figure.name, figure.value]);
    const sprintName = sprintNamer(report);
    for (const item of active.running.atRisk) lines.push(['At risk', item.issueKey, active.name, riskReasons(item, sprintName)]);
    sprintLines(active.name, active.running.record, active.running.issues, active.running.hygiene, true);
  }
  const last = section.closed[section.closed.length - 1];
  if (last) sprintLines(last.name, last.record, last.issues, last.hygiene, false);
  return lines;
}
