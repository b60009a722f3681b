/**
 * One project's report as a FormatDocument: overview, score, signals, sprints, backlog, roles and
 * data quality. Every value is read from the report and only formatted, never derived.
 */
import type { Report } from '../../domain/report';
import type { Block, FormatDocument, Section } from './document';
import { left, right } from './document';
import { AREA_WORD, ROLE_WORD, SEVERITY_WORD, lightTone, severityTone } from './labels';
import { lightText, scoreOutOf100 } from './portfolio';
import { dateTime, day, listOrNone, personName } from './numbers';
import { backlogSection } from './report-backlog';
import { rolesSection } from './report-roles';
import { sprintsSection } from './report-sprints';
import { sprintNameLookup } from './lookups';

export function reportDocument(report: Report): FormatDocument {
  const sections: Section[] = [overviewSection(report), signalsSection(report)];
  const sprints = sprintsSection(report);
  if (sprints) sections.push(sprints);
  const backlog = backlogSection(report);
  if (backlog) sections.push(backlog);
  sections.push(rolesSection(report), dataQualitySection(report));
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
      {
        label: 'Health score',
        value: { text: score.total === null ? 'not assessed' : `${score.total} of 100 (${lightText(score.trafficLight)})`, tone: lightTone(score.trafficLight) },
      },
      { label: 'Backlog', value: scoreOutOf100(score.backlog, ' of 100') },
      { label: 'Sprints', value: scoreOutOf100(score.sprints, ' of 100') },
      { label: 'Roles', value: scoreOutOf100(score.roles, ' of 100') },
      { label: 'Board', value: report.board ? `${report.board.name} (${report.board.type}, id ${report.board.id})` : 'no board found' },
    ],
  });
  for (const limitation of report.capabilities.limitations) blocks.push({ kind: 'text', tone: 'muted', text: limitation });
  blocks.push({
    kind: 'table',
    columns: [left('Points lost to'), left('Area'), left('Severity'), right('Points')],
    rows: score.deductions.map((d) => [titleOf(d.signalId), AREA_WORD[d.area], { text: SEVERITY_WORD[d.severity], tone: severityTone(d.severity) }, `-${d.points}`]),
    empty: 'No points lost: no signal raised a warning or a critical concern.',
  });
  return { title: 'Overview', id: 'overview', blocks };
}

function signalsSection(report: Report): Section {
  const sprintNames = sprintNameLookup(report);
  const items = report.signals.map((signal) => {
    const evidence: string[] = [];
    if (signal.evidence.issueKeys.length) evidence.push(`issues ${signal.evidence.issueKeys.join(', ')}`);
    if (signal.evidence.sprintIds.length) evidence.push(`sprints ${signal.evidence.sprintIds.map(sprintNames).join(', ')}`);
    if (signal.evidence.people.length) evidence.push(`people ${signal.evidence.people.map((id) => personName(report.people, id)).join(', ')}`);
    if (signal.evidence.dates.length) evidence.push(`dates ${signal.evidence.dates.map(day).join(', ')}`);
    return {
      title: `${SEVERITY_WORD[signal.severity]}: ${signal.title}`,
      tone: severityTone(signal.severity),
      lines: [
        { label: 'For', text: `${[signal.role, ...signal.alsoFor].map((role) => ROLE_WORD[role]).join(' and ')} (${AREA_WORD[signal.area].toLowerCase()}, signal ${signal.id})` },
        { label: 'What we see', text: signal.observation },
        { label: 'Evidence', text: listOrNone(evidence, '; ') },
        { label: 'A question for the team', text: signal.question },
        { label: 'Rule', text: signal.rule },
      ],
    };
  });
  const blocks: Block[] = [{ kind: 'items', items, empty: 'No signals: nothing in the data calls for a conversation right now.' }];
  if (report.silentSignals.length) {
    blocks.push({ kind: 'heading', text: 'Signals that could not be checked' });
    blocks.push({
      kind: 'table',
      columns: [left('Signal'), left('Why not')],
      rows: report.silentSignals.map((s) => [s.id, s.reason]),
      empty: '',
    });
  }
  return { title: 'Signals', id: 'signals', blocks };
}

function dataQualitySection(report: Report): Section {
  return {
    title: 'Data quality',
    id: 'data-quality',
    blocks: [
      {
        kind: 'table',
        columns: [left('Note'), left('Where'), left('What it means')],
        rows: report.dataQuality.map((note) => [note.code, noteLocation(note), note.message]),
        empty: 'Nothing in the data looked untrustworthy.',
      },
    ],
  };
}

function noteLocation(note: Report['dataQuality'][number]): string {
  const where: string[] = [];
  if (note.issueKey) where.push(note.issueKey);
  if (note.sprintId !== undefined) where.push(`sprint ${note.sprintId}`);
  if (note.fieldId) where.push(`field ${note.fieldId}`);
  return where.length ? where.join(', ') : '–';
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
