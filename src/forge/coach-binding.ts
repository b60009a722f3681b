/**
 * Binding the coach's actions to Forge. Each `action` module of manifest.yml names a function whose
 * handler is made here; Forge calls it with the action's inputs (which the agent fills in from the
 * conversation) and, when the chat is opened on an issue or a project, `payload.context.jira` with
 * its project key; the person chatting is `context.principal.accountId`.
 *
 * The project is the one exception to "the project comes from the Forge context": a conversation
 * may ask about any project, so the `projectKey` input names it (else the chat's own project). It
 * is moved into the call context, and the resolver table's gate then asks Jira, as the person
 * chatting, whether they may browse it: the agent can name a project, never widen what its person
 * may see. Only the action's declared inputs reach the action; its payload check refuses bad ones.
 */
import type { ApiResult, ResolverDefs } from '../shared/api';
import { COACH_CONTRACTS } from '../shared/coach-contracts';
import { createApp } from './app';
import { forgeDeps, siteFromContext } from './resolvers';
import type { AppDeps, CallContext } from './types';

export type CoachAction = keyof typeof COACH_CONTRACTS;

const PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,99}$/;

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** The call of one action: who, about which project, with which inputs; or why it cannot be made. */
export function coachCallOf(action: CoachAction, payload: unknown, context: unknown): { ctx: CallContext; inputs: Record<string, unknown> } | { error: { code: string; message: string } } {
  const given = record(payload);
  const named = typeof given.projectKey === 'string' && given.projectKey.trim() !== '' ? given.projectKey.trim().toUpperCase() : null;
  const chatProject = record(record(given.context).jira).projectKey;
  const projectKey = named ?? (typeof chatProject === 'string' && chatProject !== '' ? chatProject : null);
  if (projectKey === null) return { error: { code: 'no-project', message: 'Say which project to look at: its key, such as FIX or SHOP.' } };
  if (!PROJECT_KEY.test(projectKey)) {
    return { error: { code: 'invalid-input', message: `"${projectKey.slice(0, 40)}" is not a Jira project key (such as FIX or SHOP).` } };
  }
  const inputs: Record<string, unknown> = {};
  for (const name of Object.keys(COACH_CONTRACTS[action].payload.properties)) if (name in given) inputs[name] = given[name];
  const accountId = record(record(context).principal).accountId;
  return { ctx: { accountId: typeof accountId === 'string' ? accountId : '', projectKey }, inputs };
}

/** One action as a Forge function handler (`export const x = coachAction('x')` in src/index.ts). */
export function coachAction<K extends CoachAction>(action: K, deps: (context: unknown) => AppDeps = (context) => forgeDeps(siteFromContext(context))) {
  return async (payload: unknown, context: unknown): Promise<ApiResult<ResolverDefs[K]['result']>> => {
    const call = coachCallOf(action, payload, context);
    if ('error' in call) return call;
    const resolvers = createApp(deps(context)).resolvers as unknown as Record<CoachAction, (p: unknown, c: CallContext) => Promise<ApiResult<ResolverDefs[K]['result']>>>;
    return resolvers[action](call.inputs, call.ctx);
  };
}
