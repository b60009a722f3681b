/**
 * The contract check: each request the app sends and each answer it gets, judged against Jira's
 * OpenAPI specs (src/local/emulator/spec-files.ts says where they are).
 *
 * - The operation must be in the specs.
 * - Path parameters, and every query parameter: declared by the operation and of its type (enum and
 *   bounds included); the required ones present.
 * - The request body: against the operation's request schema, with no property the spec does not name.
 * - A 2xx body: against that status's response schema, with no property the spec does not name.
 * - An error body: against the status's own schema where the spec gives one, else ErrorCollection
 *   (Jira's error shape on every endpoint), and with at least one message. A status the operation
 *   does not declare is a violation, except 401, 429 and 5xx, which any Jira endpoint may answer.
 *
 * Known gaps of the specs are patched here, each saying why: KNOWN_SPEC_GAPS,
 * SCHEMAS_FROM_EXAMPLES (the sprint list and one sprint), and the comma-list parameters (contract-operations.ts).
 */
import type { ValidateFunction } from 'ajv';
import { isTextPieces, type JiraRequest, type JiraResponse, type TextPieces, type Transport } from '../../jira/transport';
import { OperationIndex, parameterSchema, typedParameter, type MatchedOperation, type SpecName, type SpecParameter } from './contract-operations';
import { describeErrors, SpecValidator, type OpenApiDoc, type SpecValidatorOptions } from './openapi';

/**
 * Jira sends `"from": null` (and to, fromString, toString) in change items when a field had no
 * value; the spec types them as plain strings.
 */
export const KNOWN_SPEC_GAPS: SpecValidatorOptions = { extraNullable: { ChangeDetails: ['from', 'to', 'fromString', 'toString'] } };

const SPRINT_LIST = '/rest/agile/1.0/board/{boardId}/sprint';
const ONE_SPRINT = '/rest/agile/1.0/sprint/{sprintId}';

function exampleOf(agile: OpenApiDoc, path: string): unknown {
  const exampleText = agile.paths[path]?.get?.responses?.['200']?.content?.['application/json']?.example;
  if (exampleText === undefined) throw new Error(`The agile spec has no example answer for GET ${path}.`);
  return JSON.parse(exampleText);
}

/** A sprint: each property of the example sprints with the JSON type it has there. */
function sprintSchema(examples: Record<string, unknown>[]): object {
  const sprintProps: Record<string, object> = {};
  for (const sprint of examples) for (const [k, v] of Object.entries(sprint)) sprintProps[k] = { type: typeof v === 'number' ? 'integer' : typeof v };
  sprintProps.createdDate = { type: 'string' }; // documented in SprintBean, missing from the examples
  return { type: 'object', additionalProperties: false, required: ['id', 'self', 'state', 'name'], properties: sprintProps };
}

/**
 * The agile spec gives no schema for GET /board/{id}/sprint. This one is built from the spec's own
 * example answer: each property of an example sprint with the JSON type it has there.
 */
export function sprintPageSchemaFromExample(agile: OpenApiDoc): object {
  const example = exampleOf(agile, SPRINT_LIST) as { values: Record<string, unknown>[] };
  return {
    type: 'object',
    additionalProperties: false,
    required: ['isLast', 'maxResults', 'startAt', 'total', 'values'],
    properties: {
      isLast: { type: 'boolean' },
      maxResults: { type: 'integer' },
      startAt: { type: 'integer' },
      total: { type: 'integer' },
      values: { type: 'array', items: sprintSchema(example.values) },
    },
  };
}

/** Nor for GET /sprint/{id}: one sprint, built from that operation's example in the same way. */
export function sprintSchemaFromExample(agile: OpenApiDoc): object {
  return sprintSchema([exampleOf(agile, ONE_SPRINT) as Record<string, unknown>]);
}

/** The operations whose 2xx answer the spec leaves without a schema, and the schema built for each. */
const SCHEMAS_FROM_EXAMPLES: Readonly<Record<string, (agile: OpenApiDoc) => object>> = {
  [SPRINT_LIST]: sprintPageSchemaFromExample,
  [ONE_SPRINT]: sprintSchemaFromExample,
};

/** Statuses any Jira endpoint may answer, declared or not. */
function answerableAnywhere(status: number): boolean {
  return status === 401 || status === 429 || status >= 500;
}

function hasMessage(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const { errorMessages, errors } = body as { errorMessages?: unknown; errors?: unknown };
  return (Array.isArray(errorMessages) && errorMessages.length > 0) || (typeof errors === 'object' && errors !== null && Object.keys(errors).length > 0);
}

export class ContractChecker {
  private readonly operations: OperationIndex;
  private readonly validators: Record<SpecName, SpecValidator>;
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly errorCollection: ValidateFunction;

  constructor(private readonly docs: Record<SpecName, OpenApiDoc>) {
    const options: SpecValidatorOptions = { ...KNOWN_SPEC_GAPS, strictAdditionalProperties: true };
    this.validators = { platform: new SpecValidator(docs.platform, options), agile: new SpecValidator(docs.agile, options) };
    this.operations = new OperationIndex(docs);
    this.errorCollection = this.validators.platform.component('ErrorCollection');
  }

  /** The operation a request is, e.g. "GET /rest/agile/1.0/board/{boardId}/sprint"; null when the specs have none. */
  operationOf(request: Pick<JiraRequest, 'method' | 'path'>): string | null {
    return this.operations.find(request.method, request.path)?.label ?? null;
  }

