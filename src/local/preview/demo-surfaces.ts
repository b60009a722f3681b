/**
 * What the preview shows around the app on the demo site: a few issues to open with the issue view
 * (per project, an item left unfinished by its last closed sprint, and the top of its backlog), and
 * the dashboard's two gadgets (one project; three side by side).
 */
import type { GroundTruth, Workspace } from '../workspace';
import type { PreviewGadget } from './types';

type Fields = { summary?: unknown; status?: { statusCategory?: { key?: unknown } }; issuetype?: { subtask?: unknown } };

export function demoIssues(workspace: Workspace, truth: GroundTruth): { key: string; summary: string }[] {
  const summaryOf = new Map(workspace.issues.map((issue) => [issue.key, String((issue.fields as Fields).summary ?? '')]));
  const picked: string[] = [];
  for (const project of workspace.projects) {
    const sprints = Object.entries(truth.projects[project.key]?.sprints ?? {}).sort(([a], [b]) => Number(a) - Number(b));
    const carried = sprints.length > 0 ? sprints[sprints.length - 1][1].notCompleted.issues[0] : undefined;
    if (carried) picked.push(carried);
    const top = workspace.issues
      .filter((issue) => issue.projectKey === project.key)
      .filter((issue) => {
        const fields = issue.fields as Fields;
        return fields.status?.statusCategory?.key !== 'done' && fields.issuetype?.subtask !== true;
      })
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
