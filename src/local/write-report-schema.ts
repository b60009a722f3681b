/**
 * Writes docs/report.schema.json from the report's schema (src/report/schema.ts), the one source of
 * the report's shape. Run after changing the report: `npx tsx src/local/write-report-schema.ts`.
 * A test fails while the file on disk differs.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportSchema } from '../report/schema';

const target = join(__dirname, '..', '..', 'docs', 'report.schema.json');
writeFileSync(target, `${JSON.stringify(reportSchema, null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
