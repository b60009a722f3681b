/**
 * The project's settings, for the figures the page names next to the report (how many days make an item
 * stale, how far back the role tables look). Read again whenever a new report arrives (`reportVersion`),
 * since saving settings rebuilds the report. Without an answer the page simply leaves the number out.
 */
import { useEffect, useState } from 'react';
import type { ProjectSettings } from '../../../src/domain/settings';
import { callResolver } from '../../shared/api';

export function useProjectSettings(reportVersion: string | null): ProjectSettings | null {
  const [settings, setSettings] = useState<ProjectSettings | null>(null);
  useEffect(() => {
    if (reportVersion === null) return undefined;
    let alive = true;
    callResolver('getSettings', {})
      .then((answer) => alive && setSettings(answer.problem ? null : answer.settings))
      .catch(() => alive && setSettings(null));
    return () => {
      alive = false;
    };
  }, [reportVersion]);
  return settings;
}
