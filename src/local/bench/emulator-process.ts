/**
 * Child process of one benchmark size: generates the sized project, serves it with the emulator at
 * the asked latency, and answers the measuring process over IPC. Kept apart so the emulator's CPU
 * and memory (it plays Jira) are not counted as the app's.
 *
 * Messages in: { type: 'start', issues, closedSprints, seed, now, latencyMs },
 *              { type: 'minimum', boardId, changelogFieldIds }, { type: 'stop' }.
 * Messages out: { type: 'ready', url, email, apiToken, projectKey },
 *               { type: 'minimum', breakdown, input }, { type: 'error', message }.
 */
import { generateSizedProject } from '../demo';
import { startEmulator, type Emulator } from '../emulator';
import type { Workspace } from '../workspace';
import { minimumInputFor, minimumRequests } from './minimum';

let emulator: Emulator | null = null;
let workspace: Workspace | null = null;

function reply(message: unknown): void {
  process.send?.(message);
}

process.on('message', (raw: unknown) => {
  const message = raw as Record<string, unknown>;
  void (async () => {
    try {
      if (message.type === 'start') {
        workspace = generateSizedProject({ issues: Number(message.issues), closedSprints: Number(message.closedSprints), seed: Number(message.seed), now: new Date(String(message.now)) }).workspace;
        emulator = await startEmulator({ workspace, faults: { latencyMs: Number(message.latencyMs) } });
        const user = workspace.users[0];
        reply({ type: 'ready', url: emulator.url, email: user.emailAddress, apiToken: user.apiToken, projectKey: workspace.projects[0].key });
      } else if (message.type === 'minimum') {
        if (!workspace) throw new Error('The emulator has not started yet.');
        const input = minimumInputFor(workspace, workspace.projects[0].key, Number(message.boardId), message.changelogFieldIds as string[]);
        reply({ type: 'minimum', input, breakdown: minimumRequests(input) });
      } else if (message.type === 'stop') {
        await emulator?.stop();
        process.exit(0);
      }
    } catch (error) {
      reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
process.on('disconnect', () => process.exit(0));
