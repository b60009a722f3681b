/**
 * The UI's only way to the backend: a typed wrapper around `invoke` from @forge/bridge.
 * Resolvers answer `{ error }` values instead of throwing; this wrapper turns them back into exceptions.
 */
import { invoke } from '@forge/bridge';
import { isApiError, type ApiError, type ResolverDefs, type ResolverName } from '../../src/shared/api';

export class ResolverError extends Error {
  readonly code: string;
  readonly fieldErrors: NonNullable<ApiError['fieldErrors']>;

  constructor(readonly resolver: string, error: ApiError) {
    super(error.message || `The app could not complete "${resolver}".`);
    this.name = 'ResolverError';
    this.code = error.code || 'internal';
    this.fieldErrors = Array.isArray(error.fieldErrors) ? error.fieldErrors : [];
  }
}

export async function callResolver<K extends ResolverName>(
  name: K,
  payload: ResolverDefs[K]['payload'],
): Promise<ResolverDefs[K]['result']> {
  let answer: unknown;
  try {
    answer = await invoke(name, payload as Record<string, unknown>);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new ResolverError(name, { code: 'unreachable', message: `The app's backend did not answer (${message}).` });
  }
  if (isApiError(answer)) throw new ResolverError(name, answer.error);
  if (answer === undefined || answer === null) {
    throw new ResolverError(name, { code: 'internal', message: `The app's backend sent an empty answer to "${name}".` });
  }
  return answer as ResolverDefs[K]['result'];
}
