/**
 * OpenAPI 3.0 schemas as ajv validators, for contract tests of what the emulator serves and of
 * what the app sends.
 *
 * Conversion: `nullable: true` also accepts null; `#/components/schemas/X` references resolve inside
 * the spec; `additionalProperties: false` is dropped unless strict mode is asked for (Jira adds
 * properties over time, and the specs lag); OpenAPI-only keywords (xml, example, readOnly,
 * discriminator, x-*) are removed; unknown formats are accepted; `date-time` also accepts Jira's
 * "+0000" offsets ("2024-01-05T10:00:00.000+0000").
 */
import { readFileSync } from 'node:fs';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export interface SpecValidatorOptions {
  /** Keep `additionalProperties: false` from the spec (default false: extra properties allowed). */
  strictAdditionalProperties?: boolean;
  /**
   * Properties to accept null where the spec forgot `nullable`, by component schema name,
   * e.g. `{ ChangeDetails: ['from', 'to'] }`. Say why wherever you use it.
   */
  extraNullable?: Record<string, string[]>;
}

type Json = unknown;

/** The parts of an OpenAPI document this file and the contract check read; the rest stays untyped JSON. */
interface SpecMedia {
  schema?: Json;
  /** An example answer as JSON text. */
  example?: string;
}
export interface SpecOperation {
  parameters?: { name: string; in: 'query' | 'path' | 'header' | 'cookie'; required?: boolean; description?: string; schema?: Record<string, unknown> }[];
  requestBody?: { required?: boolean; content?: Record<string, SpecMedia> };
  responses?: Record<string, { content?: Record<string, SpecMedia> }>;
}
export type SpecMethod = 'get' | 'post' | 'put' | 'delete';
/** A path of the spec: its operations by method, and the parameters they share. */
export type SpecPathItem = Partial<Record<SpecMethod, SpecOperation>> & { parameters?: SpecOperation['parameters'] };
export type OpenApiDoc = { paths: Record<string, SpecPathItem>; components?: { schemas?: Record<string, Json> } };

const DROPPED_KEYWORDS = new Set(['xml', 'example', 'examples', 'readOnly', 'writeOnly', 'discriminator', 'externalDocs', 'deprecated', 'nullable']);
const KNOWN_FORMATS = new Set(['date-time', 'date', 'time', 'uri', 'uri-reference', 'email', 'uuid', 'int32', 'int64', 'float', 'double', 'ipv4', 'ipv6', 'hostname', 'regex', 'byte', 'password', 'binary']);
const JIRA_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

function withNull(schema: Record<string, Json>): Record<string, Json> {
  const type = schema.type;
  if (typeof type === 'string') return { ...schema, type: [type, 'null'], ...(Array.isArray(schema.enum) ? { enum: [...schema.enum, null] } : {}) };
  if (Array.isArray(type)) return type.includes('null') ? schema : { ...schema, type: [...type, 'null'] };
  return { anyOf: [schema, { type: 'null' }] };
}

/** Converts one OpenAPI 3.0 schema (recursively) to a JSON Schema ajv understands. */
export function openApiToJsonSchema(node: Json, options: SpecValidatorOptions = {}, nullableProps: string[] = []): Json {
  if (Array.isArray(node)) return node.map((n) => openApiToJsonSchema(n, options));
  if (typeof node !== 'object' || node === null) return node;
  const source = node as Record<string, Json>;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(source)) {
    if (DROPPED_KEYWORDS.has(key) || key.startsWith('x-')) continue;
    if (key === 'additionalProperties' && value === false && !options.strictAdditionalProperties) continue;
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      const props: Record<string, Json> = {};
      for (const [name, prop] of Object.entries(value as Record<string, Json>)) {
        const converted = openApiToJsonSchema(prop, options) as Record<string, Json>;
        props[name] = nullableProps.includes(name) ? withNull(converted) : converted;
      }
      out.properties = props;
      continue;
    }
    // Plain-data keywords whose values are not schemas.
    if (key === 'enum' || key === 'required' || key === 'default' || key === 'const') {
      out[key] = value;
      continue;
    }
    out[key] = openApiToJsonSchema(value, options);
  }
  return source.nullable === true ? withNull(out) : out;
}

