/** A tiny line of commitment reliability per sprint (0 to 100%), with the values in its label. */
import { percent } from '../../../src/vocabulary';

export function Sparkline({ values, label }: { values: (number | null)[]; label: string }) {
  const width = 90;
  const height = 24;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const known = values.map((value, index) => ({ value, index })).filter((point): point is { value: number; index: number } => point.value !== null);
  const y = (value: number) => height - 2 - Math.max(0, Math.min(1, value)) * (height - 4);
  const points = known.map((point) => `${(point.index * step).toFixed(1)},${y(point.value).toFixed(1)}`).join(' ');
  const description = values.length === 0 ? `${label}: no closed sprints` : `${label}: ${values.map(percent).join(', ')}`;
  return (
    <svg className="sparkline" width={width} height={height} role="img" aria-label={description}>
      <title>{description}</title>
      <line x1={0} x2={width} y1={y(0.7)} y2={y(0.7)} stroke="var(--ds-border, #ccc)" strokeDasharray="2 2" />
      {known.length > 1 ? <polyline points={points} fill="none" stroke="var(--ds-chart-brand, #1d7afc)" strokeWidth={1.5} /> : null}
      {known.map((point) => (
        <circle key={point.index} cx={point.index * step} cy={y(point.value)} r={1.8} fill="var(--ds-chart-brand, #1d7afc)" />
      ))}
    </svg>
  );
}
