/**
 * For the contract check: which operation of Jira's OpenAPI specs a concrete request is
 * ("/rest/agile/1.0/board/12/sprint" is GET /rest/agile/1.0/board/{boardId}/sprint), its declared
 * parameters, and a parameter's text as the typed value its schema describes, so that a JSON Schema
 * validator can judge it.
 */
import type { OpenApiDoc, SpecOperation } from './openapi';

export type SpecName = 'platform' | 'agile';

export type SpecParameter = NonNullable<SpecOperation['parameters']>[number];

export interface MatchedOperation {
  spec: SpecName;
  /** Path template as the spec writes it. */
  template: string;
  method: 'get' | 'post';
  /** The operation object of the spec. */
  operation: SpecOperation;
  /** Path-level and operation-level parameters (the operation's win). */
  parameters: SpecParameter[];
  /** Path parameter values of the request, decoded. */
  pathValues: Record<string, string>;
  /** "GET /rest/agile/1.0/board/{boardId}/sprint" */
  label: string;
}

interface Template {
  spec: SpecName;
  template: string;
  pattern: RegExp;
  names: string[];
  placeholders: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Finds operations by method and concrete path in a set of specs. */
export class OperationIndex {
  private readonly templates: Template[] = [];

  constructor(private readonly docs: Record<SpecName, OpenApiDoc>) {
    for (const spec of Object.keys(docs) as SpecName[]) {
      for (const template of Object.keys(docs[spec].paths)) {
        const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        const source = template.split(/\{\w+\}/).map(escapeRegExp).join('([^/]+)');
        this.templates.push({ spec, template, pattern: new RegExp(`^${source}$`), names, placeholders: names.length });
      }
    }
    // A literal path ("/project/search") wins over a template that also matches it ("/project/{projectIdOrKey}").
    this.templates.sort((a, b) => a.placeholders - b.placeholders);
  }

  find(method: string, path: string): MatchedOperation | null {
    const lower = method.toLowerCase() as 'get' | 'post';
    for (const t of this.templates) {
      const item = this.docs[t.spec].paths[t.template];
      const operation = item?.[lower];
      const match = operation ? t.pattern.exec(path) : null;
      if (!operation || !match) continue;
      const pathValues: Record<string, string> = {};
      t.names.forEach((name, i) => (pathValues[name] = decoded(match[i + 1])));
      const byName = new Map<string, SpecParameter>();
      for (const p of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
        byName.set(`${p.in} ${p.name}`, p);
      }
      return { spec: t.spec, template: t.template, method: lower, operation, parameters: [...byName.values()], pathValues, label: `${method.toUpperCase()} ${t.template}` };
    }
    return null;
  }
}

/**
 * The agile spec types its comma-list parameters (`state` of a board's sprints, `type` of boards)
 * as `object`, a gap of the spec's generator: they are lists of the values their description names
 * ("Valid values: future, active, closed."). Any other object-typed parameter is taken as text.
 */
export function parameterSchema(parameter: SpecParameter): Record<string, unknown> {
  const schema = parameter.schema ?? {};
  if (schema.type !== 'object') return schema;
  const named = /Valid values: ([\w\s,]+)\./.exec(parameter.description ?? '');
  if (!named) return { type: 'string' };
  const values = named[1].split(',').map((v) => v.trim()).filter(Boolean);
  return { type: 'array', items: { enum: values } };
}

/**
 * A parameter's text as the value its schema describes: "50" for an integer is 50, "true" for a
 * boolean is true, "a,b" for an array is ["a", "b"] (Jira takes comma lists). Text that is not of
 * the type stays text, so the validator reports it ("must be integer").
 */
export function typedParameter(text: string, schema: Record<string, unknown>): unknown {
  switch (schema.type) {
    case 'integer':
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    case 'array': {
      const items = (schema.items as Record<string, unknown> | undefined) ?? {};
      return text.split(',').map((item) => typedParameter(item, items));
    }
    default:
      return text;
  }
}
