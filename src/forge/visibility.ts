/**
 * Issue-level evidence in a report, filtered to what one viewer may see. Reports are computed as
 * the app, which can see more than a given user (issue security levels). Before a report is
 * served, every issue key in it is checked as the user, and anything about an issue they cannot
 * see is left out: lists lose the key, items with a summary are dropped, and a key named in
 * a signal's words is replaced by "a hidden issue". Totals and points stay as computed.
 */
import type { BacklogSection, HygieneNote, IssueSet, Report, RunningSprint, SprintFigures, SprintIssueRow, SprintRecord } from '../domain/report';

const HIDDEN = 'a hidden issue';

function setKeys(set: IssueSet): string[] {
  return set.issues;
}

function sprintKeys(sprint: SprintFigures): string[] {
  return [
    ...setKeys(sprint.committed), ...setKeys(sprint.added), ...setKeys(sprint.removed),
    ...setKeys(sprint.completed), ...setKeys(sprint.notCompleted), ...setKeys(sprint.doneBeforeStart),
    ...sprint.estimateChanges.map((c) => c.issueKey), ...sprint.scopeChanges.map((c) => c.issueKey),
    ...sprint.subtasks.committed, ...sprint.subtasks.added, ...sprint.subtasks.completed, ...sprint.subtasks.notCompleted,
    ...sprint.impediments.map((p) => p.issueKey), ...sprint.reopened.map((r) => r.issueKey),
    ...detailKeys(sprint.record, sprint.issues ?? [], sprint.hygiene),
  ];
}

function detailKeys(record: SprintRecord, rows: readonly SprintIssueRow[], hygiene: readonly HygieneNote[]): string[] {
  return [...record.differences.map((d) => d.issueKey), ...rows.map((row) => row.key), ...hygiene.flatMap((note) => note.issueKeys)];
}

function runningKeys(running: RunningSprint): string[] {
  return [
    ...setKeys(running.committed), ...setKeys(running.added), ...setKeys(running.removed), ...setKeys(running.done), ...setKeys(running.notDone), ...setKeys(running.doneBeforeStart),
    ...running.atRisk.map((item) => item.issueKey), ...detailKeys(running.record, running.issues, running.hygiene),
  ];
}

