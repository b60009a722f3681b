/**
 * Fills told apart by pattern as well as colour (stripes, dots, cross-hatch...), for charts whose
 * series stack or sit side by side: a reader who cannot tell the colours apart still can.
 * Render <PatternDefs> inside the chart's SVG; fill with patternFill(prefix, index).
 */
import { CHART_COLORS } from './charts';

const COLORS = [CHART_COLORS.primary, CHART_COLORS.tertiary, CHART_COLORS.secondary, CHART_COLORS.quaternary, CHART_COLORS.neutral];

/** The marks drawn over each colour, in turn: none, diagonal stripes, dots, cross-hatch, horizontal lines. */
const MARKS = [
  null,
  <path key="d" d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" strokeWidth="2" />,
  <circle key="c" cx="4" cy="4" r="1.6" />,
  <path key="x" d="M0,0 l8,8 M8,0 l-8,8" strokeWidth="1.5" />,
  <path key="h" d="M0,2 h8 M0,6 h8" strokeWidth="1.5" />,
];

export function patternFill(prefix: string, index: number): string {
  return `url(#${prefix}-${index % MARKS.length})`;
}

/** The colour under a pattern, for outlines and legends. */
export function patternColor(index: number): string {
  return COLORS[index % COLORS.length];
}

export function PatternDefs({ prefix }: { prefix: string }) {
  return (
    <defs>
      {MARKS.map((mark, index) => (
        <pattern key={index} id={`${prefix}-${index}`} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill={COLORS[index]} />
          {mark ? (
            <g stroke={CHART_COLORS.patternMark} fill={CHART_COLORS.patternMark}>
              {mark}
            </g>
          ) : null}
        </pattern>
      ))}
    </defs>
  );
}

/** A small swatch of a pattern, for a legend of our own (Recharts' legend icons do not share the chart's defs). */
export function PatternSwatch({ prefix, index }: { prefix: string; index: number }) {
  return (
    <svg width="16" height="12" aria-hidden="true" className="swatch">
      <PatternDefs prefix={`${prefix}-swatch-${index}`} />
      <rect width="16" height="12" fill={patternFill(`${prefix}-swatch-${index}`, index)} stroke={patternColor(index)} />
    </svg>
  );
}
