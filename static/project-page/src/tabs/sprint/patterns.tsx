/**
 * Fills that tell a chart's series apart by pattern as well as colour (for readers who do not see
 * the colours): hatched for what was planned, solid for what was done. Placed inside a chart's SVG.
 */
import { CHART_COLORS } from '../../../../shared/charts';

export const HATCHED = 'url(#sprint-hatched)';

export function ChartPatterns() {
  return (
    <defs>
      <pattern id="sprint-hatched" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="var(--ds-surface, #fff)" />
        <line x1="0" y1="0" x2="0" y2="6" stroke={CHART_COLORS.primary} strokeWidth="3" />
      </pattern>
    </defs>
  );
}
