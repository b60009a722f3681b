/**
 * What the preview shows around the app on the demo site: a few issues to open with the issue view
 * (per project, the last item a closed sprint left unfinished, and the top of its backlog), and the
 * dashboard's two gadgets (one project; three side by side).
 */
import type { GroundTruth, Workspace } from '../workspace';
import type { PreviewGadget } from './types';

type Fields = { summary?: unknown; status?: { statusCategory?: { key?: unknown } }; issuetype?: { subtask?: unknown } };

/** Not done, not a sub-task, and in no sprint that is running or planned: a backlog item. */
function inBacklog(fields: Fields, sprints: unknown): boolean {
  const planned = Array.isArray(sprints) && sprints.some((s) => (s as { state?: unknown }).state !== 'closed');
  return fields.status?.statusCategory?.key !== 'done' && fields.issuetype?.subtask !== true && !planned;
}

export function demoIssues(workspace: Workspace, truth: GroundTruth): { key: string; summary: string }[] {
  const summaryOf = new Map(workspace.issues.map((issue) => [issue.key, String((issue.fields as Fields).summary ?? '')]));
  const picked: string[] = [];
  for (const project of workspace.projects) {
    const sprints = Object.entries(truth.projects[project.key]?.sprints ?? {}).sort(([a], [b]) => Number(b) - Number(a));
    const carried = sprints.map(([, figures]) => figures.notCompleted.issues[0]).find((key) => key !== undefined);
    if (carried) picked.push(carried);
    const sprintField = workspace.fields.find((field) => field.name === 'Sprint')?.id ?? '';
    const top = workspace.issues
      .filter((issue) => issue.projectKey === project.key && inBacklog(issue.fields as Fields, issue.fields[sprintField]))
      .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))[0];
    if (top && top.key !== carried) picked.push(top.key);
  }
  return picked.map((key) => ({ key, summary: summaryOf.get(key) ?? '' }));
}

export function demoGadgets(projects: readonly { key: string }[]): PreviewGadget[] {
  return [
    { id: 'team', title: 'Our team', configuration: projects.length > 0 ? { projectKeys: [projects[0].key] } : null },
    { id: 'coach', title: 'Teams I coach', configuration: projects.length > 0 ? { projectKeys: projects.slice(0, 3).map((p) => p.key) } : null },
  ];
}