function collectFormats(node: Json, found: Set<string>): void {
  if (Array.isArray(node)) node.forEach((n) => collectFormats(n, found));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'format' && typeof value === 'string') found.add(value);
      else collectFormats(value, found);
    }
  }
}

export function loadSpec(file: string): OpenApiDoc {
  return JSON.parse(readFileSync(file, 'utf8')) as OpenApiDoc;
}

/** Validators for one OpenAPI document's request and response bodies. */
export class SpecValidator {
  private readonly ajv: Ajv;
  private readonly docId: string;
  private static counter = 0;

  constructor(
    private readonly spec: OpenApiDoc,
    private readonly options: SpecValidatorOptions = {},
  ) {
    // ownProperties: a missing "toString" property must not be found on Object.prototype.
    this.ajv = new Ajv({ strict: false, allErrors: true, ownProperties: true });
    addFormats(this.ajv);
    this.ajv.addFormat('date-time', JIRA_DATE_TIME);
    const schemas: Record<string, Json> = {};
    for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
      schemas[name] = openApiToJsonSchema(schema, options, options.extraNullable?.[name] ?? []);
    }
    const formats = new Set<string>();
    collectFormats(schemas, formats);
    collectFormats(spec.paths, formats);
    for (const format of formats) if (!KNOWN_FORMATS.has(format)) this.ajv.addFormat(format, true);
    SpecValidator.counter += 1;
    this.docId = `openapi-${SpecValidator.counter}`;
    this.ajv.addSchema({ $id: this.docId, components: { schemas } });
  }

  private operation(path: string, method: string): SpecOperation {
    const op = this.spec.paths[path]?.[method.toLowerCase() as SpecMethod];
    if (!op) throw new Error(`The spec has no ${method.toUpperCase()} ${path}.`);
    return op;
  }

  /** Compiles an OpenAPI schema (refs resolve against this spec's components). */
  compile(schema: Json): ValidateFunction {
    const converted = openApiToJsonSchema(schema, this.options);
    const rewritten = JSON.parse(JSON.stringify(converted).replaceAll('"#/components/schemas/', `"${this.docId}#/components/schemas/`));
    return this.ajv.compile(rewritten as object);
  }

  /** The schema of a component, e.g. "BulkChangelogRequestBean". */
  component(name: string): ValidateFunction {
    if (!this.spec.components?.schemas?.[name]) throw new Error(`The spec has no component schema ${name}.`);
    return this.compile({ $ref: `#/components/schemas/${name}` });
  }

  /** Validator for the JSON response body of an operation and status. */
  response(path: string, method: string, status = '200'): ValidateFunction {
    const schema = this.operation(path, method).responses?.[status]?.content?.['application/json']?.schema;
    if (!schema) throw new Error(`The spec gives no JSON schema for ${method.toUpperCase()} ${path} ${status}.`);
    return this.compile(schema);
  }

  /** Validator for the JSON request body of an operation. */
  request(path: string, method: string): ValidateFunction {
    const schema = this.operation(path, method).requestBody?.content?.['application/json']?.schema;
    if (!schema) throw new Error(`The spec gives no JSON request body for ${method.toUpperCase()} ${path}.`);
    return this.compile(schema);
  }
}

/** What an error names beyond its message: the extra property, or the allowed values. */
function errorDetail(e: ErrorObject): string {
  const params = e.params as { additionalProperty?: unknown; allowedValues?: unknown };
  if (e.keyword === 'additionalProperties' && params.additionalProperty !== undefined) return ` (${String(params.additionalProperty)})`;
  if (e.keyword === 'enum' && Array.isArray(params.allowedValues)) return ` (${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`;
  return '';
}

/** Ajv errors as one readable line each ("/issues/0/id must be string", "(root) must NOT have additional properties (startAt)"). */
export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is not valid'}${errorDetail(e)}`).join('\n');
}