/** Every issue key the report mentions in a structured place, without repeats. */
export function issueKeysIn(report: Report): string[] {
  const keys: string[] = [];
  for (const signal of report.signals) keys.push(...signal.evidence.issueKeys);
  for (const note of report.dataQuality) if (note.issueKey) keys.push(note.issueKey);
  if (report.sprints) {
    for (const sprint of report.sprints.closed) keys.push(...sprintKeys(sprint));
    keys.push(...report.sprints.carryOverChains.map((c) => c.issueKey));
    keys.push(...(report.sprints.active?.impediments ?? []).map((p) => p.issueKey));
    if (report.sprints.active) keys.push(...runningKeys(report.sprints.active.running));
  }
  if (report.backlog) {
    const b = report.backlog;
    keys.push(...b.nearTerm.map((i) => i.key), ...b.overSpecification.detailedKeys, ...b.strip.map((s) => s.key), ...b.stale.keys, ...b.newItems.keys);
    const week = b.ordering.weekAgo;
    if (week) keys.push(...week.keptKeys, ...week.fellKeys, ...week.leftKeys, ...week.newcomerKeys);
  }
  if (report.flow) {
    const f = report.flow;
    keys.push(...f.cycleTime.finished.map((i) => i.issueKey), ...f.ageing.map((i) => i.issueKey), ...f.finishedWithoutStart, ...f.movedBackward, ...f.movedAfterDone);
  }
  keys.push(...report.roles.productOwnerAssignments.map((c) => c.issueKey), ...report.roles.scrumMasterRankChanges.map((c) => c.issueKey));
  return [...new Set(keys)];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A copy of the report holding only issue keys in `visible`. */
export function filterReportForViewer(report: Report, visible: ReadonlySet<string>): Report {
  const hidden = issueKeysIn(report).filter((key) => !visible.has(key));
  if (hidden.length === 0) return report;
  const isVisible = (key: string) => visible.has(key);
  const keep = (keys: string[]) => keys.filter(isVisible);
  const keepSet = (set: IssueSet): IssueSet => ({ ...set, issues: keep(set.issues) });
  const hiddenPattern = new RegExp(`\\b(${hidden.map(escapeRegExp).join('|')})\\b`, 'g');
  const scrub = (text: string) => text.replace(hiddenPattern, HIDDEN);
  const keepRecord = (record: SprintRecord): SprintRecord => ({ ...record, differences: record.differences.filter((d) => isVisible(d.issueKey)) });
  const keepRows = (rows: SprintIssueRow[]) => rows.filter((row) => isVisible(row.key));
  // A hygiene note keeps its effect (it names no issue) with the keys the viewer may see.
  const keepHygiene = (notes: HygieneNote[]) => notes.map((note) => ({ ...note, issueKeys: keep(note.issueKeys) })).filter((note) => note.issueKeys.length > 0);
  const keepRunning = (running: RunningSprint): RunningSprint => ({
    ...running,
    committed: keepSet(running.committed),
    added: keepSet(running.added),
    removed: keepSet(running.removed),
    done: keepSet(running.done),
    notDone: keepSet(running.notDone),
    doneBeforeStart: keepSet(running.doneBeforeStart),
    atRisk: running.atRisk.filter((item) => isVisible(item.issueKey)),
    record: keepRecord(running.record),
    issues: keepRows(running.issues),
    hygiene: keepHygiene(running.hygiene),
  });

  return {
    ...report,
    signals: report.signals.map((signal) => ({
      ...signal,
      title: scrub(signal.title),
      observation: scrub(signal.observation),
      question: scrub(signal.question),
      evidence: { ...signal.evidence, issueKeys: keep(signal.evidence.issueKeys) },
    })),
    // A note may name more keys in its words than the one it is filed under.
    dataQuality: report.dataQuality.filter((note) => !note.issueKey || isVisible(note.issueKey)).map((note) => ({ ...note, message: scrub(note.message) })),
    sprints: report.sprints && {
      ...report.sprints,
      closed: report.sprints.closed.map((sprint) => ({
        ...sprint,
        committed: keepSet(sprint.committed),
        added: keepSet(sprint.added),
        removed: keepSet(sprint.removed),
        completed: keepSet(sprint.completed),
        notCompleted: keepSet(sprint.notCompleted),
        doneBeforeStart: keepSet(sprint.doneBeforeStart),
        estimateChanges: sprint.estimateChanges.filter((c) => isVisible(c.issueKey)),
        scopeChanges: sprint.scopeChanges.filter((c) => isVisible(c.issueKey)),
        subtasks: {
          committed: keep(sprint.subtasks.committed),
          added: keep(sprint.subtasks.added),
          completed: keep(sprint.subtasks.completed),
          notCompleted: keep(sprint.subtasks.notCompleted),
        },
        impediments: sprint.impediments.filter((p) => isVisible(p.issueKey)),
        reopened: sprint.reopened.filter((r) => isVisible(r.issueKey)),
        record: keepRecord(sprint.record),
        issues: sprint.issues && keepRows(sprint.issues),
        hygiene: keepHygiene(sprint.hygiene),
      })),
      carryOverChains: report.sprints.carryOverChains.filter((c) => isVisible(c.issueKey)),
      active: report.sprints.active && {
        ...report.sprints.active,
        impediments: report.sprints.active.impediments.filter((p) => isVisible(p.issueKey)),
        running: keepRunning(report.sprints.active.running),
      },
    },
    backlog: report.backlog && {
      ...report.backlog,
      nearTerm: report.backlog.nearTerm.filter((item) => isVisible(item.key)),
      overSpecification: { ...report.backlog.overSpecification, detailedKeys: keep(report.backlog.overSpecification.detailedKeys) },
      strip: report.backlog.strip.filter((item) => isVisible(item.key)),
      stale: { ...report.backlog.stale, keys: keep(report.backlog.stale.keys) },
      newItems: { ...report.backlog.newItems, keys: keep(report.backlog.newItems.keys) },
      ordering: { ...report.backlog.ordering, weekAgo: weekAgoFor(report.backlog.ordering.weekAgo, keep) },
    },
    flow: report.flow && {
      ...report.flow,
      cycleTime: { ...report.flow.cycleTime, finished: report.flow.cycleTime.finished.filter((item) => isVisible(item.issueKey)) },
      ageing: report.flow.ageing.filter((item) => isVisible(item.issueKey)),
      finishedWithoutStart: keep(report.flow.finishedWithoutStart),
      movedBackward: keep(report.flow.movedBackward),
      movedAfterDone: keep(report.flow.movedAfterDone),
    },
    roles: {
      ...report.roles,
      productOwnerAssignments: report.roles.productOwnerAssignments.filter((c) => isVisible(c.issueKey)),
      scrumMasterRankChanges: report.roles.scrumMasterRankChanges.filter((c) => isVisible(c.issueKey)),
    },
  };
}

/** The week-ago comparison's lists of keys, kept to the visible ones (its counts stay as computed). */
function weekAgoFor(week: BacklogSection['ordering']['weekAgo'], keep: (keys: string[]) => string[]): BacklogSection['ordering']['weekAgo'] {
  if (!week) return null;
  return { ...week, keptKeys: keep(week.keptKeys), fellKeys: keep(week.fellKeys), leftKeys: keep(week.leftKeys), newcomerKeys: keep(week.newcomerKeys) };
}