  /** What is wrong with one request and its answer (null: no answer came), one line each; [] when both keep the contract. */
  check(request: JiraRequest, response: JiraResponse | null): string[] {
    const where = `${request.method} ${request.path}${response ? ` -> ${response.status}` : ''}`;
    const op = this.operations.find(request.method, request.path);
    if (!op) return [`${where}: the specs have no such operation`];
    const problems = [...this.requestProblems(op, request), ...(response ? this.responseProblems(op, response) : [])];
    return problems.map((problem) => `${where}: ${problem}`);
  }

  private requestProblems(op: MatchedOperation, request: JiraRequest): string[] {
    const problems: string[] = [];
    const declared = new Map(op.parameters.map((p) => [`${p.in} ${p.name}`, p]));
    for (const [name, value] of Object.entries(op.pathValues)) {
      const parameter = declared.get(`path ${name}`);
      if (parameter) problems.push(...this.parameterProblems(op, parameter, value));
      else problems.push(`path parameter ${name} is not declared`);
    }
    const sent = Object.entries(request.query ?? {}).filter(([, value]) => value !== undefined);
    for (const [name, value] of sent) {
      const parameter = declared.get(`query ${name}`);
      if (parameter) problems.push(...this.parameterProblems(op, parameter, String(value)));
      else problems.push(`query parameter ${name} is not one the operation declares`);
    }
    for (const p of op.parameters) if (p.in === 'query' && p.required && !sent.some(([name]) => name === p.name)) problems.push(`required query parameter ${p.name} is missing`);

    const requestBody = op.operation.requestBody;
    const schema = requestBody?.content?.['application/json']?.schema;
    if (request.body === undefined) {
      if (requestBody?.required) problems.push('the request has no body, and the operation requires one');
    } else if (!schema) problems.push('the request has a body, and the operation takes none');
    else problems.push(...this.judge(this.compile(`${op.label} request`, op.spec, schema), request.body, 'request body'));
    return problems;
  }

  private parameterProblems(op: MatchedOperation, parameter: SpecParameter, text: string): string[] {
    const schema = parameterSchema(parameter);
    const validate = this.compile(`${op.label} ${parameter.in} ${parameter.name}`, op.spec, schema);
    return this.judge(validate, typedParameter(text, schema), `${parameter.in} parameter ${parameter.name}="${text}"`);
  }

  private responseProblems(op: MatchedOperation, response: JiraResponse): string[] {
    const declared = op.operation.responses?.[String(response.status)];
    const schema = declared?.content?.['application/json']?.schema;
    const success = response.status >= 200 && response.status <= 299;
    if (!declared && (success || !answerableAnywhere(response.status))) return [`status ${response.status} is not an answer the operation declares`];
    if (success) {
      const fromExample = SCHEMAS_FROM_EXAMPLES[op.template];
      if (!schema && !fromExample) return [`the spec gives no schema for status ${response.status}`];
      const validate = this.compile(`${op.label} ${response.status}`, op.spec, schema ?? fromExample(this.docs.agile));
      // An answer asked for in pieces (JiraRequest.readAs) is checked as the JSON its text holds; one cut
      // short is no answer, as when a transport fails to parse it (the client retries it).
      if (typeof response.body !== 'string') return this.judge(validate, response.body, 'response body');
      try {
        return this.judge(validate, JSON.parse(response.body) as unknown, 'response body');
      } catch {
        return [];
      }
    }
    const validate = schema ? this.compile(`${op.label} ${response.status}`, op.spec, schema) : this.errorCollection;
    const problems = this.judge(validate, response.body, 'error body');
    if (!hasMessage(response.body)) problems.push('error body gives no message (no errorMessages, no errors)');
    return problems;
  }

  /** Compiled once per key. */
  private compile(key: string, spec: SpecName, schema: unknown): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.validators[spec].compile(schema);
      this.compiled.set(key, validate);
    }
    return validate;
  }

  private judge(validate: ValidateFunction, value: unknown, what: string): string[] {
    if (validate(value)) return [];
    return describeErrors(validate.errors)
      .split('\n')
      .map((line) => `${what}: ${line.replace(/^\(root\) /, '')}`);
  }
}

/** One request as the contract transport saw it. */
export interface ContractExchange {
  /** The operation, e.g. "POST /rest/api/3/search/jql"; the concrete method and path when the specs have none. */
  operation: string;
  /** null when no answer came (network failure, timeout, a 2xx body that is not JSON). */
  status: number | null;
}

export interface ContractTransport extends Transport {
  readonly exchanges: ContractExchange[];
  /** Every problem found so far, one line each (see ContractChecker.check). */
  readonly violations: string[];
}

/** A Transport that checks every request it passes on, and every answer it gets back, against the specs. */
export function contractTransport(inner: Transport, checker: ContractChecker): ContractTransport {
  const exchanges: ContractExchange[] = [];
  const violations: string[] = [];
  /** Records the exchange; gives back the body to pass on (an answer in pieces is checked once read). */
  const record = (request: JiraRequest, response: JiraResponse | null): unknown => {
    exchanges.push({ operation: checker.operationOf(request) ?? `${request.method} ${request.path}`, status: response?.status ?? null });
    if (response !== null && isTextPieces(response.body)) {
      return passThrough(response.body, (text) => violations.push(...checker.check(request, { ...response, body: text })));
    }
    violations.push(...checker.check(request, response));
    return response?.body;
  };
  return {
    exchanges,
    violations,
    async send(request) {
      let response: JiraResponse;
      try {
        response = await inner.send(request);
      } catch (error) {
        record(request, null);
        throw error;
      }
      return { ...response, body: record(request, response) };
    },
  };
}

/** The pieces passed on as they come; the whole text, once read to its end, is given to `whole` (to be checked). */
async function* passThrough(pieces: TextPieces, whole: (text: string) => void): TextPieces {
  const seen: string[] = [];
  for await (const piece of pieces) {
    seen.push(piece);
    yield piece;
  }
  whole(seen.join(''));
}
