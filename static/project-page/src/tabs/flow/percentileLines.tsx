/** The 50th, 85th and 95th percentile of cycle time as reference lines, told apart by dash as well as colour. */
import { ReferenceLine } from 'recharts';
import type { Percentiles } from '../../../../../src/domain/report';
import { CONFIDENCE_LEVELS } from '../../../../../src/report/format/flow-figures';
import { days } from '../../../../../src/vocabulary';
import { CHART_COLORS } from '../../../../shared/charts';

const LINE_STYLE = {
  50: { stroke: CHART_COLORS.quaternary, dash: '2 3' },
  85: { stroke: CHART_COLORS.tertiary, dash: '8 4' },
  95: { stroke: CHART_COLORS.secondary, dash: '14 4 2 4' },
} as const;

/**
 * ReferenceLines to place inside a chart; `axis` is the axis that holds days. Recharts wants them as
 * direct children, so this returns an array. Lines across the chart (days up the y axis) carry
 * their label; upright ones, often close together, are named by PercentileLegend instead.
 */
export function percentileLines(percentiles: Percentiles, axis: 'x' | 'y') {
  return CONFIDENCE_LEVELS.flatMap((p) => {
    const value = percentiles[`p${p}`];
    if (value === null) return [];
    const style = LINE_STYLE[p];
    const label = axis === 'y' ? { value: `${p}%: ${days(value)}`, position: 'insideTopRight' as const, fill: 'var(--ds-text, #172b4d)', fontSize: 12 } : undefined;
    const at = axis === 'y' ? { y: value } : { x: value };
    return [<ReferenceLine key={p} {...at} stroke={style.stroke} strokeDasharray={style.dash} strokeWidth={2} label={label} ifOverflow="extendDomain" />];
  });
}

/** Each percentile's line as drawn (its dash and colour) and its value: "85% of items within 10 days". */
export function PercentileLegend({ percentiles }: { percentiles: Percentiles }) {
  return (
    <p className="muted">
      {CONFIDENCE_LEVELS.map((p) => (
        <span key={p} className="legend">
          <svg width="28" height="8" aria-hidden="true" className="swatch">
            <line x1="0" y1="4" x2="28" y2="4" stroke={LINE_STYLE[p].stroke} strokeDasharray={LINE_STYLE[p].dash} strokeWidth="2" />
          </svg>
          {p}% of finished items within {days(percentiles[`p${p}`])}
        </span>
      ))}
    </p>
  );
}
