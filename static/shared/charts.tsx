/** Chart colours and axis styling from design tokens, so charts follow light and dark. */
export const CHART_COLORS = {
  primary: 'var(--ds-chart-brand, #1d7afc)',
  secondary: 'var(--ds-chart-purple-bold, #8f7ee7)',
  tertiary: 'var(--ds-chart-orange-bold, #e56910)',
  quaternary: 'var(--ds-chart-teal-bold, #2898bd)',
  neutral: 'var(--ds-chart-neutral, #8590a2)',
  /** The marks of a pattern over a series' colour (patterns.tsx). */
  patternMark: 'var(--ds-surface, #ffffff)',
  band: 'var(--ds-background-success, #dcfff1)',
  grid: 'var(--ds-border, #091e4224)',
};

export const AXIS_TICK = { fill: 'var(--ds-text-subtle, #44546f)', fontSize: 12 };

export const TOOLTIP_STYLE = {
  contentStyle: { background: 'var(--ds-surface-overlay, #fff)', color: 'var(--ds-text, #172b4d)', border: '1px solid var(--ds-border, #ccc)' },
  labelStyle: { color: 'var(--ds-text, #172b4d)' },
};
