/**
 * The OAuth scopes Jira's OpenAPI specs give for an operation, read from the spec files themselves
 * (not from src/jira/endpoints.ts), for the manifest scope test.
 *
 * An operation lists its scopes in two places: `x-atlassian-oauth2-scopes` (the platform spec:
 * one entry per scheme, the classic scopes with state "Current" and the granular ones "Beta") and
 * `security` (each `{ OAuth2: [...] }` entry). Each list is one way to be allowed the call: the
 * app may hold any one of them in full.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

interface Operation {
  security?: Record<string, string[]>[];
  'x-atlassian-oauth2-scopes'?: { scheme?: string; scopes?: string[]; state?: string }[];
}

export interface SpecOperation {
  method: string;
  /** The spec's path template, e.g. "/rest/agile/1.0/board/{boardId}/sprint". */
  template: string;
  /** Each set of scopes that allows the call, scopes sorted, sets without repeats. */
  scopeSets: string[][];
}

/** The specs folder: $JIRA_SPECS_DIR, else <repo>/../shared/specs, else /work/shared/specs (`lastResort`). */
export function specsDir(repoRoot: string, lastResort = '/work/shared/specs'): string {
  const candidates = [process.env.JIRA_SPECS_DIR, path.join(repoRoot, '..', 'shared', 'specs'), lastResort].filter((c): c is string => !!c);
  const found = candidates.find((dir) => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.json')));
  if (!found) {
    throw new Error(`No Jira OpenAPI specs found (looked in: ${candidates.join(', ')}). Set JIRA_SPECS_DIR to the folder holding jira-platform-v3.json and jira-software-agile-1.0.json.`);
  }
  return found;
}

export class SpecIndex {
  private readonly operations: SpecOperation[] = [];

  constructor(dir: string) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const spec = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { paths?: Record<string, Record<string, Operation>> };
      for (const [template, methods] of Object.entries(spec.paths ?? {})) {
        for (const [method, operation] of Object.entries(methods)) {
          if (typeof operation !== 'object' || operation === null) continue;
          this.operations.push({ method: method.toUpperCase(), template, scopeSets: scopeSetsOf(operation) });
        }
      }
    }
  }

  get size(): number {
    return this.operations.length;
  }

  /**
   * The operation a concrete request hits. When several templates match ("/project/search" and
   * "/project/{projectIdOrKey}"), the one with the fewest parameters wins, as in Jira's routing.
   */
  find(method: string, concretePath: string): SpecOperation | undefined {
    const matching = this.operations.filter((op) => op.method === method && templatePattern(op.template).test(concretePath));
    return matching.sort((a, b) => parameterCount(a.template) - parameterCount(b.template))[0];
  }
}

function scopeSetsOf(operation: Operation): string[][] {
  const sets: string[][] = [];
  for (const entry of operation['x-atlassian-oauth2-scopes'] ?? []) if (entry.scopes?.length) sets.push(entry.scopes);
  for (const entry of operation.security ?? []) if (entry.OAuth2?.length) sets.push(entry.OAuth2);
  const unique = new Map(sets.map((set) => [...new Set(set)].sort()).map((set) => [set.join(' '), set]));
  return [...unique.values()];
}

function templatePattern(template: string): RegExp {
  return new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
}

function parameterCount(template: string): number {
  return (template.match(/\{/g) ?? []).length;
}

/** Whether `declared` holds every scope of at least one of the operation's scope sets. */
export function allows(declared: ReadonlySet<string>, operation: SpecOperation): boolean {
  return operation.scopeSets.some((set) => set.every((scope) => declared.has(scope)));
}
