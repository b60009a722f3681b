/**
 * Payload checks for every resolver: the payload schema of its contract (src/shared/resolver-contracts.ts),
 * compiled once with ajv. Unknown keys and wrong types are refused with `invalid-input`; so is a
 * payload that names a project (the project comes from the Forge context).
 */
import Ajv, { type ValidateFunction } from 'ajv';
import type { ApiError, ResolverName } from '../shared/api';
import { RESOLVER_CONTRACTS } from '../shared/resolver-contracts';

const ajv = new Ajv({ allErrors: true, strict: true });
const validators = new Map<string, ValidateFunction>(
  Object.entries(RESOLVER_CONTRACTS).map(([name, contract]) => [name, ajv.compile(contract.payload)]),
);

/** null when the payload fits the resolver's schema; otherwise the error to answer with. */
export function checkPayload(name: ResolverName, payload: unknown): ApiError | null {
  const validate = validators.get(name);
  if (!validate) return { code: 'invalid-input', message: `There is no call named "${name}".` };
  // Forge sends an absent payload as undefined; treat it as {}.
  if (validate(payload === undefined || payload === null ? {} : payload)) return null;
  const fieldErrors = (validate.errors ?? []).map((e) => ({
    path: e.instancePath || '/',
    message: e.keyword === 'additionalProperties' ? `"${String(e.params.additionalProperty)}" is not expected here` : (e.message ?? 'is not valid'),
  }));
  return { code: 'invalid-input', message: 'The request did not have the expected shape.', fieldErrors };
}
