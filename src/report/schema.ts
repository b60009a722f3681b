/** Validation of a Report against its JSON Schema (ajv, draft 2020-12). */
import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import { reportSchema } from './schema-definition';

export { reportSchema };

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
