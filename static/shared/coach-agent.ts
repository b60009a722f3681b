/** The coach's Rovo agent as manifest.yml declares it (`rovo:agent`); the manifest test holds the two together. */
export const COACH_AGENT = { key: 'backlog-health-coach', name: 'Backlog health coach' } as const;

/** The prompt the agent is opened with for a signal of a project ("Ask the coach" on a signal). */
export function coachPrompt(projectKey: string, signalTitle: string): string {
  return `In project ${projectKey}, the signal "${signalTitle}" shows. Show me its evidence and help me prepare the conversation with the team.`;
}
