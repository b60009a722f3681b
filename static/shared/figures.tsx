/**
 * Figures of the report as the page shows them: the name and value of each, from the one list that
 * the CLI and the exports show too (src/report/format/figures.ts), so a figure reads the same.
 */
import type { Figure } from '../../src/report/format/figures';

/** One figure with its name, as a card. */
export function Card({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="card" data-testid={testId}>
      <div className="figure">{value}</div>
      <div className="muted">{label}</div>
    </div>
  );
}

/** Short figures as a grid of cards (each card's test id is the figure's id). */
export function FigureCards({ figures }: { figures: Figure[] }) {
  return (
    <div className="cards">
      {figures.map((figure) => (
        <Card key={figure.id} label={figure.name} value={figure.value} testId={figure.id} />
      ))}
    </div>
  );
}

/** Figures whose values are sentences, as name and value lines. */
export function FigureList({ figures }: { figures: Figure[] }) {
  return (
    <dl className="figures">
      {figures.map((figure) => (
        <div key={figure.id} data-testid={figure.id}>
          <dt>{figure.name}</dt>
          <dd>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
