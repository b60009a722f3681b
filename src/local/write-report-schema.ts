/**
 * Writes docs/report.schema.json from the report's schema (src/domain/report), the one source of
 * the report's shape. Run after changing the report: `npx tsx src/local/write-report-schema.ts`.
 * A test fails while the file on disk differs.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportSchema } from '../report/schema';

/** The order a reader expects the keywords of a schema in; others follow in their own order. */
const KEYWORDS = ['$schema', '$id', 'title', 'description', 'type', 'const', 'enum', 'minLength', 'minimum', 'maximum', 'items', 'properties', 'required', 'additionalProperties', 'oneOf', '$ref', '$defs'];

/** The schema with its keywords in the reader's order; the names under `properties` and `$defs` keep theirs. */
function readable(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(readable);
  if (schema === null || typeof schema !== 'object') return schema;
  const rank = (key: string) => (KEYWORDS.includes(key) ? KEYWORDS.indexOf(key) : KEYWORDS.length);
  const entries = Object.entries(schema).sort(([a], [b]) => rank(a) - rank(b));
  return Object.fromEntries(entries.map(([key, inner]) => [key, key === 'properties' || key === '$defs' ? byName(inner) : readable(inner)]));
}

function byName(schemas: unknown): unknown {
  return Object.fromEntries(Object.entries(schemas as Record<string, unknown>).map(([name, schema]) => [name, readable(schema)]));
}

const target = join(__dirname, '..', '..', 'docs', 'report.schema.json');
writeFileSync(target, `${JSON.stringify(readable(reportSchema), null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
