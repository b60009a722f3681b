/**
 * Payload checks for every resolver: a JSON Schema each, compiled once with ajv. Unknown keys and
 * wrong types are refused with `invalid-input`. The project never travels in a payload (it comes
 * from the Forge context), so a payload that names one is refused too.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import type { ApiError, ResolverName } from '../shared/api';

const EMPTY = { type: 'object', additionalProperties: false, properties: {} } as const;
const BOARD = {
  type: 'object',
  additionalProperties: false,
  properties: { boardId: { type: 'integer', minimum: 1 } },
} as const;

export const PAYLOAD_SCHEMAS: Record<ResolverName, object> = {
  getProjectSummary: EMPTY,
  getReport: BOARD,
  refresh: BOARD,
  getRefreshStatus: BOARD,
  getSettings: EMPTY,
  // The settings themselves are checked by validateSettings, which names each bad field.
  saveSettings: { type: 'object', additionalProperties: false, required: ['settings'], properties: { settings: {} } },
  searchPeople: {
    type: 'object',
    additionalProperties: false,
    required: ['query'],
    properties: { query: { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S' } },
  },
  getPortfolio: EMPTY,
  refreshPortfolio: EMPTY,
};

const ajv = new Ajv({ allErrors: true, strict: true });
const validators = new Map<ResolverName, ValidateFunction>(
  (Object.keys(PAYLOAD_SCHEMAS) as ResolverName[]).map((name) => [name, ajv.compile(PAYLOAD_SCHEMAS[name])]),
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
