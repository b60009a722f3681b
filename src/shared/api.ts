/**
 * The resolver contract as types, for the Custom UI (static/*) and the Forge shell alike: every
 * type here is derived from the schemas of resolver-contracts.ts, imported as types only, so the
 * pages' bundle holds none of them. Resolvers answer with data or with an error value, never by
 * throwing (Forge flattens thrown errors on their way to the UI).
 */
import type { Static, TSchema } from '@sinclair/typebox';
import type {
  ApiErrorSchema,
  BoardSummarySchema,
  PersonSummarySchema,
  PortfolioRowSchema,
  RESOLVER_CONTRACTS,
  RefreshStatusSchema,
} from './resolver-contracts';

export type ApiError = Static<typeof ApiErrorSchema>;
export type RefreshStatus = Static<typeof RefreshStatusSchema>;
export type BoardSummary = Static<typeof BoardSummarySchema>;
export type PersonSummary = Static<typeof PersonSummarySchema>;
export type PortfolioRow = Static<typeof PortfolioRowSchema>;

export type ApiResult<T> = T | { error: ApiError };

type Contracts = typeof RESOLVER_CONTRACTS;
/** A payload without properties is typed as "nothing may be sent", not as "anything". */
type PayloadOf<S extends TSchema> = keyof Static<S> extends never ? Record<string, never> : Static<S>;

export type ResolverName = keyof Contracts;

/** Every resolver: its payload and its successful result. */
export type ResolverDefs = { [K in ResolverName]: { payload: PayloadOf<Contracts[K]['payload']>; result: Static<Contracts[K]['result']> } };

export function isApiError(value: unknown): value is { error: ApiError } {
  return typeof value === 'object' && value !== null && 'error' in value && typeof (value as { error: unknown }).error === 'object';
}
