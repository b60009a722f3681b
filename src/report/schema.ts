/**
 * Validation of a Report against its JSON Schema (ajv, draft 2020-12). The schema is the report's
 * one definition (src/domain/report), from which its TypeScript types are derived too.
 */
import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import { ReportSchema } from '../domain/report';

/** The report's JSON Schema, as docs/report.schema.json holds it. */
export const reportSchema = ReportSchema;

// The schema never changes: it is compiled once, on first use.
let compiled: ValidateFunction | null = null;

function validator(): ValidateFunction {
  if (compiled === null) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    compiled = ajv.compile(reportSchema);
  }
  return compiled;
}

/** The schema errors of a report, as "path: message" lines; empty when it is valid. */
export function validateReport(report: unknown): string[] {
  const validate = validator();
  if (validate(report)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'is not valid'}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
}
