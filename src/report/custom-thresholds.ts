/**
 * The thresholds a project's settings set away from their defaults (the defaults each signal
 * declares, src/signals/<id>/declaration.ts), so every surface can mark a project whose figures are
 * judged by its own rules.
 */
import type { CustomThreshold } from '../domain/report';
import type { ProjectSettings } from '../domain/settings';
import { thresholdGroups } from '../signals/thresholds';

/** Each threshold whose value is not its declared default, in the catalogue's order. */
export function customThresholds(settings: ProjectSettings): CustomThreshold[] {
  const values = settings.thresholds as unknown as Record<string, Record<string, number> | undefined>;
  return thresholdGroups().flatMap(({ key, declaration }) =>
    Object.entries(declaration.thresholds).flatMap(([name, threshold]) => {
      const value = values[key]?.[name];
      return value === undefined || value === threshold.default ? [] : [{ signalId: declaration.id, threshold: name, value, defaultValue: threshold.default }];
    }),
  );
}
